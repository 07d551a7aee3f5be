// Quality on the demo workspace (issue 3 §8): the default detectors find
// every planted incident with the right type, precision against the ground
// truth in demo_incidents is at least 0.8, and marking false positives makes
// a re-run raise none of them again without lowering precision.
#include "common/TestBackend.h"
#include "DemoIncidents.h"
#include "core/detection/AnomalyService.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceUrl.h"
#include "core/workspace/pg/WorkspaceCopy.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;
using namespace kestrel::detection;

namespace {

using test::Incident;
using test::incidents;

bool overlaps(const StoredAnomaly& a, const Incident& i)
{
    return a.model == i.model && a.start < i.end && a.end > i.start;
}

bool isTrue(const StoredAnomaly& a, const std::vector<Incident>& truth)
{
    return std::any_of(truth.begin(), truth.end(),
                       [&](const Incident& i) { return overlaps(a, i); });
}

double precision(const std::vector<StoredAnomaly>& found, const std::vector<Incident>& truth)
{
    if (found.empty())
        return 1.0;
    const auto hits = std::count_if(found.begin(), found.end(),
                                    [&](const StoredAnomaly& a) { return isTrue(a, truth); });
    return static_cast<double>(hits) / static_cast<double>(found.size());
}

// Every anomaly at or above the default 'low' severity (all stored ones) that is not a reviewed
// false positive.
std::vector<StoredAnomaly> raised(AnomalyService& service)
{
    AnomalyFilter f;
    f.states = {"open", "acknowledged", "resolved"};
    f.severities = {"low", "medium", "high", "critical"};
    f.descending = false;
    return service.anomalies(f);
}

void describe(const std::vector<StoredAnomaly>& found, const std::vector<Incident>& truth)
{
    for (const StoredAnomaly& a : found)
        qInfo("  %s %-10.10s %-24s %-13s %-24s %s..%s score %.3f actual %.4g expected %.4g",
              isTrue(a, truth) ? "TP" : "FP", a.detectorName.c_str(), a.model.c_str(),
              a.metric.c_str(), a.type.c_str(), toIso(a.start).c_str(), toIso(a.end).c_str(),
              a.score, a.actual, a.expected);
}

} // namespace

class TestDetectionDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyIncidentFoundWithItsType();
    void falsePositiveFeedbackRaisesPrecision();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    std::vector<Incident> m_truth;
    double m_precision = 0;
};

void TestDetectionDemo::initTestCase()
{
    KESTREL_START_BACKEND();
    // The demo is generated into a SQLite file; on PostgreSQL the team
    // workspace is that file copied (`kestrel workspace copy`), so both
    // backends detect over the same runs.
    const std::string file = m_dir.filePath("demo.kestrel").toStdString();
    {
        auto source = workspace::Workspace::create(file);
        runs::DemoOptions options;
        options.seed = 42;
        options.runs = 100'000;
        options.end = 1'780'272'000'000; // 2026-06-01T00:00:00Z, an hour boundary
        options.priceDays = 30;
        Feedback fb;
        const auto summary = runs::generateDemo(source->db(), options, fb);
        QCOMPARE(summary.runs, std::int64_t(100'000));
    }
    if (test::onPostgres()) {
        const std::string team = test::unusedWorkspace(m_dir, "demo");
        workspace::pg::copyWorkspace(workspace::WorkspaceUrl::parse(file),
                                     workspace::WorkspaceUrl::parse(team));
        m_ws = workspace::Workspace::open(team);
    } else {
        m_ws = workspace::Workspace::open(file);
    }
    m_truth = incidents(m_ws->db());
    QVERIFY(m_truth.size() >= 5);
}

void TestDetectionDemo::everyIncidentFoundWithItsType()
{
    AnomalyService service(m_ws->db());
    Feedback fb;
    QElapsedTimer timer;
    timer.start();
    const auto runs = service.runDetection(std::nullopt, fb);
    qInfo("all default detectors: %lld ms, %zu detectors", static_cast<long long>(timer.elapsed()),
          runs.size());
    QCOMPARE(runs.size(), service.detectors().size());
    for (const auto& r : runs)
        qInfo("  %-40s points %lld anomalies %lld", r.detectorName.c_str(),
              static_cast<long long>(r.pointsScored), static_cast<long long>(r.anomaliesFound));

    const std::vector<StoredAnomaly> found = raised(service);
    describe(found, m_truth);
    for (const Incident& i : m_truth) {
        const bool hit = std::any_of(found.begin(), found.end(), [&](const StoredAnomaly& a) {
            return overlaps(a, i) && a.type == i.type;
        });
        QVERIFY2(hit, qPrintable(QString("incident not found: %1 %2 %3 %4..%5")
                                     .arg(i.model.c_str(), i.metric.c_str(), i.type.c_str(),
                                          toIso(i.start).c_str(), toIso(i.end).c_str())));
    }
    m_precision = precision(found, m_truth);
    qInfo("precision against demo_incidents: %.3f (%zu anomalies)", m_precision, found.size());
    QVERIFY2(m_precision >= 0.8, qPrintable(QString("precision %1").arg(m_precision)));
}

void TestDetectionDemo::falsePositiveFeedbackRaisesPrecision()
{
    AnomalyService service(m_ws->db());
    // The defaults raise no false positive on the demo; a user's more
    // sensitive latency detector does, which is what feedback is for.
    DetectorConfig sensitive;
    sensitive.name = "Latency p95 (sensitive)";
    sensitive.metrics = {"duration_p95"};
    sensitive.algorithm = "seasonal";
    sensitive.detection =
        Json{{"direction", "up"}, {"log", true}, {"min_count", 3}, {"min_ratio", 1.8}};
    service.saveDetector(sensitive);
    Feedback fb;
    service.runDetection(std::nullopt, fb);
    const std::vector<StoredAnomaly> before = raised(service);
    const double precisionBefore = precision(before, m_truth);
    qInfo("with the sensitive detector: precision %.3f (%zu anomalies)", precisionBefore,
          before.size());
    QVERIFY(precisionBefore < 1.0);
    std::vector<StoredAnomaly> marked;
    for (const StoredAnomaly& a : before)
        if (!isTrue(a, m_truth)) {
            service.markFalsePositive(a.id, "no incident was planted here");
            marked.push_back(a);
        }
    qInfo("marked %zu false positives", marked.size());

    const auto runs = service.runDetection(std::nullopt, fb);
    std::vector<StoredAnomaly> fresh;
    for (const auto& r : runs)
        fresh.insert(fresh.end(), r.anomalies.begin(), r.anomalies.end());
    // No new anomaly repeats a false positive (same detector, model, metric, overlapping window).
    for (const StoredAnomaly& a : fresh)
        for (const StoredAnomaly& m : marked)
            QVERIFY2(
                !(a.detectorId == m.detectorId && a.model == m.model && a.metric == m.metric &&
                  a.start < m.end && a.end > m.start),
                qPrintable(QString("false positive raised again: %1 %2 %3")
                               .arg(a.model.c_str(), a.metric.c_str(), toIso(a.start).c_str())));
    // Every incident is still found.
    for (const Incident& i : m_truth)
        QVERIFY(std::any_of(fresh.begin(), fresh.end(), [&](const StoredAnomaly& a) {
            return overlaps(a, i) && a.type == i.type;
        }));
    const double after = precision(fresh, m_truth);
    qInfo("precision after feedback: %.3f (before %.3f, %zu anomalies)", after, precisionBefore,
          fresh.size());
    QVERIFY(!marked.empty());
    QVERIFY(after > precisionBefore);
    QVERIFY(after >= m_precision);
}

QTEST_GUILESS_MAIN(TestDetectionDemo)
#include "TestDetectionDemo.moc"
