#include "IoTestUtil.h"

#include "core/common/Json.h"
#include "core/runs/io/RunExport.h"

#include <QTest>

using namespace kestrel;
using namespace kestrel::runs;

// Declared before the helpers: moc loses its way in their raw strings.
class TestRunExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void roundTrip_data();
    void roundTrip();
    void filtered();
    void failedExportLeavesNoFile();
};

namespace {

// Runs that exercise every field and the awkward characters of CSV.
void fill(workspace::Database& db)
{
    RunStore::Inserter inserter(db);
    const char* models[] = {"BTST", "Options, Chain", "Sector \"Alpha\""};
    for (int i = 0; i < 30; ++i) {
        RunRecord r;
        r.model = models[i % 3];
        r.symbol = i % 4 ? "TCS.NS" : "";
        r.startedAt = 1767225600000 + i * 3'600'123;
        r.status = i % 5 == 0 ? "failed" : "completed";
        if (i % 6)
            r.durationSec = 0.1 * i + 1.0 / 3.0;
        if (i % 2)
            r.accuracy = 0.5 + i / 97.0;
        r.confidence = i % 3 ? std::optional<double>(1.0 / (i + 1)) : std::nullopt;
        r.inputParams = i % 2 ? R"({"lr":0.01,"note":"a, \"b\""})" : "";
        r.outputResults = i % 3 ? R"({"pred":[1,2.5]})" : "";
        r.errorMessage = r.status == "failed" ? "Timeout after 30s,\nfetching 'TCS'" : "";
        r.dataSource = i % 2 ? "yfinance" : "csv";
        if (i % 4 == 1)
            r.memoryMb = 100 + i;
        if (i % 4 == 2)
            r.cpuPercent = 12.25;
        r.experiment = i % 7 ? "" : "exp";
        r.runName = i % 7 ? "" : "run-" + std::to_string(i);
        r.externalId = i % 7 ? "" : "ext-" + std::to_string(i);
        r.tags = i % 7 ? "" : R"({"team":"quant"})";
        inserter.add(r);
    }
}

// Every field but id and creation time, as the comparison of a round trip needs.
void compareRuns(const RunRecord& a, const RunRecord& b)
{
    QCOMPARE(a.model, b.model);
    QCOMPARE(a.symbol, b.symbol);
    QCOMPARE(a.startedAt, b.startedAt);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.durationSec, b.durationSec);
    QCOMPARE(a.accuracy, b.accuracy);
    QCOMPARE(a.confidence, b.confidence);
    // JSON fields may be re-serialised: compare their meaning.
    auto sameJson = [](const std::string& x, const std::string& y) {
        return x.empty() || y.empty() ? x == y : Json::parse(x) == Json::parse(y);
    };
    QVERIFY(sameJson(a.inputParams, b.inputParams));
    QVERIFY(sameJson(a.outputResults, b.outputResults));
    QVERIFY(sameJson(a.tags, b.tags));
    QCOMPARE(a.errorMessage, b.errorMessage);
    QCOMPARE(a.dataSource, b.dataSource);
    QCOMPARE(a.memoryMb, b.memoryMb);
    QCOMPARE(a.cpuPercent, b.cpuPercent);
    QCOMPARE(a.experiment, b.experiment);
    QCOMPARE(a.runName, b.runName);
    QCOMPARE(a.externalId, b.externalId);
}

} // namespace

void TestRunExport::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << "out.csv";
    QTest::newRow("json") << "out.json";
}

void TestRunExport::roundTrip()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    auto source = iotest::newWorkspace(dir, "a.kestrel");
    fill(source->db());
    const std::string path = dir.filePath(file).toStdString();
    Feedback feedback;
    const RunSort byId{RunSortColumn::Id, false};
    const auto format = detectExportFormat(path);
    QCOMPARE(exportRuns(source->db(), {}, byId, path, format, feedback), 30);
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".part")));

    auto target = iotest::newWorkspace(dir, "b.kestrel");
    QCOMPARE(iotest::importFile(target->db(), path, detectImportFormat(path)).imported, 30);
    const auto before = iotest::allRuns(source->db());
    const auto after = iotest::allRuns(target->db());
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i)
        compareRuns(before[i], after[i]);

    if (format == ExportFormat::Json) {
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Json doc = Json::parse(f.readAll().toStdString());
        QVERIFY(doc.is_array());
        // JSON fields are embedded as objects, not strings.
        QVERIFY(doc[1]["input_parameters"].is_object());
        QCOMPARE(doc[0]["execution_time"].get<std::string>(), toIso(before[0].startedAt));
    } else {
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine().trimmed(),
                 QByteArray("id,model_name,symbol,execution_time,status,execution_duration,"
                            "accuracy_score,confidence_level,input_parameters,output_results,"
                            "error_message,data_source,memory_mb,cpu_percent,experiment,run_name,"
                            "external_id,tags"));
    }
}

void TestRunExport::filtered()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    fill(ws->db());
    RunFilter filter;
    filter.models = {"BTST"};
    filter.statuses = {"completed"};
    const std::string path = dir.filePath("f.json").toStdString();
    Feedback feedback;
    const std::int64_t n = exportRuns(ws->db(), filter, {}, path, ExportFormat::Json, feedback);
    RunStore store(ws->db());
    QCOMPARE(n, store.count(filter));
    QVERIFY(n > 0 && n < 30);
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Json doc = Json::parse(f.readAll().toStdString());
    QCOMPARE(static_cast<std::int64_t>(doc.size()), n);
    for (const Json& r : doc) {
        QCOMPARE(r["model_name"].get<std::string>(), std::string("BTST"));
        QCOMPARE(r["status"].get<std::string>(), std::string("completed"));
    }
    // Default sort is newest first.
    QVERIFY(doc[0]["execution_time"].get<std::string>() >
            doc[1]["execution_time"].get<std::string>());
}

void TestRunExport::failedExportLeavesNoFile()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    fill(ws->db());
    const std::string path = dir.filePath("x.csv").toStdString();
    std::stop_source stop;
    stop.request_stop();
    Feedback cancelled({}, stop.get_token());
    // Enough runs to pass the exporter's periodic stop check.
    RunStore::Inserter inserter(ws->db());
    for (int i = 0; i < 5000; ++i) {
        RunRecord r;
        r.model = "bulk";
        r.startedAt = i;
        inserter.add(r);
    }
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             exportRuns(ws->db(), {}, {}, path, ExportFormat::Csv, cancelled));
    QVERIFY(!QFile::exists(QString::fromStdString(path)));
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".part")));

    Feedback feedback;
    QVERIFY_THROWS_EXCEPTION(Error, exportRuns(ws->db(), {}, {},
                                               dir.filePath("no/such/dir/x.csv").toStdString(),
                                               ExportFormat::Csv, feedback));
}

QTEST_GUILESS_MAIN(TestRunExport)
#include "TestRunExport.moc"
