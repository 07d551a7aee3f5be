// Unit tests of the detection pipeline on small, hand-built workspaces:
// hourly metrics against numbers computed independently (pandas, see
// tests/data/detection/hourly_reference.py), the default detector set, the
// review flow with its events, feedback reaching detection, CSV import and export.
#include "common/TestBackend.h"
#include "core/common/Error.h"
#include "core/detection/AnomalyService.h"
#include "core/detection/HourlyMetrics.h"
#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"
#include "core/workspace/CurrentUser.h"
#include "core/workspace/Migrations.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace kestrel;
using namespace kestrel::detection;

namespace {

constexpr EpochMs kStart = 1'767'225'600'000; // 2026-01-01T00:00:00Z, a Thursday

// A reference CSV row: model, hour (ms), then the metrics (empty = NaN).
struct RefRow
{
    std::string model;
    EpochMs hour = 0;
    std::vector<double> values;
};

std::vector<RefRow> readReference(const QString& path)
{
    std::ifstream in(path.toStdString());
    std::string line;
    std::getline(in, line); // header
    std::vector<RefRow> rows;
    while (std::getline(in, line)) {
        std::stringstream ss(line);
        std::string field;
        RefRow r;
        std::getline(ss, r.model, ',');
        std::getline(ss, field, ',');
        r.hour = std::stoll(field);
        while (std::getline(ss, field, ','))
            r.values.push_back(field.empty() ? std::nan("") : std::stod(field));
        while (r.values.size() < 7)
            r.values.push_back(std::nan(""));
        rows.push_back(r);
    }
    return rows;
}

// Runs of one model with a steady rhythm and, between hours spikeFrom and
// spikeTo, durations ten times the usual.
void addSteadyRuns(workspace::Database& db, const std::string& model, int hours, int spikeFrom,
                   int spikeTo)
{
    runs::RunStore::Inserter ins(db);
    std::uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) * 0x1.0p-53;
    };
    for (int h = 0; h < hours; ++h) {
        for (int k = 0; k < 6; ++k) {
            runs::RunRecord r;
            r.model = model;
            r.symbol = "AAPL";
            r.startedAt = kStart + h * kMsPerHour + k * 600'000;
            r.status = "completed";
            double d = 10.0 * (0.9 + 0.2 * next());
            if (h >= spikeFrom && h < spikeTo)
                d *= 10.0;
            r.durationSec = d;
            r.accuracy = 0.7 + 0.02 * next();
            r.memoryMb = 500 + 10 * next();
            r.cpuPercent = 40 + 5 * next();
            r.createdAt = r.startedAt + static_cast<EpochMs>(d * 1000);
            ins.add(r);
        }
    }
}

DetectorConfig latencyDetector()
{
    DetectorConfig c;
    c.name = "latency test";
    c.metrics = {"duration_p95"};
    c.algorithm = "mad";
    c.detection = Json{{"direction", "up"}, {"window", 48}, {"log", true}, {"min_ratio", 1.5}};
    return c;
}

} // namespace

class TestDetectionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void hourlyMetricsMatchPandas();
    void defaultDetectorsExist();
    void detectorValidation();
    void reviewFlowRecordsEvents();
    void falsePositiveFeedsBack();
    void importedSeriesAreWatched();
    void aPointImportedAgainReplacesTheLast();
    void detectorChangesNameTheUser();
    void exportWritesCsv();
    void cancelledRunStoresNothing();
    void migratedWorkspaceGetsDefaults();
};

void TestDetectionStore::hourlyMetricsMatchPandas()
{
    // runs.csv and hourly_reference.csv come from hourly_reference.py.
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "h"));
    std::ifstream in(QString(KESTREL_TEST_DATA_DIR "/detection/runs.csv").toStdString());
    QVERIFY(in.good());
    std::string line;
    std::getline(in, line);
    {
        runs::RunStore::Inserter ins(ws->db());
        while (std::getline(in, line)) {
            std::stringstream ss(line);
            std::vector<std::string> f;
            std::string x;
            while (std::getline(ss, x, ','))
                f.push_back(x);
            while (f.size() < 7)
                f.emplace_back();
            runs::RunRecord r;
            r.model = f[0];
            r.startedAt = std::stoll(f[1]);
            r.status = f[2];
            if (!f[3].empty())
                r.durationSec = std::stod(f[3]);
            if (!f[4].empty())
                r.accuracy = std::stod(f[4]);
            if (!f[5].empty())
                r.memoryMb = std::stod(f[5]);
            if (!f[6].empty())
                r.cpuPercent = std::stod(f[6]);
            r.createdAt = r.startedAt;
            ins.add(r);
        }
    }
    const std::vector<RefRow> ref =
        readReference(KESTREL_TEST_DATA_DIR "/detection/hourly_reference.csv");
    QVERIFY(!ref.empty());
    Feedback fb;
    const HourRange range{hourFloor(ref.front().hour), ref.back().hour + kMsPerHour};
    const auto hours = computeHourlyMetrics(ws->db(), range, fb);
    std::size_t checked = 0;
    for (const RefRow& r : ref) {
        const auto mh = std::find_if(hours.begin(), hours.end(),
                                     [&](const ModelHours& m) { return m.model == r.model; });
        QVERIFY(mh != hours.end());
        const auto& row = mh->hours[static_cast<std::size_t>((r.hour - range.from) / kMsPerHour)];
        const double err = row.ended
                               ? static_cast<double>(row.failed) / static_cast<double>(row.ended)
                               : std::nan("");
        const std::vector<double> mine = {
            row.durationP50, row.durationP95, err, row.accuracy, static_cast<double>(row.runs),
            row.memory,      row.cpu};
        for (std::size_t k = 0; k < 7; ++k) {
            if (std::isnan(r.values[k])) {
                QVERIFY2(
                    std::isnan(mine[k]),
                    qPrintable(
                        QString("%1 hour %2 metric %3").arg(r.model.c_str()).arg(r.hour).arg(k)));
            } else {
                // Tolerance 1e-9 relative: both sides are double arithmetic.
                QVERIFY2(std::abs(mine[k] - r.values[k]) <=
                             1e-9 * std::max(1.0, std::abs(r.values[k])),
                         qPrintable(QString("%1 hour %2 metric %3: %4 vs %5")
                                        .arg(r.model.c_str())
                                        .arg(r.hour)
                                        .arg(k)
                                        .arg(mine[k])
                                        .arg(r.values[k])));
            }
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestDetectionStore::defaultDetectorsExist()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "d"));
    AnomalyService service(ws->db());
    const auto configs = service.detectors();
    QCOMPARE(configs.size(), std::size_t(6));
    QStringList algorithms;
    for (const DetectorConfig& c : configs) {
        QVERIFY(!c.metrics.empty());
        c.validate();
        algorithms << QString::fromStdString(c.algorithm);
        QCOMPARE(c.severityThresholds().low, 0.5);
        QCOMPARE(c.severityThresholds().critical, 0.95);
    }
    QVERIFY(algorithms.contains("seasonal"));
    QVERIFY(algorithms.contains("mad"));
    QVERIFY(algorithms.contains("iforest"));
}

void TestDetectionStore::detectorValidation()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "v"));
    AnomalyService service(ws->db());
    DetectorConfig c = latencyDetector();
    c.algorithm = "magic";
    QVERIFY_THROWS_EXCEPTION(Error, service.saveDetector(c));
    c = latencyDetector();
    c.thresholds = Json{{"low", 0.9}, {"medium", 0.7}};
    QVERIFY_THROWS_EXCEPTION(Error, service.saveDetector(c));
    c = latencyDetector();
    c.name = "Latency p95 (seasonal)"; // a default detector's name
    QVERIFY_THROWS_EXCEPTION(Error, service.saveDetector(c));
    c = latencyDetector();
    const auto id = service.saveDetector(c);
    auto back = service.detector(id);
    QVERIFY(back);
    QCOMPARE(back->detection.value("window", 0), 48);
    service.deleteDetector(id);
    QVERIFY(!service.detector(id));
}

void TestDetectionStore::reviewFlowRecordsEvents()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "r"));
    addSteadyRuns(ws->db(), "M", 24 * 7, 100, 104);
    AnomalyService service(ws->db());
    const auto id = service.saveDetector(latencyDetector());
    Feedback fb;
    const auto runs = service.runDetection(id, fb);
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs[0].anomaliesFound, std::int64_t(1));
    const StoredAnomaly& a = runs[0].anomalies[0];
    // The four slow hours are one anomaly, not four.
    QCOMPARE(a.start, kStart + 100 * kMsPerHour);
    QCOMPARE(a.end, kStart + 104 * kMsPerHour);
    QCOMPARE(a.type, std::string("latency_spike"));
    QVERIFY(a.score >= 0.5);
    QVERIFY(a.actual > 5 * a.expected);
    QCOMPARE(service.openBySeverity().total(), std::int64_t(1));

    QVERIFY_THROWS_EXCEPTION(Error, service.resolve(a.id, ""));
    service.acknowledge(a.id, "looking");
    QVERIFY_THROWS_EXCEPTION(Error, service.acknowledge(a.id)); // already acknowledged
    service.resolve(a.id, "feed was slow; fixed upstream");
    const auto detail = service.anomaly(a.id);
    QVERIFY(detail);
    QCOMPARE(detail->anomaly.state, std::string("resolved"));
    QCOMPARE(detail->anomaly.note, std::string("feed was slow; fixed upstream"));
    QCOMPARE(detail->events.size(), std::size_t(2));
    QCOMPARE(detail->events[0].fromState, std::string("open"));
    QCOMPARE(detail->events[0].toState, std::string("acknowledged"));
    QCOMPARE(detail->events[1].toState, std::string("resolved"));
    QCOMPARE(detail->events[1].user, workspace::actingUser(ws->db()));
    QVERIFY(!detail->events[1].user.empty());
    QCOMPARE(service.openBySeverity().total(), std::int64_t(0));

    // Filters and paging.
    AnomalyFilter f;
    f.states = {"resolved"};
    QCOMPARE(service.countAnomalies(f), std::int64_t(1));
    f.states = {"open"};
    QCOMPARE(service.countAnomalies(f), std::int64_t(0));
    f = {};
    f.types = {"latency_spike"};
    f.from = kStart + 103 * kMsPerHour;
    f.to = kStart + 110 * kMsPerHour;
    QCOMPARE(service.anomalies(f).size(), std::size_t(1));
    f.from = kStart + 104 * kMsPerHour;
    QCOMPARE(service.anomalies(f).size(), std::size_t(0));

    // The chart's series covers the window with a band around the expectation.
    const ScoredSeries s = service.seriesAround(a.id, 12 * kMsPerHour, 12 * kMsPerHour, fb);
    QCOMPARE(s.times.size(), std::size_t(28));
    for (std::size_t i = 0; i < s.times.size(); ++i) {
        QVERIFY(s.lower[i] <= s.expected[i] && s.expected[i] <= s.upper[i]);
        const bool inside = s.times[i] >= a.start && s.times[i] < a.end;
        QCOMPARE(s.actual[i] > s.upper[i], inside);
    }
}

void TestDetectionStore::falsePositiveFeedsBack()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "f"));
    addSteadyRuns(ws->db(), "M", 24 * 7, 100, 104);
    AnomalyService service(ws->db());
    const auto id = service.saveDetector(latencyDetector());
    Feedback fb;
    auto first = service.runDetection(id, fb);
    QCOMPARE(first[0].anomaliesFound, std::int64_t(1));
    const StoredAnomaly a = first[0].anomalies[0];
    QVERIFY_THROWS_EXCEPTION(Error, service.markFalsePositive(a.id, "")); // a reason is required
    service.markFalsePositive(a.id, "planned load test");

    // The threshold for this detector, model and metric rose to the score.
    AnomalyStore store(ws->db());
    const auto threshold = store.feedbackThreshold(id, "M", "duration_p95");
    QVERIFY(threshold);
    QCOMPARE(*threshold, a.score);

    auto second = service.runDetection(id, fb);
    QCOMPARE(second[0].anomaliesFound, std::int64_t(0));
    AnomalyFilter f;
    f.detectorId = id;
    QCOMPARE(service.countAnomalies(f), std::int64_t(1)); // only the false positive itself

    // The window leaves the baseline: scoring the series marks those points excluded.
    DetectionEngine engine(ws->db());
    const ScoredSeries s = engine.scoreSeries(latencyDetector(), "M", "duration_p95", fb);
    std::int64_t excluded = 0;
    for (std::size_t i = 0; i < s.times.size(); ++i)
        if (s.excluded[i]) {
            ++excluded;
            QVERIFY(s.times[i] >= a.start && s.times[i] < a.end);
        }
    QCOMPARE(excluded, std::int64_t(4));

    // A later, stronger spike of the same kind is still raised.
    addSteadyRuns(ws->db(), "M", 0, 0, 0);
    {
        runs::RunStore::Inserter ins(ws->db());
        for (int k = 0; k < 6; ++k) {
            runs::RunRecord r;
            r.model = "M";
            r.startedAt = kStart + (24 * 7) * kMsPerHour + k * 600'000;
            r.durationSec = 100000.0;
            r.createdAt = r.startedAt;
            ins.add(r);
        }
    }
    DetectionEngine later(ws->db(), HourRange{kStart, kStart + (24 * 7 + 1) * kMsPerHour});
    const auto third = later.run(*service.detector(id), fb);
    const bool lastHourFlagged =
        std::any_of(third.anomalies.begin(), third.anomalies.end(),
                    [](const StoredAnomaly& x) { return x.start == kStart + 24 * 7 * kMsPerHour; });
    // Raised only if it scores above the false positive's score.
    QCOMPARE(lastHourFlagged, a.score < 1.0);
}

void TestDetectionStore::importedSeriesAreWatched()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "i"));
    const QString csv = dir.filePath("queue.csv");
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,queue_depth,workers\n");
        for (int h = 0; h < 200; ++h) {
            const double depth = h == 150 ? 400.0 : 20.0 + (h % 5);
            f.write(QString("%1,%2,8\n")
                        .arg(QString::fromStdString(toIso(kStart + h * kMsPerHour)))
                        .arg(depth)
                        .toUtf8());
        }
    }
    AnomalyService service(ws->db());
    Feedback fb;
    MetricImportOptions options;
    options.component = "ingest";
    const auto result = service.importMetricSeries(csv.toStdString(), options, fb);
    QCOMPARE(result.points, std::int64_t(400));
    QCOMPARE(result.metrics.size(), std::size_t(2));

    DetectorConfig c;
    c.name = "queue";
    c.metrics = {"queue_depth"};
    c.algorithm = "mad";
    const auto id = service.saveDetector(c);
    const auto runs = service.runDetection(id, fb);
    QCOMPARE(runs[0].anomaliesFound, std::int64_t(1));
    QCOMPARE(runs[0].anomalies[0].model, std::string("ingest"));
    QCOMPARE(runs[0].anomalies[0].time, kStart + 150 * kMsPerHour);
    QCOMPARE(runs[0].anomalies[0].type, std::string("unusual_pattern"));

    // A bad value imports nothing and names the line and column.
    const QString bad = dir.filePath("bad.csv");
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,other\n2026-01-01T00:00:00Z,1\n2026-01-01T01:00:00Z,abc\n");
    }
    options.columns = {"other"};
    try {
        service.importMetricSeries(bad.toStdString(), options, fb);
        QFAIL("a non-numeric value was accepted");
    } catch (const Error& e) {
        const QString msg = e.what();
        QVERIFY2(msg.contains("other") && msg.contains("3"), qPrintable(msg));
    }
    QCOMPARE(
        ws->db().queryInt("SELECT count(*) FROM metric_series WHERE metric='other'").value_or(-1),
        0);

    // An out-of-range cell in an auto-detected column is refused, not the column dropped.
    const QString huge = dir.filePath("huge.csv");
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,lat\n2026-01-01T00:00:00Z,1\n2026-01-01T01:00:00Z,1e999\n");
    }
    options.columns.clear();
    try {
        service.importMetricSeries(huge.toStdString(), options, fb);
        QFAIL("a column with 1e999 was silently dropped");
    } catch (const Error& e) {
        const QString msg = e.what();
        QVERIFY2(msg.contains("huge.csv") && msg.contains("line 3") && msg.contains("1e999"),
                 qPrintable(msg));
    }
}

// The same metric and time twice in a file, then the file again with new
// values: the last point wins, nothing is doubled (both backends: a prepared
// upsert a row on SQLite, COPY and one upsert on PostgreSQL).
void TestDetectionStore::aPointImportedAgainReplacesTheLast()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "u"));
    AnomalyService service(ws->db());
    Feedback fb;
    MetricImportOptions options;
    options.component = "ingest";
    auto write = [&](const QString& name, double scale) {
        const QString csv = dir.filePath(name);
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write("time,depth\n");
        for (int h = 0; h < 3000; ++h)
            f.write(QString("%1,%2\n")
                        .arg(QString::fromStdString(toIso(kStart + h * kMsPerHour)))
                        .arg(h * scale)
                        .toUtf8());
        // Hour 10 again, later in the file.
        f.write(QString("%1,-1\n")
                    .arg(QString::fromStdString(toIso(kStart + 10 * kMsPerHour)))
                    .toUtf8());
        return csv;
    };
    const QString first = write("first.csv", 1.0);
    QCOMPARE(service.importMetricSeries(first.toStdString(), options, fb).points,
             std::int64_t(3001));
    auto& db = ws->db();
    QCOMPARE(db.queryInt("SELECT count(*) FROM metric_series").value_or(-1), 3000);
    auto valueAt = [&](int hour) {
        workspace::Statement st =
            db.prepare("SELECT value, source FROM metric_series WHERE model_name = 'ingest' AND "
                       "metric = 'depth' AND time = ?");
        st.bind(1, static_cast<std::int64_t>(kStart + hour * kMsPerHour));
        return st.step() ? std::make_pair(st.real(0), st.text(1))
                         : std::make_pair(0.0, std::string());
    };
    QCOMPARE(valueAt(10).first, -1.0);
    QCOMPARE(valueAt(11).first, 11.0);

    const QString second = write("second.csv", 2.0);
    service.importMetricSeries(second.toStdString(), options, fb);
    QCOMPARE(db.queryInt("SELECT count(*) FROM metric_series").value_or(-1), 3000);
    QCOMPARE(valueAt(10).first, -1.0);
    QCOMPARE(valueAt(2999), std::make_pair(5998.0, std::string("second.csv")));
}

// Who last changed a detector is stored with it (schema v8), on creation and
// on every save.
void TestDetectionStore::detectorChangesNameTheUser()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "who"));
    AnomalyService service(ws->db());
    DetectorConfig c = latencyDetector();
    c.id = service.saveDetector(c);
    auto updatedBy = [&] {
        workspace::Statement st =
            ws->db().prepare("SELECT updated_by FROM detector_configs WHERE id = ?");
        st.bind(1, c.id);
        return st.step() ? st.text(0) : std::string("(no detector)");
    };
    QCOMPARE(updatedBy(), workspace::actingUser(ws->db()));
    ws->db().exec("UPDATE detector_configs SET updated_by = 'someone else'");
    c.enabled = false;
    service.saveDetector(c);
    QCOMPARE(updatedBy(), workspace::actingUser(ws->db()));
}

void TestDetectionStore::exportWritesCsv()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "e"));
    addSteadyRuns(ws->db(), "M", 24 * 7, 100, 104);
    AnomalyService service(ws->db());
    const auto id = service.saveDetector(latencyDetector());
    Feedback fb;
    service.runDetection(id, fb);
    const QString out = dir.filePath("anomalies.csv");
    QCOMPARE(service.exportCsv({}, out.toStdString()), std::int64_t(1));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("id,time,start,end,detector,model,metric,type,score"));
    QVERIFY(lines[1].contains("latency_spike"));
    QVERIFY(lines[1].contains("latency test"));
}

void TestDetectionStore::cancelledRunStoresNothing()
{
    QTemporaryDir dir;
    auto ws = workspace::Workspace::open(test::newWorkspace(dir, "c"));
    addSteadyRuns(ws->db(), "M", 24 * 7, 100, 104);
    AnomalyService service(ws->db());
    const auto id = service.saveDetector(latencyDetector());
    std::stop_source stop;
    stop.request_stop();
    Feedback fb(nullptr, stop.get_token());
    QVERIFY_THROWS_EXCEPTION(Cancelled, service.runDetection(id, fb));
    QCOMPARE(service.countAnomalies({}), std::int64_t(0));
    QCOMPARE(ws->db()
                 .queryInt("SELECT count(*) FROM detection_runs WHERE status='cancelled'")
                 .value_or(0),
             1);

    // Progress reaches 1 on a finished run, and the run row says what it did.
    std::vector<double> progress;
    Feedback watched([&](double f) { progress.push_back(f); }, std::stop_token{});
    service.runDetection(id, watched);
    QVERIFY(!progress.empty());
    QCOMPARE(progress.back(), 1.0);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    auto st = ws->db().prepare(
        "SELECT points_scored, anomalies_found, status FROM detection_runs ORDER BY id DESC");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), std::int64_t(24 * 7));
    QCOMPARE(st.int64(1), std::int64_t(1));
    QCOMPARE(st.text(2), std::string("finished"));
}

void TestDetectionStore::migratedWorkspaceGetsDefaults()
{
    // A workspace written at schema v1 (before detection existed).
    if (test::onPostgres())
        QSKIP("SQLite file only: builds a schema v1 file by hand");
    QTemporaryDir dir;
    const std::string path = dir.filePath("old.kestrel").toStdString();
    {
        workspace::Database db(path, workspace::Database::Access::ReadWriteCreate);
        db.exec(workspace::migrations()[0]);
        db.exec("PRAGMA user_version=1");
        db.exec("PRAGMA application_id=" + std::to_string(workspace::Workspace::kApplicationId));
    }
    auto ws = workspace::Workspace::open(path);
    QCOMPARE(ws->schemaVersion(), workspace::currentSchemaVersion());
    AnomalyService service(ws->db());
    QCOMPARE(service.detectors().size(), std::size_t(6));
    Feedback fb;
    // Detection on a workspace without runs finds nothing and says so.
    const auto runs = service.runDetection(std::nullopt, fb);
    QCOMPARE(runs.size(), std::size_t(6));
    for (const auto& r : runs)
        QCOMPARE(r.anomaliesFound, std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestDetectionStore)
#include "TestDetectionStore.moc"
