#include "IoTestUtil.h"

#include "core/common/Error.h"
#include "core/runs/io/MappedFile.h"
#include "core/runs/io/RunImport.h"
#include "core/workspace/CurrentUser.h"

#include <filesystem>

#include <QDeadlineTimer>
#include <QTest>

#include <atomic>
#include <set>
#include <stop_token>
#include <thread>

using namespace kestrel;
using namespace kestrel::runs;

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void quotingAndAliases();
    void delimiters_data();
    void delimiters();
    void previewSuggestsMapping();
    void explicitMapping();
    void malformed_data();
    void malformed();
    void cancelRollsBack();
    void bulkImportKeepsIndexes();
    void aSmallImportAppearsAtOnce();
    void anImportNamesItsUser();
    void truncatedWhileReadIsRefused();
};

void TestCsvImport::quotingAndAliases()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    // Aliased headers, a quoted field with the delimiter, doubled quotes and a
    // line break inside quotes, CRLF line ends and a blank line.
    const std::string path =
        iotest::writeFile(dir, "runs.csv",
                          "model,symbol,timestamp,status,duration_s,accuracy,confidence,input_"
                          "parameters,error_message\r\n"
                          "BTST,RELIANCE.NS,2026-11-01T09:30:00Z,completed,12.5,0.81,0.9,\"{"
                          "\"\"lr\"\": 0.01, \"\"depth\"\": 3}\",\r\n"
                          "\r\n"
                          "\"Options, Chain\",TCS.NS,2026-11-01 10:00,FAILED,,,,,\"Timeout after "
                          "30s\nfetching \"\"TCS\"\"\"\r\n"
                          "Sector Analysis,INFY.NS,1761989400,success,3,,,,\r\n");
    const ImportResult result = iotest::importFile(ws->db(), path, ImportFormat::Csv);
    QCOMPARE(result.imported, 3);
    QCOMPARE(result.skipped, 0);

    const auto runs = iotest::allRuns(ws->db());
    QCOMPARE(runs.size(), size_t(3));
    QCOMPARE(runs[0].model, std::string("BTST"));
    QCOMPARE(runs[0].symbol, std::string("RELIANCE.NS"));
    QCOMPARE(runs[0].startedAt, *parseTime("2026-11-01T09:30:00Z"));
    QCOMPARE(runs[0].status, std::string("completed"));
    QCOMPARE(*runs[0].durationSec, 12.5);
    QCOMPARE(*runs[0].accuracy, 0.81);
    QCOMPARE(*runs[0].confidence, 0.9);
    QCOMPARE(runs[0].inputParams, std::string("{\"lr\": 0.01, \"depth\": 3}"));
    QVERIFY(runs[0].errorMessage.empty());

    QCOMPARE(runs[1].model, std::string("Options, Chain"));
    QCOMPARE(runs[1].status, std::string("failed"));
    QVERIFY(!runs[1].durationSec);
    QVERIFY(!runs[1].accuracy);
    QCOMPARE(runs[1].errorMessage, std::string("Timeout after 30s\nfetching \"TCS\""));

    QCOMPARE(runs[2].model, std::string("Sector Analysis"));
    QCOMPARE(runs[2].startedAt, EpochMs(1761989400000));
    QCOMPARE(runs[2].status, std::string("completed"));
}

void TestCsvImport::delimiters_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("semicolon") << QByteArray("model_name;execution_time;execution_duration\n"
                                             "\"A;B\";2026-01-02;1.5\nC;2026-01-03;2\n");
    QTest::newRow("tab") << QByteArray("model_name\texecution_time\texecution_duration\n"
                                       "A;B\t2026-01-02\t1.5\nC\t2026-01-03\t2\n");
    QTest::newRow("comma") << QByteArray("model_name,execution_time,execution_duration\n"
                                         "A;B,2026-01-02,1.5\nC,2026-01-03,2");
}

void TestCsvImport::delimiters()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path = iotest::writeFile(dir, "runs.csv", text);
    QCOMPARE(iotest::importFile(ws->db(), path, ImportFormat::Csv).imported, 2);
    const auto runs = iotest::allRuns(ws->db());
    QCOMPARE(runs[0].model, std::string("A;B"));
    QCOMPARE(*runs[0].durationSec, 1.5);
    QCOMPARE(runs[1].startedAt, *parseTime("2026-01-03"));
}

void TestCsvImport::previewSuggestsMapping()
{
    QTemporaryDir dir;
    const std::string path = iotest::writeFile(
        dir, "runs.csv",
        "Model Name;start_time;execution_duration;Accuracy Score;confidence_level;extra\n"
        "BTST;2026-01-02;1;0.5;0.6;x\nBTST;2026-01-03;2;0.7;0.8;y\nBTST;2026-01-04;3;0.7;0.8;z\n");
    const CsvPreview p = previewCsv(path, 2);
    QCOMPARE(p.delimiter, ';');
    QCOMPARE(p.header.size(), size_t(6));
    QCOMPARE(p.rows.size(), size_t(2));
    QCOMPARE(p.rows[1][5], std::string("y"));
    const auto& m = p.suggested.fieldToColumn;
    QCOMPARE(m.at("model_name"), std::string("Model Name"));
    QCOMPARE(m.at("execution_time"), std::string("start_time"));
    QCOMPARE(m.at("execution_duration"), std::string("execution_duration"));
    QCOMPARE(m.at("accuracy_score"), std::string("Accuracy Score"));
    QCOMPARE(m.at("confidence_level"), std::string("confidence_level"));
    QCOMPARE(m.size(), size_t(5));
    QCOMPARE(p.suggested.delimiter, ';');

    const CsvMapping aliases = suggestCsvMapping(
        {"model", "execution_time", "time", "duration", "accuracy", "confidence", "model_name"});
    // The exact field name beats an alias that came first.
    QCOMPARE(aliases.fieldToColumn.at("model_name"), std::string("model_name"));
    QCOMPARE(aliases.fieldToColumn.at("execution_time"), std::string("execution_time"));
    QCOMPARE(aliases.fieldToColumn.at("execution_duration"), std::string("duration"));
}

void TestCsvImport::explicitMapping()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path = iotest::writeFile(dir, "runs.csv",
                                               "algo|when|secs|score|model\n"
                                               "LSTM|2026-02-01T00:00:00Z|4.25|0.66|ignored\n");
    ImportOptions options;
    options.csv.delimiter = '|';
    options.csv.fieldToColumn = {{"model_name", "algo"},
                                 {"execution_time", "WHEN"},
                                 {"execution_duration", "secs"},
                                 {"accuracy_score", "score"}};
    QCOMPARE(iotest::importFile(ws->db(), path, ImportFormat::Csv, options).imported, 1);
    const auto runs = iotest::allRuns(ws->db());
    QCOMPARE(runs[0].model, std::string("LSTM"));
    QCOMPARE(*runs[0].durationSec, 4.25);
    QCOMPARE(*runs[0].accuracy, 0.66);

    options.csv.fieldToColumn["symbol"] = "ticker";
    try {
        iotest::importFile(ws->db(), path, ImportFormat::Csv, options);
        QFAIL("a mapping to a missing column must be refused");
    } catch (const ImportError& e) {
        QVERIFY2(QString(e.what()).contains("no column 'ticker'"), e.what());
    }
    QCOMPARE(iotest::runCount(ws->db()), 1);
}

void TestCsvImport::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");

    const QByteArray header = "model_name,execution_time,status,execution_duration\n";
    const QByteArray good = "BTST,2026-01-01,completed,1.5\n";
    QTest::newRow("bad number")
        << header + good + good + "BTST,2026-01-02,completed,abc\n"
        << 4LL << 4LL
        << "runs.csv:4:4: 'abc' is not a number (field 4, column 'execution_duration')";
    QTest::newRow("bad time")
        << header + good + "BTST,2026-13-45,completed,1\n"
        << 3LL << 2LL
        << "runs.csv:3:2: '2026-13-45' is not a time (a real date in the years 1970-2200, ISO "
           "8601, or Unix seconds/ms) (field 2, column 'execution_time')";
    QTest::newRow("empty time") << header + good + "BTST,,completed,1\n"
                                << 3LL << 2LL << "the time is empty";
    QTest::newRow("unterminated quote")
        << header + good + "BTST,2026-01-02,\"completed,1\nBTST,2026-01-03,completed,2\n"
        << 3LL << 3LL << "runs.csv:3:3: a quoted field is never closed";
    QTest::newRow("text after quote") << header + good + "BTST,\"2026-01-02\"x,completed,1\n"
                                      << 3LL << 2LL << "after the closing quote";
    QTest::newRow("missing required column")
        << QByteArray("model_name,status\nBTST,completed\n") << 1LL << 0LL
        << "runs.csv:1: missing required column 'execution_time'";
    QTest::newRow("too few fields")
        << header + good + "BTST,2026-01-02,completed\n"
        << 3LL << 3LL << "runs.csv:3:3: this record has 3 fields but the header has 4";
    QTest::newRow("too many fields") << header + good + "BTST,2026-01-02,completed,1,9\n"
                                     << 3LL << 5LL << "has 5 fields";
    QTest::newRow("number after quoted newline")
        << QByteArray("model_name,error_message,execution_time,execution_duration\n"
                      "BTST,\"two\nlines\",2026-01-02,1\nBTST,\"x\",2026-01-02,1e\n")
        << 4LL << 4LL << "runs.csv:4:4: '1e' is not a number";
    QTest::newRow("empty model") << header + good + " ,2026-01-02,completed,1\n"
                                 << 3LL << 1LL << "the model name is empty";
    QTest::newRow("empty file") << QByteArray() << 1LL << 0LL << "the file is empty";
}

void TestCsvImport::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path = iotest::writeFile(dir, "runs.csv", text);
    const std::int64_t before = iotest::runCount(ws->db());
    const auto failure = iotest::importFailure(ws->db(), path, ImportFormat::Csv);
    QVERIFY2(failure, "the import should fail");
    QVERIFY2(failure->message.contains(message), qPrintable(failure->message));
    QVERIFY2(failure->message.startsWith(QString::fromStdString(path)),
             qPrintable(failure->message));
    QCOMPARE(failure->line, line);
    QCOMPARE(failure->column, column);
    QCOMPARE(iotest::runCount(ws->db()), before);
    QCOMPARE(before, 0);
}

void TestCsvImport::cancelRollsBack()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    QByteArray text = "model_name,execution_time\n";
    for (int i = 0; i < 50000; ++i)
        text += "M" + QByteArray::number(i % 7) + "," + QByteArray::number(1700000000 + i) + "\n";
    const std::string path = iotest::writeFile(dir, "runs.csv", text);
    std::stop_source stop;
    int reports = 0;
    // Stop from inside the first progress report: the import is mid-way.
    Feedback feedback(
        [&](double) {
            ++reports;
            stop.request_stop();
        },
        stop.get_token());
    ImportOptions options;
    QVERIFY_THROWS_EXCEPTION(Cancelled, importRuns(ws->db(), path, options, feedback));
    QVERIFY(reports >= 1);
    QCOMPARE(iotest::runCount(ws->db()), 0);
    // The workspace is usable afterwards: no transaction left open.
    QVERIFY(!ws->db().inTransaction());
    QCOMPARE(iotest::importFile(ws->db(), path, ImportFormat::Csv).imported, 50000);
}

namespace {

QStringList runIndexes(workspace::Database& db)
{
    QStringList names;
    auto st = db.prepare(
        test::onPostgres()
            ? "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND "
              "tablename = 'runs' ORDER BY indexname"
            : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'runs' "
              "ORDER BY name");
    while (st.step())
        names << QString::fromStdString(st.text(0));
    return names;
}

// SQLite's journal mode; a PostgreSQL workspace has none, so the checks of
// it are skipped there.
QString journalMode(workspace::Database& db)
{
    auto st = db.prepare("PRAGMA journal_mode");
    st.step();
    return QString::fromStdString(st.text(0));
}

} // namespace

// A file big enough for the importer to rebuild the indexes instead of
// updating them per row (StagedImport's bulk path): afterwards every index is back, and a
// failure half-way leaves both the rows and the indexes as they were.
void TestCsvImport::bulkImportKeepsIndexes()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const QStringList indexes = runIndexes(ws->db());
    QVERIFY(indexes.contains("runs_duration"));
    const QByteArray message(700, 'x');
    QByteArray text = "model_name,execution_time,execution_duration,error_message\n";
    for (int i = 0; i < 24000; ++i)
        text += "M" + QByteArray::number(i % 5) + "," + QByteArray::number(1700000000 + i) + "," +
                QByteArray::number(i % 97) + "," + message + "\n";
    QVERIFY(text.size() > 16'000'000);
    const std::string bad = iotest::writeFile(dir, "bad.csv", text + "M,1700000000,oops,x\n");
    const auto failure = iotest::importFailure(ws->db(), bad, ImportFormat::Csv);
    QVERIFY(failure);
    QCOMPARE(failure->line, 24002);
    QCOMPARE(iotest::runCount(ws->db()), 0);
    QCOMPARE(runIndexes(ws->db()), indexes);

    if (!test::onPostgres())
        QCOMPARE(journalMode(ws->db()), QString("wal"));

    const std::string good = iotest::writeFile(dir, "good.csv", text);
    QCOMPARE(iotest::importFile(ws->db(), good, ImportFormat::Csv).imported, 24000);
    QCOMPARE(runIndexes(ws->db()), indexes);
    QCOMPARE(
        ws->db().queryInt("SELECT count(*) FROM runs WHERE execution_duration = 96").value_or(0),
        24000 / 97);
    // The bulk import ran under a rollback journal and returned to WAL.
    if (!test::onPostgres())
        QCOMPARE(journalMode(ws->db()), QString("wal"));

    // With another connection open, idle or in the middle of a read, the
    // import keeps WAL and does not wait for that connection.
    workspace::Database idle = workspace::Workspace::connect(ws->path());
    QCOMPARE(idle.queryInt("SELECT count(*) FROM runs").value_or(0), 24000);
    workspace::Database reader = workspace::Workspace::connect(ws->path());
    // 1 on SQLite; on PostgreSQL the failed import above used up ids (a
    // sequence is not rolled back).
    const std::int64_t firstId = reader.queryInt("SELECT min(id) FROM runs").value_or(0);
    auto reading = reader.prepare("SELECT id FROM runs ORDER BY id");
    QVERIFY(reading.step());
    QDeadlineTimer deadline(5000);
    // Other runs: the same file again would be skipped as duplicates.
    QByteArray later = text;
    later.replace(",1700", ",1800");
    const std::string other = iotest::writeFile(dir, "other.csv", later);
    QCOMPARE(iotest::importFile(ws->db(), other, ImportFormat::Csv).imported, 24000);
    QVERIFY2(!deadline.hasExpired(), "the import waited for the other connections");
    if (!test::onPostgres())
        QCOMPARE(journalMode(ws->db()), QString("wal"));
    QCOMPARE(reading.int64(0), qint64(test::onPostgres() ? firstId : 1));
    reading.reset();
    QCOMPARE(idle.queryInt("SELECT count(*) FROM runs").value_or(0), 48000);
}

// Another program cuts the file short while the importer reads it (issue 8
// §4): the import is refused naming the file and the line where it was cut,
// and nothing is imported.
void TestCsvImport::truncatedWhileReadIsRefused()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    QByteArray text = "model_name,execution_time,error_message\n";
    const QByteArray pad(80, 'p');
    for (int i = 0; text.size() < static_cast<qsizetype>(io::MappedFile::kReadChunk) * 2; ++i)
        text += "M" + QByteArray::number(i % 5) + "," + QByteArray::number(1700000000 + i) + "," +
                pad + "\n";
    const std::string path = iotest::writeFile(dir, "cut.csv", text);
    // After the first piece is read the file loses all but 1 MiB past it.
    io::MappedFile::afterChunkForTesting = [](const std::string& file, std::size_t bytesRead) {
        std::filesystem::resize_file(file, bytesRead + (1u << 20));
        io::MappedFile::afterChunkForTesting = nullptr;
    };
    const auto failure = iotest::importFailure(ws->db(), path, ImportFormat::Csv);
    io::MappedFile::afterChunkForTesting = nullptr;
    QVERIFY(failure);
    const QByteArray kept =
        text.left(static_cast<qsizetype>(io::MappedFile::kReadChunk) + (1 << 20));
    QCOMPARE(failure->line, static_cast<std::int64_t>(kept.count('\n') + 1));
    QVERIFY2(failure->message.startsWith(QString::fromStdString(path) + ":"),
             qPrintable(failure->message));
    QVERIFY2(failure->message.contains("cut short"), qPrintable(failure->message));
    QCOMPARE(iotest::runCount(ws->db()), 0);
    QVERIFY(!iotest::hasTable(ws->db(), "runs_next"));
}

QTEST_GUILESS_MAIN(TestCsvImport)
// A small import (fewer runs than the workspace holds) of up to
// StagedImport::kAtomicPublishRuns is published in one transaction: a
// reader counting the runs all along sees the old count or the new, never a
// part (the chunked publish showed 8,192 runs at a time). On PostgreSQL the
// import writes in place in one transaction, which must hold the same.
void TestCsvImport::aSmallImportAppearsAtOnce()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    auto csv = [&](const char* name, int rows, int offset) {
        QByteArray text = "model_name,execution_time,execution_duration\n";
        for (int i = 0; i < rows; ++i)
            text += "M" + QByteArray::number(i % 5) + "," +
                    QByteArray::number(1700000000 + offset + i) + "," + QByteArray::number(i % 97) +
                    "\n";
        return iotest::writeFile(dir, name, text);
    };
    constexpr int kOld = 40'000;
    constexpr int kNew = 32'000;
    QCOMPARE(iotest::importFile(ws->db(), csv("old.csv", kOld, 0), ImportFormat::Csv).imported,
             kOld);
    std::set<std::int64_t> seen;
    std::atomic<bool> done{false};
    std::jthread reader([&, path = ws->path()] {
        workspace::Database db = workspace::Workspace::connect(path);
        while (!done)
            seen.insert(db.queryInt("SELECT count(*) FROM runs").value_or(-1));
    });
    QCOMPARE(iotest::importFile(ws->db(), csv("new.csv", kNew, kOld), ImportFormat::Csv).imported,
             kNew);
    done = true;
    reader.join();
    QVERIFY(seen.size() >= 1);
    for (const std::int64_t n : seen)
        QVERIFY2(n == kOld || n == kOld + kNew,
                 qPrintable(QString("a reader saw %1 runs mid-publish").arg(n)));
    QCOMPARE(iotest::runCount(ws->db()), kOld + kNew);
}

// Who imported is recorded with the import (schema v8), on both backends
// and through both import paths (staged on SQLite, in place on PostgreSQL).
void TestCsvImport::anImportNamesItsUser()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string csv = iotest::writeFile(
        dir, "few.csv", "model_name,execution_time\nM,1700000000\nN,1700000060\n");
    QCOMPARE(iotest::importFile(ws->db(), csv, ImportFormat::Csv).imported, 2);
    const std::optional<ImportRecord> last = lastImport(ws->db());
    QVERIFY(last);
    QCOMPARE(last->user, workspace::actingUser(ws->db()));
    QVERIFY(!last->user.empty());
}

#include "TestCsvImport.moc"
