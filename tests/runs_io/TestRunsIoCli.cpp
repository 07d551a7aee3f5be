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
    void initTestCase() { KESTREL_START_BACKEND(); }
    void importThenExport();
    void importErrorExitsNonZero();
    void badOptions();
    void reimportAndUndo();
    void workspaceCheckSaysTheSchemaVersion();
};

// `kestrel workspace check`: SQLite's integrity check on a file; on a team
// workspace the server checks its own files and the schema version is said.
void TestRunsIoCli::workspaceCheckSaysTheSchemaVersion()
{
    QTemporaryDir dir;
    const QString ws = iotest::newLocation(dir, "check.kestrel");
    const int version = workspace::Workspace::open(ws.toStdString())->schemaVersion();
    const CliRun r = runKestrel({"--workspace", ws, "workspace", "check"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QString("Schema version: %1").arg(version)), qPrintable(r.out));
    QVERIFY2(r.out.contains(test::onPostgres() ? "the PostgreSQL server checks its own files"
                                               : "Integrity: ok"),
             qPrintable(r.out));
}

// Importing the same file twice adds nothing and says so; --undo LAST takes
// away the runs of the latest import and leaves the others.
void TestRunsIoCli::reimportAndUndo()
{
    QTemporaryDir dir;
    const QString ws = iotest::newLocation(dir, "undo.kestrel");
    const QString csv = QString::fromStdString(iotest::writeFile(dir, "runs.csv", kCsv));
    CliRun r =
        runKestrel({"--workspace", ws, "log-run", "--model", "Manual", "--status", "completed"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runKestrel({"--workspace", ws, "runs", "import", csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("Summary: 4 imported, 0 duplicates skipped, 0 rejected"),
             qPrintable(r.err));
    r = runKestrel({"--workspace", ws, "runs", "import", csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QString("Imported 0 runs (4 skipped)"));
    QVERIFY2(r.err.contains("Summary: 0 imported, 4 duplicates skipped, 0 rejected"),
             qPrintable(r.err));
    {
        workspace::Database db = workspace::Workspace::connect(ws.toStdString());
        QCOMPARE(db.queryInt("SELECT count(*) FROM runs").value_or(0), 5);
    }

    // A second file, then undo it: the first import and the logged run stay.
    QByteArray more = "model,time,status\nLater,2026-11-20T09:00:00Z,completed\nLater,2026-11-"
                      "21T09:00:00Z,failed\n";
    const QString second = QString::fromStdString(iotest::writeFile(dir, "more.csv", more));
    r = runKestrel({"--workspace", ws, "runs", "import", second});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runKestrel({"--workspace", ws, "runs", "import", "--undo", "LAST"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("removed 2 runs"), qPrintable(r.out));
    {
        workspace::Database db = workspace::Workspace::connect(ws.toStdString());
        QCOMPARE(db.queryInt("SELECT count(*) FROM runs").value_or(0), 5);
        QCOMPARE(db.queryInt("SELECT count(*) FROM runs WHERE model_name = 'Later'").value_or(-1),
                 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM runs WHERE model_name = 'Manual'").value_or(0),
                 1);
    }
    // Then the one before it; then nothing is left to undo.
    r = runKestrel({"--workspace", ws, "runs", "import", "--undo", "LAST"});
    QVERIFY2(r.out.contains("removed 4 runs"), qPrintable(r.out + r.err));
    r = runKestrel({"--workspace", ws, "runs", "import", "--undo", "LAST"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no import to undo"), qPrintable(r.err));
    {
        workspace::Database db = workspace::Workspace::connect(ws.toStdString());
        QCOMPARE(db.queryInt("SELECT count(*) FROM runs").value_or(0), 1);
    }
    // Undone runs may be imported again.
    r = runKestrel({"--workspace", ws, "runs", "import", csv});
    QCOMPARE(r.out.trimmed(), QString("Imported 4 runs (0 skipped)"));
}

void TestRunsIoCli::importThenExport()
{
    QTemporaryDir dir;
    const QString ws = iotest::newLocation(dir, "cli.kestrel");
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
    const QString ws = iotest::newLocation(dir, "cli.kestrel");
    const std::string csv = iotest::writeFile(
        dir, "bad.csv", kCsv + "BTST,TCS.NS,2026-11-05,completed,slow,0.5,csv,\n");
    const CliRun r = runKestrel({"--workspace", ws, "runs", "import", QString::fromStdString(csv)});
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
    const QString ws = iotest::newLocation(dir, "cli.kestrel");
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
