#include "core/common/Progress.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "LoadedRows.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/panels/runhistory/RunTableView.h"
#include "ui/widgets/Format.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;
using kestrel::ui::RunTableModel;
using kestrel::ui::RunTableView;

// Ctrl+C on Run History rows whose pages have not arrived copies the real
// values: the selected runs are read in a job first.
class TestCopyRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    jobs::JobRunner m_runner;
    std::unique_ptr<workspace::Workspace> m_ws;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("copy.kestrel"));
        m_ws = workspace::Workspace::create(m_path.toStdString());
        runs::DemoOptions options;
        options.seed = 5;
        options.runs = 5000;
        options.days = 30;
        options.end = *parseTime("2026-11-20T12:00:00Z");
        options.priceDays = 40;
        Feedback feedback;
        runs::generateDemo(m_ws->db(), options, feedback);
    }

    void ctrlCCopiesEveryRowBeforeItsPageArrives()
    {
        RunTableModel model;
        RunTableView view(&model);
        view.resize(900, 400);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        model.setWorkspace(m_path, &m_runner);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QCOMPARE(model.rowCount(), 5000);

        QApplication::clipboard()->setText(QStringLiteral("before"));
        QSignalSpy copied(&view, &RunTableView::rowsCopied);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selectionModel()->selectedRows().size(), 5000);
        // The pages far down the table have not been read.
        QVERIFY(!model.isRowLoaded(4999));
        QVERIFY(!model.isRowLoaded(2500));
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        // Nothing half-empty meanwhile: the clipboard changes once the runs are in.
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, 30000);
        QCOMPARE(copied.front().front().toInt(), 5000);

        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5001); // header and every run
        QVERIFY(lines.front().startsWith(
            model.headerData(RunTableModel::Time, Qt::Horizontal).toString()));
        runs::RunStore store(m_ws->db());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QStringList cells = lines[row + 1].split(QLatin1Char('\t'));
            QCOMPARE(cells.size(), int(RunTableModel::ColumnCount));
            const auto run = store.get(model.runId(row));
            QVERIFY(run);
            QVERIFY(!cells[RunTableModel::Time].isEmpty());
            QCOMPARE(cells[RunTableModel::Time], ui::Format::dateTime(run->startedAt));
            QCOMPARE(cells[RunTableModel::Model], QString::fromStdString(run->model));
            QCOMPARE(cells[RunTableModel::Symbol], QString::fromStdString(run->symbol));
            QCOMPARE(cells[RunTableModel::Status], ui::Format::status(run->status));
        }
        // A job read them (the Jobs dock lists it, with progress and cancel).
        bool listed = false;
        for (const jobs::JobInfo& job : m_runner.jobs())
            listed = listed || job.title.contains(QStringLiteral("5000"));
        QVERIFY(listed);
    }

    void ctrlCWhileTheIdsLoadWaitsForThem()
    {
        RunTableModel model;
        RunTableView view(&model);
        view.resize(900, 400);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        model.setWorkspace(m_path, &m_runner);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QSignalSpy copied(&view, &RunTableView::rowsCopied);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        // A live re-read: the id list is being read again.
        model.reload();
        QVERIFY(model.isLoading());
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, 30000);
        QCOMPARE(copied.front().front().toInt(), 5000);
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5001);
        runs::RunStore store(m_ws->db());
        const auto last = store.get(model.runId(4999));
        QVERIFY(last);
        QCOMPARE(lines.back().split(QLatin1Char('\t'))[RunTableModel::Model],
                 QString::fromStdString(last->model));
    }

    void loadedRowsCopyAtOnce()
    {
        RunTableModel model;
        RunTableView view(&model);
        model.setWorkspace(m_path, &m_runner);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QVERIFY(test::loadedData(model, 3, RunTableModel::Model).isValid());
        view.selectRun(model.runId(3));
        QSignalSpy copied(&view, &RunTableView::rowsCopied);
        view.copySelectedRuns();
        QCOMPARE(copied.size(), 1); // no job: the page is in
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].split(QLatin1Char('\t'))[RunTableModel::Model],
                 test::loadedData(model, 3, RunTableModel::Model).toString());
    }
};

QTEST_MAIN(TestCopyRows)
#include "TestCopyRows.moc"
