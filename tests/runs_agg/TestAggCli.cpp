// `kestrel demo`, `kestrel runs stats` and `kestrel log-run` as a user runs them.
#include "common/TestBackend.h"
#include "common/TestSupport.h"
#include "core/common/Json.h"
#include "core/common/Time.h"
#include "core/runs/RunAggregates.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kestrel;
using namespace kestrel::runs;
using workspace::Database;
using workspace::Workspace;

namespace {

using test::CliRun;

// The 20,000-run demo takes a while on a shared machine.
CliRun kestrelCli(const QStringList& args)
{
    return test::runKestrel(args, 300'000);
}

std::optional<double> opt(const Json& j)
{
    return j.is_null() ? std::nullopt : std::optional<double>(j.get<double>());
}

} // namespace

class TestAggCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    void compareStats(const QStringList& filterArgs, const RunFilter& filter)
    {
        const CliRun r =
            kestrelCli(QStringList{"runs", "stats", "--workspace", m_ws, "--json"} + filterArgs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Json j = Json::parse(r.out.toStdString());
        Database db = Workspace::connect(m_ws.toStdString());
        RunAggregates agg(db);
        const RunSummary s = agg.summary(filter);
        const Json& js = j["summary"];
        QCOMPARE(js["runs"].get<std::int64_t>(), s.runs);
        QCOMPARE(js["completed"].get<std::int64_t>(), s.completed);
        QCOMPARE(js["failed"].get<std::int64_t>(), s.failed);
        QCOMPARE(js["running"].get<std::int64_t>(), s.running);
        QCOMPARE(js["cancelled"].get<std::int64_t>(), s.cancelled);
        // JSON numbers round-trip doubles exactly: the CLI prints the panel's numbers.
        QCOMPARE(opt(js["success_rate"]), s.successRate);
        QCOMPARE(opt(js["mean_duration"]), s.meanDuration);
        QCOMPARE(opt(js["p50_duration"]), s.p50Duration);
        QCOMPARE(opt(js["p95_duration"]), s.p95Duration);
        QCOMPARE(opt(js["mean_accuracy"]), s.meanAccuracy);
        const auto models = agg.compareModels(filter);
        QCOMPARE(j["models"].size(), models.size());
        for (const Json& jm : j["models"]) {
            const auto it = std::find_if(models.begin(), models.end(), [&](const ModelStats& m) {
                return m.model == jm["model"].get<std::string>();
            });
            QVERIFY(it != models.end());
            QCOMPARE(jm["runs"].get<std::int64_t>(), it->runs);
            QCOMPARE(jm["rank"].get<int>(), it->rank);
            QCOMPARE(opt(jm["success_rate"]), it->successRate);
            QCOMPARE(jm["success_interval"][0].get<double>(), it->successInterval->low);
            QCOMPARE(jm["success_interval"][1].get<double>(), it->successInterval->high);
            QCOMPARE(opt(jm["mean_accuracy"]), it->meanAccuracy);
            QCOMPARE(jm["accuracy_interval"][0].get<double>(), it->accuracyInterval->low);
            QCOMPARE(opt(jm["p50_duration"]), it->p50Duration);
            QCOMPARE(opt(jm["p95_duration"]), it->p95Duration);
        }
    }

    std::int64_t runCount()
    {
        Database db = Workspace::connect(m_ws.toStdString());
        return db.queryInt("SELECT COUNT(*) FROM runs").value_or(-1);
    }

private slots:
    void initTestCase()
    {
        KESTREL_START_BACKEND();
        QVERIFY(m_dir.isValid());
        m_ws = QString::fromStdString(test::newWorkspace(m_dir, "demo"));
        const CliRun r = kestrelCli({"demo", "--workspace", m_ws, "--runs", "20000", "--seed", "3",
                                     "--end", "2026-11-01T12:00:00Z"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("20000"));
        QCOMPARE(runCount(), std::int64_t(20000));
    }

    void demoRefusesAWorkspaceWithRuns()
    {
        const CliRun r = kestrelCli({"demo", "--workspace", m_ws, "--runs", "10"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already holds 20000 runs"), qPrintable(r.err));
        QCOMPARE(runCount(), std::int64_t(20000));
        const CliRun bad =
            kestrelCli({"demo", "--workspace", m_dir.filePath("x.kestrel"), "--runs", "many"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("--runs"));
    }

    void statsMatchRunAggregates()
    {
        compareStats({"--timeframe", "all"}, RunFilter{});
        RunFilter f;
        f.from = *parseTime("2026-09-01T00:00:00Z");
        f.to = *parseTime("2026-10-15T00:00:00Z");
        f.models = {"BTST", "Sector Analysis"};
        compareStats({"--from", "2026-09-01T00:00:00Z", "--to", "2026-10-15T00:00:00Z", "--model",
                      "BTST", "--model", "Sector Analysis"},
                     f);
    }

    void statsTable()
    {
        const CliRun r = kestrelCli({"runs", "stats", "--workspace", m_ws, "--timeframe", "all"});
        QCOMPARE(r.exitCode, 0);
        for (const char* m : {"Stock Price Prediction", "BTST", "Options Chain Analysis",
                              "Sector Analysis", "Momentum Custom"})
            QVERIFY2(r.out.contains(m), qPrintable(r.out));
        QVERIFY(r.out.contains("20000"));
        const CliRun bad = kestrelCli({"runs", "stats", "--workspace", m_ws, "--timeframe", "3w"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("3w"));
    }

    void logRunAppends()
    {
        const std::int64_t before = runCount();
        const CliRun r = kestrelCli({"log-run",
                                     "--workspace",
                                     m_ws,
                                     "--model",
                                     "CLI Model",
                                     "--status",
                                     "failed",
                                     "--duration",
                                     "12.5",
                                     "--symbol",
                                     "TCS.NS",
                                     "--source",
                                     "fyers",
                                     "--error",
                                     "Timeout after 12.5s fetching 'TCS.NS'",
                                     "--params",
                                     R"({"lookback": 30})",
                                     "--memory",
                                     "512",
                                     "--cpu",
                                     "73.5",
                                     "--time",
                                     "2026-10-30T10:00:00Z"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runCount(), before + 1);
        Database db = Workspace::connect(m_ws.toStdString());
        const auto run = RunStore(db).get(RunStore(db).maxId());
        QVERIFY(run.has_value());
        QCOMPARE(run->model, std::string("CLI Model"));
        QCOMPARE(run->status, std::string("failed"));
        QCOMPARE(*run->durationSec, 12.5);
        QCOMPARE(run->symbol, std::string("TCS.NS"));
        QCOMPARE(run->dataSource, std::string("fyers"));
        QCOMPARE(*run->memoryMb, 512.0);
        QCOMPARE(*run->cpuPercent, 73.5);
        QCOMPARE(run->startedAt, *parseTime("2026-10-30T10:00:00Z"));
        QCOMPARE(Json::parse(run->inputParams)["lookback"].get<int>(), 30);
        QVERIFY(r.out.contains(QString::number(run->id)));
    }

    void logRunWhileAnotherConnectionHoldsTheWorkspace()
    {
        // Another process (the GUI) holds the workspace open with a read in progress...
        Database gui = Workspace::connect(m_ws.toStdString());
        gui.exec("BEGIN");
        const auto seen = gui.queryInt("SELECT COUNT(*) FROM runs");
        CliRun r = kestrelCli({"log-run", "--workspace", m_ws, "--model", "CLI Model", "--status",
                               "completed", "--accuracy", "0.8"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        gui.exec("COMMIT");
        QCOMPARE(gui.queryInt("SELECT COUNT(*) FROM runs"), std::optional<std::int64_t>(*seen + 1));

        // ...and while it writes: log-run waits for the lock instead of failing.
        const std::int64_t before = runCount();
        // (PostgreSQL's writers do not wait for each other's transactions.)
        gui.exec(test::onPostgres() ? "BEGIN" : "BEGIN IMMEDIATE");
        QProcess p;
        p.start(test::kestrelBinary(),
                {"log-run", "--workspace", m_ws, "--model", "CLI Model", "--status", "running"});
        QVERIFY(p.waitForStarted());
        QThread::msleep(1500);
        gui.exec("COMMIT");
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(runCount(), before + 1);
    }

    void logRunRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no model") << QStringList{"--status", "completed"} << "--model";
        QTest::newRow("no status") << QStringList{"--model", "M"} << "--status";
        QTest::newRow("bad status") << QStringList{"--model", "M", "--status", "done"} << "done";
        QTest::newRow("bad duration")
            << QStringList{"--model", "M", "--status", "completed", "--duration", "fast"}
            << "--duration";
        QTest::newRow("accuracy range")
            << QStringList{"--model", "M", "--status", "completed", "--accuracy", "1.7"}
            << "--accuracy";
        QTest::newRow("bad params")
            << QStringList{"--model", "M", "--status", "completed", "--params", "{lookback: 3"}
            << "--params";
        QTest::newRow("params not object")
            << QStringList{"--model", "M", "--status", "completed", "--results", "[1,2]"}
            << "--results";
        QTest::newRow("bad time") << QStringList{"--model",   "M",      "--status",
                                                 "completed", "--time", "yesterday-ish"}
                                  << "--time";
        QTest::newRow("unknown option")
            << QStringList{"--model", "M", "--status", "completed", "--colour", "red"}
            << "--colour";
    }

    void logRunRejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const std::int64_t before = runCount();
        const CliRun r = kestrelCli(QStringList{"log-run", "--workspace", m_ws} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(runCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestAggCli)
#include "TestAggCli.moc"
