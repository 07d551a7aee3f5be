// Issue 8, points 4-6: no input crashes or hangs the importer, garbage is
// refused naming file, line and column, and text is valid UTF-8.
#include "IoTestUtil.h"
#include "common/TestSupport.h"

#include "core/common/Json.h"
#include "core/common/Text.h"
#include "core/common/Time.h"
#include "core/runs/RunValidation.h"

#include <QTest>

#include <QDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace kestrel;
using namespace kestrel::runs;

namespace {

const QByteArray kHeader = "model,time,status,duration,accuracy\n";

QByteArray csvRow(const QByteArray& time, const QByteArray& status, const QByteArray& duration,
                  const QByteArray& accuracy)
{
    return "M," + time + "," + status + "," + duration + "," + accuracy + "\n";
}

} // namespace

class TestInputValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void timeParsingRejectsImpossibleDates();
    void utf8Validator();
    void garbageCsvRowsAreRefused_data();
    void garbageCsvRowsAreRefused();
    void goodCsvStillImports();
    void numberOverflowNamesItsPlace();
    void garbageJsonIsRefused();
    void deepJsonIsRefusedNotCrashing();
    void nonRegularSourcesAreRefused();
    void dumpJsonReplacesInvalidUtf8();
    void mlflowFileStoreSkipsInvalidRuns();
    void mlflowSymlinkLoopIsAClearError();
    void logRunRefusesGarbage();
    void jsonWritersSurviveStoredLatin1();
    void badRowsAreListedAndSkippable();
};

void TestInputValidation::timeParsingRejectsImpossibleDates()
{
    QVERIFY(!parseTime("2026-02-30").has_value());
    QVERIFY(!parseTime("2026-04-31T10:00:00Z").has_value());
    QVERIFY(parseTime("2024-02-29").has_value());
    QVERIFY(!parseTime("2023-02-29").has_value());
    QVERIFY(!parseTime("1e20").has_value());
    QVERIFY(!parseTime("-5").has_value());
    QVERIFY(!parseTime("1969-12-31").has_value());
    QVERIFY(!parseTime("2201-01-01").has_value());
    QVERIFY(parseTime("2200-12-31T23:59:59Z").has_value());
    QCOMPARE(*parseTime("1970-01-01"), EpochMs(0));
}

void TestInputValidation::utf8Validator()
{
    QVERIFY(isValidUtf8("plain"));
    QVERIFY(isValidUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
    QCOMPARE(*firstInvalidUtf8("caf\xE9"), std::size_t(3)); // Latin-1 é
    QVERIFY(!isValidUtf8("\xC0\xAF"));                      // overlong
    QVERIFY(!isValidUtf8("\xED\xA0\x80"));                  // surrogate
    QVERIFY(!isValidUtf8("\xF4\x90\x80\x80"));              // > U+10FFFF
    QVERIFY(!isValidUtf8("\xE2\x82"));                      // truncated
}

void TestInputValidation::garbageCsvRowsAreRefused_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("time 1e20") << csvRow("1e20", "completed", "1", "0.5") << 2;
    QTest::newRow("Feb 30") << csvRow("2026-02-30", "completed", "1", "0.5") << 2;
    QTest::newRow("status exploded") << csvRow("2026-02-03", "exploded", "1", "0.5") << 3;
    QTest::newRow("duration -5") << csvRow("2026-02-03", "completed", "-5", "0.5") << 4;
    QTest::newRow("duration 1e308") << csvRow("2026-02-03", "completed", "1e308", "0.5") << 4;
    QTest::newRow("duration inf") << csvRow("2026-02-03", "completed", "1e999", "0.5") << 4;
    QTest::newRow("duration over a year")
        << csvRow("2026-02-03", "completed", "31622401", "0.5") << 4;
    QTest::newRow("accuracy 7.5") << csvRow("2026-02-03", "completed", "1", "7.5") << 5;
    QTest::newRow("accuracy -3") << csvRow("2026-02-03", "completed", "1", "-3") << 5;
    QTest::newRow("latin-1 model") << QByteArray("caf\xE9,2026-02-03,completed,1,0.5\n") << 1;
}

void TestInputValidation::garbageCsvRowsAreRefused()
{
    QFETCH(QByteArray, row);
    QFETCH(int, column);
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path = iotest::writeFile(
        dir, "bad.csv", kHeader + csvRow("2026-02-01", "completed", "1", "0.5") + row);
    const auto failure = iotest::importFailure(ws->db(), path, ImportFormat::Csv);
    QVERIFY2(failure.has_value(), "garbage was imported");
    QCOMPARE(failure->line, std::int64_t(3));
    QCOMPARE(failure->column, std::int64_t(column));
    QVERIFY2(failure->message.contains("bad.csv:3:"), qPrintable(failure->message));
    QCOMPARE(iotest::runCount(ws->db()), std::int64_t(0)); // nothing imported
}

// A number too large for a double is refused naming file, line and column,
// not an uncaught exception (found by fuzz_jsonl).
void TestInputValidation::numberOverflowNamesItsPlace()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string jsonl = iotest::writeFile(
        dir, "big.jsonl",
        "{\"model\":\"A\",\"time\":\"2026-01-01\"}\n{\"model\":\"A\",\"time\":1767e76760}\n");
    auto failure = iotest::importFailure(ws->db(), jsonl, ImportFormat::Jsonl);
    QVERIFY(failure.has_value());
    QCOMPARE(failure->line, std::int64_t(2));
    QCOMPARE(failure->column, std::int64_t(21));
    QVERIFY2(failure->message.contains("1767e76760 is too large"), qPrintable(failure->message));
    const std::string json =
        iotest::writeFile(dir, "big.json", "[\n {\"model\":\"A\",\n  \"accuracy\": 1e999}]\n");
    failure = iotest::importFailure(ws->db(), json, ImportFormat::Json);
    QVERIFY(failure.has_value());
    QCOMPARE(failure->line, std::int64_t(3));
    QCOMPARE(failure->column, std::int64_t(15));
    QCOMPARE(iotest::runCount(ws->db()), std::int64_t(0));
    // A bad element of a JSON array is named by where it starts.
    const std::string array =
        iotest::writeFile(dir, "bad.json",
                          "[\n {\"model\":\"A\",\"note\":\"[,{\",\"time\":\"2026-01-01\"},\n  "
                          "{\"model\":\"A\",\"time\":\"2026-01-01\",\"accuracy\":7.5}\n]\n");
    failure = iotest::importFailure(ws->db(), array, ImportFormat::Json);
    QVERIFY(failure.has_value());
    QCOMPARE(failure->line, std::int64_t(3));
    QCOMPARE(failure->column, std::int64_t(3));
    // log-run --params
    const auto run =
        test::runKestrel({"--workspace", QString::fromStdString(ws->path()), "log-run", "--model",
                          "A", "--status", "completed", "--params", R"({"lr": 1e999})"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("too large"), qPrintable(run.err));
}

void TestInputValidation::goodCsvStillImports()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path =
        iotest::writeFile(dir, "good.csv",
                          kHeader + csvRow("2026-02-01", "FINISHED", "31622400", "1") +
                              csvRow("2024-02-29", "", "0", "0"));
    QCOMPARE(iotest::importFile(ws->db(), path, ImportFormat::Csv).imported, std::int64_t(2));
}

void TestInputValidation::garbageJsonIsRefused()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path =
        iotest::writeFile(dir, "bad.jsonl",
                          "{\"model\":\"A\",\"time\":\"2026-01-01\"}\n{\"model\":\"A\",\"time\":"
                          "\"2026-01-01\",\"accuracy\":7.5}\n");
    const auto failure = iotest::importFailure(ws->db(), path, ImportFormat::Jsonl);
    QVERIFY(failure.has_value());
    QCOMPARE(failure->line, std::int64_t(2));
    QVERIFY2(failure->message.contains("accuracy"), qPrintable(failure->message));
    QCOMPARE(iotest::runCount(ws->db()), std::int64_t(0));
}

void TestInputValidation::deepJsonIsRefusedNotCrashing()
{
    QTemporaryDir dir;
    const QByteArray deep = QByteArray(60000, '[') + QByteArray(60000, ']');
    const std::string json = iotest::writeFile(dir, "deep.json", deep);
    const std::string jsonl = iotest::writeFile(
        dir, "deep.jsonl", "{\"model\":\"A\",\"time\":1,\"params\":" + deep + "}\n");
    const QString ws = iotest::newLocation(dir, "ws.kestrel");
    for (const std::string& path : {json, jsonl}) {
        test::CliRun r =
            test::runKestrel({"--workspace", ws, "runs", "import", QString::fromStdString(path)});
        QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + " " + r.err));
        QVERIFY2(r.err.contains("nested deeper than 256"), qPrintable(r.err));
        QVERIFY2(r.err.contains(QString::fromStdString(path) + ":1:"), qPrintable(r.err));
    }
}

void TestInputValidation::nonRegularSourcesAreRefused()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath("pipe.csv");
    QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    const QString ws = iotest::newLocation(dir, "ws.kestrel");
    for (const QString& source : {fifo, QStringLiteral("/dev/zero")}) {
        test::CliRun r = test::runKestrel(
            {"--workspace", ws, "runs", "import", "--format", "csv", source}, 20'000);
        QVERIFY2(r.exitCode == 1, qPrintable(source + ": " + QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.contains("not a regular file"), qPrintable(r.err));
    }
}

void TestInputValidation::dumpJsonReplacesInvalidUtf8()
{
    const Json j = {{"model", std::string("caf\xE9")}};
    QCOMPARE(dumpJson(j), std::string("{\"model\":\"caf\xEF\xBF\xBD\"}"));
}

namespace {

void writeRun(const QTemporaryDir& dir, const QString& id, const QByteArray& meta)
{
    QDir().mkpath(dir.filePath("mlruns/1/" + id + "/metrics"));
    iotest::writeFile(dir, "mlruns/1/" + id + "/meta.yaml", meta);
}

} // namespace

void TestInputValidation::mlflowFileStoreSkipsInvalidRuns()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath("mlruns/1"));
    iotest::writeFile(dir, "mlruns/1/meta.yaml", "name: exp\nlifecycle_stage: active\n");
    writeRun(dir, "good",
             "run_id: good\nstatus: FINISHED\nstart_time: 1767225600000\n"
             "end_time: 1767225601000\nlifecycle_stage: active\n");
    writeRun(dir, "notime", "run_id: notime\nstatus: FINISHED\nlifecycle_stage: active\n");
    writeRun(dir, "badstatus", "run_id: badstatus\nstatus: EXPLODED\nstart_time: 1767225600000\n");
    QDir().mkpath(dir.filePath("mlruns/1/dirmeta/meta.yaml")); // a folder named meta.yaml
    auto ws = iotest::newWorkspace(dir);
    const ImportResult r =
        iotest::importFile(ws->db(), dir.filePath("mlruns").toStdString(), ImportFormat::Mlflow);
    QCOMPARE(r.imported, std::int64_t(1));
    QCOMPARE(r.skipped, std::int64_t(3));
    QString notes;
    for (const auto& n : r.notes)
        notes += QString::fromStdString(n) + "\n";
    QVERIFY2(notes.contains("notime: it has no start_time"), qPrintable(notes));
    QVERIFY2(notes.contains("badstatus: status 'exploded'"), qPrintable(notes));
    QVERIFY2(notes.contains("dirmeta"), qPrintable(notes));
}

void TestInputValidation::mlflowSymlinkLoopIsAClearError()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath("mlruns/1"));
    iotest::writeFile(dir, "mlruns/1/meta.yaml", "name: exp\n");
    writeRun(dir, "r", "run_id: r\nstatus: FINISHED\nstart_time: 1767225600000\n");
    const QString loop = dir.filePath("mlruns/1/r/metrics/loop");
    QCOMPARE(::symlink(loop.toLocal8Bit().constData(), loop.toLocal8Bit().constData()), 0);
    test::CliRun r =
        test::runKestrel({"--workspace", iotest::newLocation(dir, "ws.kestrel"), "runs", "import",
                          "--format", "mlflow", dir.filePath("mlruns")});
    QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + r.err));
    QVERIFY2(!r.err.contains("filesystem error"), qPrintable(r.err));
    QVERIFY2(r.err.contains("loop"), qPrintable(r.err));
}

void TestInputValidation::logRunRefusesGarbage()
{
    QTemporaryDir dir;
    const QString ws = iotest::newLocation(dir, "ws.kestrel");
    const QString deep = QString(60000, '[') + QString(60000, ']');
    test::CliRun r = test::runKestrel({"--workspace", ws, "log-run", "--model", "M", "--status",
                                       "completed", "--params", "{\"a\":" + deep + "}"});
    QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + r.err));
    QVERIFY2(r.err.contains("nested deeper than 256"), qPrintable(r.err));
    r = test::runKestrel({"--workspace", ws, "log-run", "--model", "M", "--status", "completed",
                          "--time", "2026-02-30"});
    QCOMPARE(r.exitCode, 1);
    r = test::runKestrel(
        {"--workspace", ws, "log-run", "--model", "M", "--status", "completed", "--time", "1e20"});
    QCOMPARE(r.exitCode, 1);
}

void TestInputValidation::jsonWritersSurviveStoredLatin1()
{
    if (test::onPostgres())
        QSKIP("PostgreSQL refuses text that is not UTF-8, so no such run can be stored there");
    QTemporaryDir dir;
    const QString wsPath = iotest::newLocation(dir, "ws.kestrel");
    {
        auto ws = workspace::Workspace::open(wsPath.toStdString());
        RunRecord r;
        r.model = "caf\xE9"; // stored by an older version, before import validation
        r.startedAt = *parseTime("2026-11-01");
        RunStore(ws->db()).insert(r);
    }
    test::CliRun r = test::runKestrel({"--workspace", wsPath, "runs", "stats", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains("type_error"), qPrintable(r.err));
    const QString out = dir.filePath("out.json");
    r = test::runKestrel({"--workspace", wsPath, "runs", "export", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("caf\xEF\xBF\xBD"));
}

void TestInputValidation::badRowsAreListedAndSkippable()
{
    QTemporaryDir dir;
    const QString ws = iotest::newLocation(dir, "ws.kestrel");
    QByteArray csv = kHeader + csvRow("2026-02-01", "completed", "1", "0.5");
    for (int i = 0; i < 30; ++i)
        csv += csvRow("2026-02-30", "completed", "1", "0.5"); // lines 3..32
    csv += "caf\xE9,2026-02-03,completed,1,0.5\n";            // line 33, Latin-1
    csv += csvRow("2026-02-02", "completed", "2", "0.25");
    const QString source = QString::fromStdString(iotest::writeFile(dir, "mixed.csv", csv));

    test::CliRun r = test::runKestrel({"--workspace", ws, "runs", "import", source});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("mixed.csv:3:2:") && r.err.contains("mixed.csv:22:2:"),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains("mixed.csv:23:2:"), qPrintable(r.err)); // listing stops at 20

    r = test::runKestrel({"--workspace", ws, "runs", "import", "--skip-invalid", source});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Imported 2 runs"), qPrintable(r.out));
    QVERIFY2(r.out.contains("Rejected 31 invalid rows"), qPrintable(r.out));
    QFile side(source + ".rejected.csv");
    QVERIFY(side.open(QIODevice::ReadOnly));
    const QByteArray rejected = side.readAll();
    QCOMPARE(rejected.count('\n'), 32); // header + 31 rows
    QVERIFY(rejected.contains("33,1,"));
    QVERIFY(rejected.contains("UTF-8"));

    // A second run does not overwrite the first side file; --rejected never overwrites.
    r = test::runKestrel({"--workspace", iotest::newLocation(dir, "ws2.kestrel"), "runs", "import",
                          "--skip-invalid", source});
    QVERIFY2(r.out.contains(".rejected-2.csv"), qPrintable(r.out));
    r = test::runKestrel({"--workspace", iotest::newLocation(dir, "ws3.kestrel"), "runs", "import",
                          "--skip-invalid", "--rejected", source + ".rejected.csv", source});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Not overwriting"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestInputValidation)
#include "TestInputValidation.moc"
