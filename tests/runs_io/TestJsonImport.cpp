#include "IoTestUtil.h"

#include "core/common/Json.h"

#include <QTest>

using namespace kestrel;
using namespace kestrel::runs;

class TestJsonImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void array();
    void lines();
    void externalIdsInOrder();
    void malformed_data();
    void malformed();
};

void TestJsonImport::array()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path = iotest::writeFile(dir, "runs.json", R"([
  {"model_name": "BTST", "symbol": "TCS.NS", "execution_time": "2026-03-01T10:00:00Z",
   "status": "completed", "execution_duration": 2.5, "accuracy_score": 0.75,
   "confidence_level": "0.5", "input_parameters": {"lr": 0.1, "layers": [1, 2]},
   "output_results": "{\"pred\": 101.5}", "tags": {"team": "quant"}, "id": 99, "unknown": true},
  {"model": "LSTM", "timestamp": 1772359200, "duration": null, "status": "FAILED",
   "error_message": "Rate limit \"429\"", "data_source": "fyers", "memory_mb": 512, "cpu_percent": 37.5,
   "external_id": "abc-1", "run_name": "first", "experiment": "exp"}
])");
    const ImportResult result = iotest::importFile(ws->db(), path, ImportFormat::Json);
    QCOMPARE(result.imported, 2);
    const auto runs = iotest::allRuns(ws->db());
    QCOMPARE(runs[0].model, std::string("BTST"));
    QCOMPARE(runs[0].startedAt, *parseTime("2026-03-01T10:00:00Z"));
    QCOMPARE(*runs[0].durationSec, 2.5);
    QCOMPARE(*runs[0].accuracy, 0.75);
    QCOMPARE(*runs[0].confidence, 0.5);
    QVERIFY(Json::parse(runs[0].inputParams) == Json::parse(R"({"lr": 0.1, "layers": [1, 2]})"));
    QCOMPARE(Json::parse(runs[0].outputResults)["pred"].get<double>(), 101.5);
    QCOMPARE(Json::parse(runs[0].tags)["team"].get<std::string>(), std::string("quant"));

    QCOMPARE(runs[1].model, std::string("LSTM"));
    QCOMPARE(runs[1].startedAt, EpochMs(1772359200000));
    QVERIFY(!runs[1].durationSec);
    QCOMPARE(runs[1].status, std::string("failed"));
    QCOMPARE(runs[1].errorMessage, std::string("Rate limit \"429\""));
    QCOMPARE(runs[1].dataSource, std::string("fyers"));
    QCOMPARE(*runs[1].memoryMb, 512.0);
    QCOMPARE(*runs[1].cpuPercent, 37.5);
    QCOMPARE(runs[1].externalId, std::string("abc-1"));
    QCOMPARE(runs[1].runName, std::string("first"));
    QCOMPARE(runs[1].experiment, std::string("exp"));
}

void TestJsonImport::lines()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path = iotest::writeFile(
        dir, "runs.jsonl",
        "{\"model_name\": \"A\", \"execution_time\": \"2026-01-01\", \"accuracy_score\": 0.1}\n"
        "\n"
        "{\"model_name\": \"B\", \"execution_time\": \"2026-01-02\", \"input_parameters\": {\"k\": "
        "1}}\r\n"
        "{\"model_name\": \"C\", \"execution_time\": 1767312000000}");
    QCOMPARE(iotest::importFile(ws->db(), path, ImportFormat::Jsonl).imported, 3);
    const auto runs = iotest::allRuns(ws->db());
    QCOMPARE(runs[0].model, std::string("A"));
    QCOMPARE(*runs[0].accuracy, 0.1);
    QCOMPARE(Json::parse(runs[1].inputParams)["k"].get<int>(), 1);
    QCOMPARE(runs[2].startedAt, EpochMs(1767312000000));
}

// Runs without an external id go in several to a statement, runs with one
// one at a time after a lookup: the file's order survives, a repeated id in
// the file (or one the workspace holds) is skipped, and a second import of
// the same file adds nothing: runs with an id are known by it, runs without
// one by their fingerprint.
void TestJsonImport::externalIdsInOrder()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    std::string text;
    std::vector<std::string> expected;
    for (int i = 0; i < 1500; ++i) {
        std::string id;
        if (i % 37 == 5)
            id = "run-" + std::to_string(i);
        if (i % 101 == 50)
            id = "run-5"; // a repeat of the first id
        text += "{\"model_name\": \"M" + std::to_string(i) +
                "\", \"execution_time\": " + std::to_string(1767312000000 + i) +
                (id.empty() ? "" : ", \"external_id\": \"" + id + "\"") + "}\n";
        if (id != "run-5" || i == 5)
            expected.push_back("M" + std::to_string(i));
    }
    const std::string path = iotest::writeFile(dir, "runs.jsonl", QByteArray::fromStdString(text));
    const ImportResult first = iotest::importFile(ws->db(), path, ImportFormat::Jsonl);
    QCOMPARE(first.imported, static_cast<std::int64_t>(expected.size()));
    QCOMPARE(first.skipped, static_cast<std::int64_t>(1500 - expected.size()));
    const auto runs = iotest::allRuns(ws->db());
    QCOMPARE(runs.size(), expected.size());
    for (std::size_t i = 0; i < runs.size(); ++i)
        QCOMPARE(runs[i].model, expected[i]);

    const ImportResult second = iotest::importFile(ws->db(), path, ImportFormat::Jsonl);
    QCOMPARE(second.skipped, 1500);
    QCOMPARE(second.duplicates, 1500);
    QCOMPARE(second.imported, 0);
    QCOMPARE(iotest::runCount(ws->db()), static_cast<std::int64_t>(expected.size()));
}

void TestJsonImport::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");

    const QByteArray a = "{\"model_name\": \"A\", \"execution_time\": \"2026-01-01\"}";
    // Line 3 is `  {"model_name": "B" "execution_time": 1}`: the missing comma
    // is noticed on reading the string "execution_time" (columns 22-37); the
    // parser reports the last character it read.
    QTest::newRow("array syntax") << "runs.json"
                                  << "[\n  " + a +
                                         ",\n  {\"model_name\": \"B\" \"execution_time\": 1}\n]"
                                  << 3LL << 37LL
                                  << "runs.json:3:37: syntax error while parsing object";
    QTest::newRow("array truncated") << "runs.json"
                                     << "[\n  " + a + ",\n"
                                     << 3LL << 1LL << "runs.json:3:1:";
    QTest::newRow("array bad number")
        << "runs.json"
        << "[\n  " + a +
               ",\n\n    {\"model_name\": \"B\", \"execution_time\": 1, \"accuracy_score\": "
               "\"high\"}\n]"
        << 4LL << 5LL << "runs.json:4:5: run 2: 'high' is not a number (key 'accuracy_score')";
    QTest::newRow("array not array") << "runs.json" << a << 1LL << 1LL << "expected a JSON array";
    QTest::newRow("array missing model") << "runs.json" << QByteArray("[{\"execution_time\": 1}]")
                                         << 1LL << 2LL << "has no model_name";
    QTest::newRow("lines syntax") << "runs.jsonl" << a + "\n" + a + "\n{\"model_name\": \"C\", }\n"
                                  << 3LL << 21LL << "runs.jsonl:3:21: syntax error";
    QTest::newRow("lines bad time")
        << "runs.jsonl" << a + "\n\n  {\"model_name\": \"C\", \"execution_time\": \"soon\"}\n"
        << 3LL << 3LL << "runs.jsonl:3:3: 'soon' is not a time";
    QTest::newRow("lines not object") << "runs.jsonl" << a + "\n[1, 2]\n"
                                      << 2LL << 1LL << "must be a JSON object";
}

void TestJsonImport::malformed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string path = iotest::writeFile(dir, file, text);
    const auto format = file.endsWith("l") ? ImportFormat::Jsonl : ImportFormat::Json;
    const auto failure = iotest::importFailure(ws->db(), path, format);
    QVERIFY2(failure, "the import should fail");
    QVERIFY2(failure->message.contains(message), qPrintable(failure->message));
    QCOMPARE(failure->line, line);
    QCOMPARE(failure->column, column);
    QCOMPARE(iotest::runCount(ws->db()), 0);
}

QTEST_GUILESS_MAIN(TestJsonImport)
#include "TestJsonImport.moc"
