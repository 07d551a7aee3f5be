// The Run History facade: its figures are RunAggregates' and RunStore's over
// a connection it opens itself, and a stop request ends a call.
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/RunHistoryService.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "common/TestBackend.h"
#include "common/TestSupport.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <stop_token>
#include <thread>

using namespace kestrel;
using namespace kestrel::runs;

class TestRunHistoryService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<workspace::Workspace> m_ws;

private slots:
    void initTestCase()
    {
        KESTREL_START_BACKEND();
        QVERIFY(m_dir.isValid());
        m_path = test::newWorkspace(m_dir, QStringLiteral("service"));
        m_ws = workspace::Workspace::open(m_path);
        DemoOptions options;
        options.seed = 5;
        options.runs = 3000;
        options.days = 20;
        options.end = *parseTime("2026-11-20T12:00:00Z");
        options.priceDays = 25;
        Feedback feedback;
        generateDemo(m_ws->db(), options, feedback);
    }

    void figuresAreTheAggregatesOfTheFilter()
    {
        const RunHistoryService service(m_path);
        RunFilter filter;
        filter.statuses = {std::string(status::kCompleted)};
        const RunStats stats = service.stats(filter);
        RunAggregates aggregates(m_ws->db());
        const RunSummary expected = aggregates.summary(filter);
        QCOMPARE(stats.summary.runs, expected.runs);
        QVERIFY(stats.summary.runs > 0);
        QCOMPARE(stats.summary.completed, expected.runs);
        QCOMPARE(service.summary(filter).runs, expected.runs);
        // The CLI's path (its own connection) gives the same, models by rank.
        const RunStats cli = RunHistoryService::stats(m_ws->db(), filter);
        QCOMPARE(cli.models.size(), stats.models.size());
        QVERIFY(!stats.models.empty());
        for (size_t i = 0; i < stats.models.size(); ++i) {
            QCOMPARE(stats.models[i].model, cli.models[i].model);
            if (i > 0)
                QVERIFY(stats.models[i - 1].rank <= stats.models[i].rank);
        }
        QCOMPARE(service.compareModels(filter).size(), stats.models.size());
        const FilterChoices choices = service.choices();
        QCOMPARE(choices.models, RunStore(m_ws->db()).models());
    }

    void previewIsTheHeadAndTailOfTheIds()
    {
        const RunHistoryService service(m_path);
        const RunFilter filter;
        RunSort sort;
        sort.column = RunSortColumn::Duration;
        sort.descending = true;
        const std::vector<std::int64_t> ids = service.ids(filter, sort);
        QCOMPARE(static_cast<std::int64_t>(ids.size()), RunStore(m_ws->db()).count(filter));
        const IdPreview p = service.preview(filter, sort, 100);
        QCOMPARE(p.count, static_cast<std::int64_t>(ids.size()));
        QCOMPARE(p.head, std::vector<std::int64_t>(ids.begin(), ids.begin() + 100));
        QCOMPARE(p.tail, std::vector<std::int64_t>(ids.end() - 100, ids.end()));
        auto reader = service.openReader();
        const std::vector<RunRecord> rows = reader->byIds({ids.front(), ids.back()});
        QCOMPARE(rows.size(), size_t(2));
        // The detail pane's read: every field by primary key, nothing when gone.
        const std::optional<RunRecord> first = service.run(ids.front());
        QVERIFY(first.has_value());
        QCOMPARE(first->id, ids.front());
        QVERIFY(!service.run(*std::max_element(ids.begin(), ids.end()) + 1).has_value());
    }

    void stopRequestEndsACall()
    {
        const RunHistoryService service(m_path);
        std::stop_source stop;
        stop.request_stop();
        const Feedback stopped({}, stop.get_token());
        QVERIFY_THROWS_EXCEPTION(Cancelled, service.summary({}, stopped));
        QVERIFY_THROWS_EXCEPTION(Cancelled, service.ids({}, {}, stopped));
    }

    void aStopInterruptsTheRunningStatement()
    {
        // The guard the service puts on its connection, on a statement that
        // would run for minutes.
        workspace::Database db = workspace::Workspace::connect(m_path);
        std::stop_source stop;
        const workspace::InterruptOnStop guard(db, stop.get_token());
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            stop.request_stop();
        });
        QElapsedTimer clock;
        clock.start();
        bool threw = false;
        try {
            db.queryInt("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
                        "3000000000) "
                        "SELECT count(*) FROM c");
        } catch (const Error& e) {
            // SQLite says "interrupted", PostgreSQL "canceling statement due to user request".
            threw = QString::fromUtf8(e.what()).contains(test::onPostgres() ? "canceling statement"
                                                                            : "interrupt");
        }
        canceller.join();
        QVERIFY(threw);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void aRunLoggedByAnotherProcessMovesTheChangeToken()
    {
        // Two processes on one workspace: `kestrel log-run` in a child, and
        // this process's reader, which must see the change within 2 s of the
        // child's commit (PRAGMA data_version on SQLite, the change sequence
        // on PostgreSQL).
        const RunHistoryService service(m_path);
        auto reader = service.openReader();
        const std::int64_t before = reader->dataVersion();
        RunFilter live;
        live.models = {"live-model"};
        QCOMPARE(RunStore(m_ws->db()).count(live), std::int64_t(0));
        QProcess child;
        child.start(test::kestrelBinary(),
                    {"--workspace", QString::fromStdString(m_path), "log-run", "--model",
                     "live-model", "--status", "completed", "--duration", "1.5"});
        QVERIFY(child.waitForFinished(60'000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
        QElapsedTimer clock;
        clock.start();
        std::int64_t after = reader->dataVersion();
        while (after == before && clock.elapsed() < 2000) {
            QTest::qWait(20);
            after = reader->dataVersion();
        }
        QVERIFY2(after != before, "the change token did not move within 2 s");
        QCOMPARE(service.summary(live).runs, std::int64_t(1));
        // A second connection of this process sees it too.
        workspace::Database other = workspace::Workspace::connect(m_path);
        QCOMPARE(RunStore(other).count(live), std::int64_t(1));
    }

    void aReadTransactionIsOneSnapshot()
    {
        // What preview() relies on: runs another connection commits between
        // two reads of one ReadTransaction are seen by neither read. A plain
        // BEGIN on PostgreSQL (READ COMMITTED) lets the second read see them.
        workspace::Database reader = workspace::Workspace::connect(m_path);
        RunStore readStore(reader);
        RunFilter snapshotModel;
        snapshotModel.models = {"snapshot-model"};
        RunSort sort;
        sort.column = RunSortColumn::Duration;
        std::int64_t before = 0;
        {
            workspace::ReadTransaction snapshot(reader);
            before = readStore.count({});
            QVERIFY(before > 0);
            RunStore writer(m_ws->db());
            for (int i = 0; i < 3; ++i) {
                RunRecord run;
                run.model = "snapshot-model";
                run.symbol = "BTC";
                run.startedAt = *parseTime("2026-11-19T12:00:00Z") + i;
                run.durationSec = 2.0 + i;
                writer.insert(run);
            }
            QCOMPARE(RunStore(m_ws->db()).count(snapshotModel), std::int64_t(3));
            QCOMPARE(readStore.count({}), before);
            QCOMPARE(static_cast<std::int64_t>(readStore.ids({}, sort).size()), before);
            QCOMPARE(readStore.count(snapshotModel), std::int64_t(0));
            snapshot.end();
        }
        QCOMPARE(readStore.count({}), before + 3);
        QCOMPARE(readStore.count(snapshotModel), std::int64_t(3));
        // preview() on its own connection: count and ids agree.
        const IdPreview p = RunHistoryService(m_path).preview({}, sort, 10);
        QCOMPARE(p.count, before + 3);
        const std::vector<std::int64_t> ids = readStore.ids({}, sort);
        QCOMPARE(p.head, std::vector<std::int64_t>(ids.begin(), ids.begin() + 10));
    }

    void noWorkspaceIsAnError()
    {
        const RunHistoryService service{std::string()};
        QVERIFY_THROWS_EXCEPTION(Error, service.summary({}));
    }
};

QTEST_GUILESS_MAIN(TestRunHistoryService)
#include "TestRunHistoryService.moc"
