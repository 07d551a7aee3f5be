#include "IoTestUtil.h"
#include "common/TestSupport.h"

#include "core/common/Json.h"

#include <QTest>

using namespace kestrel;
using namespace kestrel::runs;

namespace {

using test::CliRun;
using test::runKestrel;

const QByteArray kCsv = "model,symbol,time,status,duration,accuracy,data_source,error_message\n"
                        "BTST,TCS.NS,2026-11-01T09:00:00Z,completed,1.5,0.8,yfinance,\n"
                        "LSTM,INFY.NS,2026-11-02T09:00:00Z,failed,2.5,,fyers,\"Timeout, 30s\"\n"
                        "BTST,INFY.NS,2026-11-03T09:00:00Z,completed,3.5,0.7,yfinance,\n"
                        "Sector,TCS.NS,2026-11-04T09:00:00Z,completed,4.5,0.6,csv,\n";

} // namespace

class TestRunsIoCli : public QObject
{
    Q_OBJECT

private slots:
    void importThenExport();
    void importErrorExitsNonZero();
    void badOptions();
};

void TestRunsIoCli::importThenExport()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath("cli.kestrel");
    const std::string csv = iotest::writeFile(dir, "runs.csv", kCsv);
    CliRun r = runKestrel({"--workspace", ws, "runs", "import", QString::fromStdString(csv)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QString("Imported 4 runs (0 skipped)"));

    // Several models (repeated and comma list), a time range and a status.
    const QString out = dir.filePath("sel.json");
    r = runKestrel({"--workspace", ws, "runs", "export", "--out", out, "--model", "BTST", "--model",
                    "LSTM,Sector", "--status", "completed", "--from", "2026-11-01T12:00:00Z",
                    "--to", "2026-11-05"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Json doc = Json::parse(f.readAll().toStdString());
    QCOMPARE(doc.size(), size_t(2));
    QCOMPARE(doc[0]["model_name"].get<std::string>(), std::string("BTST"));
    QCOMPARE(doc[0]["symbol"].get<std::string>(), std::string("INFY.NS"));
    QCOMPARE(doc[1]["model_name"].get<std::string>(), std::string("Sector"));

    // Text search and data source, CSV by extension.
    const QString csvOut = dir.filePath("sel.csv");
    r = runKestrel({"--workspace", ws, "runs", "export", "--out", csvOut, "--search", "timeout",
                    "--source", "fyers", "--timeframe", "all"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto check = iotest::newWorkspace(dir, "check.kestrel");
    QCOMPARE(iotest::importFile(check->db(), csvOut.toStdString(), ImportFormat::Csv).imported, 1);
    const auto runs = iotest::allRuns(check->db());
    QCOMPARE(runs[0].model, std::string("LSTM"));
    QCOMPARE(runs[0].errorMessage, std::string("Timeout, 30s"));

    // Runs with an external id (run_id is an alias) are imported once.
    const std::string withIds =
        iotest::writeFile(dir, "ids.jsonl", "{\"model\":\"A\",\"time\":1,\"run_id\":\"x1\"}\n");
    r = runKestrel({"--workspace", ws, "runs", "import", QString::fromStdString(withIds)});
    QCOMPARE(r.out.trimmed(), QString("Imported 1 runs (0 skipped)"));
    r = runKestrel({"--workspace", ws, "runs", "import", "--format", "jsonl",
                    QString::fromStdString(withIds)});
    QCOMPARE(r.out.trimmed(), QString("Imported 0 runs (1 skipped)"));
}

void TestRunsIoCli::importErrorExitsNonZero()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath("cli.kestrel");
    const std::string csv = iotest::writeFile(
        dir, "bad.csv", kCsv + "BTST,TCS.NS,2026-11-05,completed,slow,0.5,csv,\n");
    const CliRun r =
        runKestrel({"--workspace", ws, "runs", "import", QString::fromStdString(csv)});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("bad.csv:6:5: 'slow' is not a number (field 5, column 'duration')"),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    auto workspace = workspace::Workspace::open(ws.toStdString());
    QCOMPARE(iotest::runCount(workspace->db()), 0);
}

void TestRunsIoCli::badOptions()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath("cli.kestrel");
    CliRun r = runKestrel(
        {"--workspace", ws, "runs", "export", "--out", dir.filePath("x.csv"), "--timeframe", "3w"});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("Unknown timeframe '3w'"), qPrintable(r.err));
    r = runKestrel({"--workspace", ws, "runs", "export"});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("--out"), qPrintable(r.err));
    r = runKestrel({"--workspace", ws, "runs", "import", dir.filePath("missing.csv")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("no such file"), qPrintable(r.err));
    r = runKestrel({"--workspace", ws, "runs", "export", "--out", dir.filePath("x.csv"), "--from",
                    "yesterday"});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("'yesterday' is not a time"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestRunsIoCli)
#include "TestRunsIoCli.moc"
