// The import dialog: preview and column mapping of a CSV, the import as a job,
// and a malformed file that names its line and column and imports nothing.
#include "ViewsTestSupport.h"

#include "core/jobs/JobRunner.h"
#include "core/runs/RunStore.h"
#include "ui/panels/runhistory/ImportDialog.h"

#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace kestrel;
using namespace kestrel::ui;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(KESTREL_TEST_DATA_DIR "/ui_views/") + QString::fromLatin1(name);
}

std::int64_t runCount(const QString& path)
{
    workspace::Database db = workspace::Workspace::connect(path.toStdString());
    return runs::RunStore(db).count({});
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    jobs::JobRunner m_runner;

    QString newWorkspace(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        workspace::Workspace::create(path.toStdString());
        return path;
    }

private slots:
    void detectsTheFormatFromThePath()
    {
        const QString ws = newWorkspace(QStringLiteral("detect.kestrel"));
        ImportDialog dialog(ws, &m_runner);
        dialog.setSourcePath(m_dir.filePath(QStringLiteral("runs.jsonl")));
        QCOMPARE(dialog.format(), runs::ImportFormat::Jsonl);
        dialog.setSourcePath(m_dir.filePath(QStringLiteral("mlflow.db")));
        QCOMPARE(dialog.format(), runs::ImportFormat::Mlflow);
        dialog.setSourcePath(fixture("runs_mapped.csv"));
        QCOMPARE(dialog.format(), runs::ImportFormat::Csv);
    }

    void importsAMappedCsv()
    {
        const QString ws = newWorkspace(QStringLiteral("csv.kestrel"));
        ImportDialog dialog(ws, &m_runner);
        dialog.setSourcePath(fixture("runs_mapped.csv"));

        // Preview: the header and the five rows.
        auto* preview = dialog.findChild<QTableView*>();
        QVERIFY(preview);
        QCOMPARE(preview->model()->columnCount(), 7);
        QCOMPARE(preview->model()->rowCount(), 5);
        QCOMPARE(preview->model()->headerData(2, Qt::Horizontal).toString(),
                 QStringLiteral("when"));
        // Known aliases are pre-filled, the rest is for the user.
        QCOMPARE(dialog.mappedColumn(QStringLiteral("model_name")), QStringLiteral("model"));
        QCOMPARE(dialog.mappedColumn(QStringLiteral("symbol")), QStringLiteral("ticker"));
        QCOMPARE(dialog.mappedColumn(QStringLiteral("status")), QStringLiteral("state"));
        QCOMPARE(dialog.mappedColumn(QStringLiteral("execution_time")), QString());

        // Without a start time column the import is refused before it starts.
        QSignalSpy failed(&dialog, &ImportDialog::importFailed);
        dialog.startImport();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!dialog.isImporting());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Start time")));

        dialog.setMappedColumn(QStringLiteral("execution_time"), QStringLiteral("when"));
        dialog.setMappedColumn(QStringLiteral("execution_duration"), QStringLiteral("elapsed_s"));
        dialog.setMappedColumn(QStringLiteral("accuracy_score"), QStringLiteral("acc"));
        dialog.setMappedColumn(QStringLiteral("data_source"), QStringLiteral("provider"));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(dialog.isImporting());
        QVERIFY(test::waitFor([&] { return !dialog.isImporting(); }));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toLongLong(), qint64(5));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        workspace::Database db = workspace::Workspace::connect(ws.toStdString());
        runs::RunStore store(db);
        QCOMPARE(store.count({}), std::int64_t(5));
        runs::RunSort byTime{runs::RunSortColumn::Time, false};
        const auto rows = store.page({}, byTime, 0, 10);
        QCOMPARE(QString::fromStdString(rows[0].model), QStringLiteral("Stock Price Prediction"));
        QCOMPARE(rows[0].durationSec.value_or(-1), 12.5);
        QCOMPARE(rows[0].accuracy.value_or(-1), 0.81);
        QCOMPARE(QString::fromStdString(rows[0].dataSource), QStringLiteral("yfinance"));
        QCOMPARE(QString::fromStdString(rows[1].status), QStringLiteral("failed"));
        QCOMPARE(rows[0].startedAt, *parseTime("2026-10-01T09:15:00Z"));
    }

    void malformedCsvNamesLineAndColumnAndImportsNothing()
    {
        const QString ws = newWorkspace(QStringLiteral("bad.kestrel"));
        ImportDialog dialog(ws, &m_runner);
        dialog.setSourcePath(fixture("runs_malformed.csv"));
        dialog.setMappedColumn(QStringLiteral("execution_time"), QStringLiteral("when"));
        dialog.setMappedColumn(QStringLiteral("execution_duration"), QStringLiteral("elapsed_s"));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy failed(&dialog, &ImportDialog::importFailed);
        dialog.startImport();
        QVERIFY(test::waitFor([&] { return !dialog.isImporting(); }));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(failed.count(), 1);
        const QString error = dialog.errorText();
        QVERIFY2(error.contains(QStringLiteral("runs_malformed.csv:4:5")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("fast")), qPrintable(error));
        QCOMPARE(runCount(ws), std::int64_t(0));
        // The dialog stays open for another try.
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void mlflowShowsTheMetricMapping()
    {
        const QString ws = newWorkspace(QStringLiteral("mlflow.kestrel"));
        ImportDialog dialog(ws, &m_runner);
        dialog.setSourcePath(m_dir.path());
        QCOMPARE(dialog.format(), runs::ImportFormat::Mlflow);
        auto* pages = dialog.findChild<QStackedWidget*>();
        QVERIFY(pages);
        QCOMPARE(pages->currentIndex(), 2);
    }

    void cleanupTestCase() { m_runner.waitForDone(); }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
