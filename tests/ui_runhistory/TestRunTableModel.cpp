#include "core/common/Progress.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "LoadedRows.h"
#include "ui/panels/runhistory/RunTableModel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace kestrel;
using kestrel::ui::RunTableModel;

// The runs table model on its own: paging bounds, SQL order, SQL filter.
class TestRunTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    jobs::JobRunner m_runner;
    std::unique_ptr<workspace::Workspace> m_ws;

    void waitLoaded(RunTableModel& model) { QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000); }

    // Every row of the model against the ids SQL gives for the same filter and sort.
    void compareWithSql(RunTableModel& model)
    {
        runs::RunStore store(m_ws->db());
        const std::vector<std::int64_t> ids = store.ids(model.filter(), model.runSort());
        QCOMPARE(model.rowCount(), static_cast<int>(ids.size()));
        QCOMPARE(static_cast<std::int64_t>(model.rowCount()), store.count(model.filter()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.runId(row), ids[static_cast<size_t>(row)]);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("model.kestrel"));
        m_ws = workspace::Workspace::create(m_path.toStdString());
        runs::DemoOptions options;
        options.seed = 11;
        options.runs = 6000;
        options.days = 30;
        options.end = *parseTime("2026-11-20T12:00:00Z");
        options.priceDays = 40;
        Feedback feedback;
        runs::generateDemo(m_ws->db(), options, feedback);
    }

    void pagesStayBounded()
    {
        RunTableModel model;
        model.setWorkspace(m_path, &m_runner);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 6000);
        const int bound = RunTableModel::kMaxCachedPages * RunTableModel::kPageSize;
        // Touch every row, as a user dragging the scroll bar end to end would.
        for (int row = 0; row < model.rowCount(); row += 37) {
            QVERIFY(test::loadedData(model, row, RunTableModel::Model).isValid());
            QVERIFY(model.cachedRowCount() <= bound);
        }
        QVERIFY(model.cachedRowCount() > 0);
        QVERIFY(bound < model.rowCount());
        // A row read through a page is the run SQL has for that id.
        runs::RunStore store(m_ws->db());
        for (int row : {0, 1234, 5999}) {
            const auto run = store.get(model.runId(row));
            QVERIFY(run);
            QCOMPARE(test::loadedData(model, row, RunTableModel::Model).toString(),
                     QString::fromStdString(run->model));
            QCOMPARE(test::loadedData(model, row, RunTableModel::Time,
                                      int(RunTableModel::Role::RawValue))
                         .toLongLong(),
                     run->startedAt);
        }
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("duration asc") << int(RunTableModel::Duration) << int(Qt::AscendingOrder);
        QTest::newRow("duration desc") << int(RunTableModel::Duration) << int(Qt::DescendingOrder);
        QTest::newRow("accuracy asc") << int(RunTableModel::Accuracy) << int(Qt::AscendingOrder);
        QTest::newRow("model desc") << int(RunTableModel::Model) << int(Qt::DescendingOrder);
        QTest::newRow("time asc") << int(RunTableModel::Time) << int(Qt::AscendingOrder);
    }

    void sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        RunTableModel model;
        model.setWorkspace(m_path, &m_runner);
        waitLoaded(model);
        model.sort(column, Qt::SortOrder(order));
        waitLoaded(model);
        compareWithSql(model);
        // And the values really are ordered (nulls first ascending, as SQLite orders them).
        const int role = int(RunTableModel::Role::RawValue);
        for (int row = 1; row < model.rowCount(); row += 13) {
            const QVariant a = test::loadedData(model, row - 1, column, role);
            const QVariant b = test::loadedData(model, row, column, role);
            if (a.isNull() || b.isNull())
                continue;
            const bool ordered = order == Qt::AscendingOrder ? QVariant::compare(a, b) <= 0
                                                             : QVariant::compare(a, b) >= 0;
            QVERIFY2(ordered, qPrintable(QStringLiteral("row %1").arg(row)));
        }
    }

    // The preview windows (first and last ids) are exactly the ends of the full order.
    void pagerWindowsMatchFullOrder_data() { sortsInSql_data(); }

    void pagerWindowsMatchFullOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        runs::RunSort sort;
        QVERIFY(RunTableModel::sortColumnFor(column, sort.column));
        sort.descending = order == Qt::DescendingOrder;
        runs::RunFilter f;
        f.statuses = {"completed", "failed"};
        runs::RunStore store(m_ws->db());
        const std::vector<std::int64_t> all = store.ids(f, sort);
        QVERIFY(all.size() > 1000);
        const std::vector<std::int64_t> head = store.headIds(f, sort, 400);
        const std::vector<std::int64_t> tail = store.tailIds(f, sort, 400);
        QVERIFY(std::equal(head.begin(), head.end(), all.begin()));
        QVERIFY(std::equal(tail.begin(), tail.end(), all.end() - 400));
    }

    void errorColumnDoesNotSort()
    {
        RunTableModel model;
        model.setWorkspace(m_path, &m_runner);
        waitLoaded(model);
        const runs::RunSort before = model.runSort();
        model.sort(RunTableModel::Error, Qt::AscendingOrder);
        QVERIFY(!model.isLoading());
        QCOMPARE(int(model.runSort().column), int(before.column));
    }

    void filtersInSql()
    {
        RunTableModel model;
        model.setWorkspace(m_path, &m_runner);
        waitLoaded(model);
        runs::RunStore store(m_ws->db());
        const std::vector<std::string> models = store.models();
        QVERIFY(models.size() >= 2);
        runs::RunFilter f;
        f.models = {models[0], models[1]};
        f.statuses = {std::string(runs::status::kFailed)};
        model.setFilter(f);
        waitLoaded(model);
        QVERIFY(model.rowCount() > 0);
        compareWithSql(model);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(
                test::loadedData(model, row, 0, int(RunTableModel::Role::StatusName)).toString(),
                QStringLiteral("failed"));
    }

    // A page of the table is read in a job on the Interactive lane, never on
    // the UI thread (issue 9 §4): data() says "Loading…" at once and the row
    // shows its run when the page arrives, announced by dataChanged().
    void pagesAreReadInAnInteractiveJob()
    {
        RunTableModel model;
        model.setWorkspace(m_path, &m_runner);
        waitLoaded(model);
        // What each job is, read when it is added (an unlisted job is forgotten once it ends).
        QList<jobs::JobInfo> pageJobs;
        const QMetaObject::Connection watch =
            connect(&m_runner, &jobs::JobRunner::jobAdded, this, [&](int id) {
                const jobs::JobInfo info = m_runner.job(id);
                if (info.title == QStringLiteral("Run table rows"))
                    pageJobs << info;
            });
        QSignalSpy changed(&model, &RunTableModel::dataChanged);
        const int row = 3210;
        QVERIFY(!model.isRowLoaded(row));
        QCOMPARE(model.data(model.index(row, RunTableModel::Time)).toString(),
                 QStringLiteral("Loading…"));
        QVERIFY(!model.data(model.index(row, RunTableModel::Model)).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(row), 10000);
        QVERIFY(changed.count() >= 1);
        const QModelIndex first = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex last = changed.at(0).at(1).value<QModelIndex>();
        QVERIFY(first.row() <= row && row <= last.row());
        disconnect(watch);
        QVERIFY2(!pageJobs.isEmpty(), "no job read the page");
        for (const jobs::JobInfo& info : pageJobs) {
            QCOMPARE(int(info.lane), int(jobs::Lane::Interactive));
            QVERIFY(!info.listed);
        }
        runs::RunStore store(m_ws->db());
        const auto run = store.get(model.runId(row));
        QVERIFY(run);
        QCOMPARE(model.data(model.index(row, RunTableModel::Model)).toString(),
                 QString::fromStdString(run->model));
    }

    void liveInsertAppears()
    {
        RunTableModel model;
        model.setLive(true);
        model.setWorkspace(m_path, &m_runner);
        waitLoaded(model);
        const int before = model.rowCount();
        QSignalSpy changed(&model, &RunTableModel::runsChanged);
        // Another connection, as another process would write.
        workspace::Database other = workspace::Workspace::connect(m_path.toStdString());
        runs::RunRecord r;
        r.model = "Live Model";
        r.symbol = "TCS.NS";
        r.startedAt = *parseTime("2026-11-21T00:00:00Z");
        r.durationSec = 1.25;
        const std::int64_t id = runs::RunStore(other).insert(r);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 1, 2000);
        QCOMPARE(model.runId(0), id); // newest first
        QCOMPARE(changed.count(), 1);
        other.exec("DELETE FROM runs WHERE id = " + std::to_string(id));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before, 2000);
    }
    // The table's id queries run in the Interactive lane: a training run
    // holding the Long lane, imports filling the Bulk lane and a slow chart
    // in the Interactive lane do not hold the table back.
    void loadsWhileOtherLanesAreBusy()
    {
        std::atomic<bool> release{false};
        std::atomic<int> running{0};
        auto blocker = [&](jobs::JobContext&) {
            ++running;
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            return QVariant();
        };
        m_runner.submit("Train", blocker, {}, jobs::JobOptions::longRunning());
        const int bulk = m_runner.threadCount(jobs::Lane::Bulk);
        for (int i = 0; i < bulk + 2; ++i)
            m_runner.submit("Import", blocker, {}, jobs::JobOptions::bulk());
        m_runner.submit("Slow chart", blocker, {}, jobs::JobOptions::view());
        QTRY_COMPARE_WITH_TIMEOUT(running.load(), 1 + bulk + 1, 5000);

        QElapsedTimer clock;
        clock.start();
        RunTableModel model;
        model.setWorkspace(m_path, &m_runner);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 3000);
        const qint64 loadMs = clock.elapsed();
        QCOMPARE(running.load(), 1 + bulk + 1); // all still blocking
        compareWithSql(model);
        release = true;
        QVERIFY(m_runner.waitForDone(10000));
        qInfo("6,000 runs loaded in %lld ms beside %d blocked jobs", static_cast<long long>(loadMs),
              bulk + 2);
    }
};

QTEST_MAIN(TestRunTableModel)
#include "TestRunTableModel.moc"
