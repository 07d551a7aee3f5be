// The import dialog's summary (imported, duplicates, rejected rows) and
// File › Undo last import, on real widgets offscreen.
#include "core/jobs/JobRunner.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "common/OpenWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/panels/runhistory/ImportDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

const QByteArray kCsv = "model_name,execution_time,status,accuracy_score\n"
                        "A,2026-10-01T09:00:00Z,completed,0.8\n"
                        "B,2026-10-02T09:00:00Z,failed,\n"
                        "A,2026-10-03T09:00:00Z,completed,0.7\n";

std::int64_t runCount(const QString& ws)
{
    workspace::Database db = workspace::Workspace::connect(ws.toStdString());
    return runs::RunStore(db).count({});
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return f.fileName();
}

// Answers the next message box with `button` once it shows.
// Clicks `button` of the next message box, whenever it opens: a polling
// timer, so the box may open later from a job's completion (a nested wait
// here would sit below the box's own event loop and never see it).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            box->button(button)->click();
        }
    });
    poll->start();
}

} // namespace

class TestImportSummary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    jobs::JobRunner m_runner;

    // Imports `source` through the dialog, as a user would, and returns the
    // summary the dialog shows.
    QString importThroughDialog(const QString& ws, const QString& source, bool skipInvalid = false)
    {
        ImportDialog dialog(ws, &m_runner);
        dialog.show();
        dialog.setSourcePath(source);
        if (skipInvalid) {
            for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
                box->setChecked(true);
        }
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        if (!QTest::qWaitFor([&] { return !dialog.isImporting(); }, 60000))
            return QStringLiteral("still importing");
        if (imported.count() != 1)
            return QStringLiteral("failed: ") + dialog.errorText();
        // The dialog stays open with its summary until closed.
        if (!dialog.isVisible() || dialog.result() != QDialog::Accepted)
            return QStringLiteral("dialog closed");
        const QString summary = dialog.summaryText();
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
        if (!label || !label->isVisible() || label->text() != summary)
            return QStringLiteral("summary not shown");
        dialog.reject(); // Close
        return dialog.isVisible() ? QStringLiteral("did not close") : summary;
    }

private slots:
    void summaryCountsDuplicates()
    {
        const QString ws = m_dir.filePath("dup.kestrel");
        workspace::Workspace::create(ws.toStdString());
        const QString csv = writeFile(m_dir, "runs.csv", kCsv);
        QString summary = importThroughDialog(ws, csv);
        QVERIFY2(summary.startsWith("Runs imported: 3\n"), qPrintable(summary));
        QVERIFY2(!summary.contains("duplicate"), qPrintable(summary));
        summary = importThroughDialog(ws, csv);
        QVERIFY2(summary.startsWith("Runs imported: 0\n"), qPrintable(summary));
        QVERIFY2(summary.contains("Duplicates skipped (already in the workspace): 3"),
                 qPrintable(summary));
        QCOMPARE(runCount(ws), 3);
    }

    void summaryCountsRejectedRows()
    {
        const QString ws = m_dir.filePath("rejected.kestrel");
        workspace::Workspace::create(ws.toStdString());
        const QString csv =
            writeFile(m_dir, "bad.csv", kCsv + "C,2026-10-04T09:00:00Z,exploded,0.5\n");
        const QString summary = importThroughDialog(ws, csv, true);
        QVERIFY2(summary.startsWith("Runs imported: 3\n"), qPrintable(summary));
        QVERIFY2(summary.contains("Invalid rows rejected: 1,"), qPrintable(summary));
        QVERIFY2(summary.contains("bad.csv.rejected.csv"), qPrintable(summary));
        QCOMPARE(runCount(ws), 3);
    }

    void fileMenuUndoesTheLastImport()
    {
        const QString ws = m_dir.filePath("undo.kestrel");
        {
            auto w = workspace::Workspace::create(ws.toStdString());
            runs::RunRecord manual;
            manual.model = "Manual";
            manual.startedAt = nowMs();
            runs::RunStore(w->db()).insert(manual);
        }
        importThroughDialog(ws, writeFile(m_dir, "first.csv", kCsv));
        importThroughDialog(ws, writeFile(m_dir, "second.csv",
                                          "model_name,execution_time\nZ,2026-10-09T00:00:00Z\n"));
        QCOMPARE(runCount(ws), 5);

        MainWindow window;
        QVERIFY(test::openAndWait(window, ws));
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoImportAction"));
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        QSignalSpy undone(&window, &MainWindow::importUndone);
        auto undoAnswering = [&](QMessageBox::StandardButton button) {
            answerNextMessageBox(button);
            undo->trigger();
            if (!undone.wait(10000))
                return qint64(-2); // no answer: fails the comparison below
            return undone.takeLast().at(0).toLongLong();
        };
        // Declined: nothing changes.
        QCOMPARE(undoAnswering(QMessageBox::No), -1);
        QCOMPARE(runCount(ws), 5);
        // Accepted: the second import's run goes, the first import and the
        // logged run stay.
        QCOMPARE(undoAnswering(QMessageBox::Yes), 1);
        QCOMPARE(runCount(ws), 4);
        QCOMPARE(undoAnswering(QMessageBox::Yes), 3);
        QCOMPARE(runCount(ws), 1);
        // Nothing left to undo: said so, nothing removed.
        QCOMPARE(undoAnswering(QMessageBox::Ok), -1);
        QCOMPARE(runCount(ws), 1);
    }
};

QTEST_MAIN(TestImportSummary)
#include "TestImportSummary.moc"
