#include "core/detection/AnomalyService.h"

#include "core/common/Error.h"
#include "core/workspace/Workspace.h"

#include <algorithm>

namespace kestrel::detection {

AnomalyService::AnomalyService(workspace::Database& db) : m_db(db), m_store(db), m_detectors(db) {}

AnomalyService::AnomalyService(const std::string& workspacePath)
    : m_owned(std::make_unique<workspace::Database>(workspace::Workspace::connect(workspacePath))),
      m_db(*m_owned), m_store(m_db), m_detectors(m_db)
{
}

AnomalyService::~AnomalyService() = default;

void AnomalyService::expectVersion(std::int64_t id, std::int64_t version)
{
    m_expected = {id, version};
}

std::optional<std::int64_t> AnomalyService::takeExpected(std::int64_t id)
{
    std::optional<std::int64_t> v;
    if (m_expected && m_expected->first == id)
        v = m_expected->second;
    m_expected.reset();
    return v;
}

std::int64_t AnomalyService::changeToken()
{
    return m_db.queryInt(m_db.dialect().changeTokenQuery()).value_or(0);
}

std::vector<DetectorConfig> AnomalyService::detectors()
{
    return m_detectors.list();
}

std::optional<DetectorConfig> AnomalyService::detector(std::int64_t id)
{
    return m_detectors.get(id);
}

std::int64_t AnomalyService::saveDetector(const DetectorConfig& config)
{
    return m_detectors.save(config);
}

void AnomalyService::deleteDetector(std::int64_t id)
{
    m_detectors.remove(id);
}

std::vector<DetectionRunSummary>
AnomalyService::runDetection(std::optional<std::int64_t> detectorId, Feedback& feedback)
{
    DetectionEngine engine(m_db);
    if (!detectorId)
        return engine.runAll(feedback);
    const auto config = m_detectors.get(*detectorId);
    if (!config)
        throw Error("No detector with id " + std::to_string(*detectorId) + ".");
    return {engine.run(*config, feedback)};
}

MetricImportResult AnomalyService::importMetricSeries(const std::string& path,
                                                      const MetricImportOptions& options,
                                                      Feedback& feedback)
{
    return importMetricCsv(m_db, path, options, feedback);
}

std::vector<StoredAnomaly> AnomalyService::anomalies(const AnomalyFilter& filter)
{
    return m_store.query(filter);
}

std::vector<StoredAnomaly> AnomalyService::standingAnomalies(AnomalyFilter filter)
{
    static const std::vector<std::string> kStanding = {state::kOpen, state::kAcknowledged,
                                                       state::kResolved};
    if (filter.states.empty()) {
        filter.states = kStanding;
    } else {
        std::erase_if(filter.states, [](const std::string& s) {
            return std::find(kStanding.begin(), kStanding.end(), s) == kStanding.end();
        });
        if (filter.states.empty())
            return {};
    }
    return m_store.query(filter);
}

bool AnomalyService::detectionHasRun()
{
    return m_store.hasFinishedDetection();
}

std::int64_t AnomalyService::countAnomalies(const AnomalyFilter& filter)
{
    return m_store.count(filter);
}

std::vector<std::string> AnomalyService::anomalyModels()
{
    std::vector<std::string> out;
    workspace::Statement st =
        m_db.prepare("SELECT model_name FROM anomalies GROUP BY model_name ORDER BY " +
                     m_db.dialect().bytewise("model_name"));
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::optional<AnomalyService::AnomalyDetail> AnomalyService::anomaly(std::int64_t id)
{
    auto a = m_store.get(id);
    if (!a)
        return std::nullopt;
    return AnomalyDetail{std::move(*a), m_store.events(id)};
}

ScoredSeries AnomalyService::seriesAround(std::int64_t anomalyId, EpochMs before, EpochMs after,
                                          Feedback& feedback)
{
    const auto a = m_store.get(anomalyId);
    if (!a)
        throw Error("No anomaly with id " + std::to_string(anomalyId) + ".");
    DetectorConfig config;
    if (a->detectorId)
        if (auto c = m_detectors.get(*a->detectorId))
            config = *c;
    if (config.algorithm.empty() || config.name.empty())
        config.algorithm = "seasonal";
    DetectionEngine engine(m_db);
    ScoredSeries full = engine.scoreSeries(config, a->model, a->metric, feedback);
    const EpochMs from = a->start - before;
    const EpochMs to = a->end + after;
    ScoredSeries cut;
    cut.model = full.model;
    cut.metric = full.metric;
    cut.notes = full.notes;
    for (std::size_t i = 0; i < full.times.size(); ++i) {
        if (full.times[i] < from || full.times[i] >= to)
            continue;
        cut.times.push_back(full.times[i]);
        cut.actual.push_back(full.actual[i]);
        cut.expected.push_back(full.expected[i]);
        cut.lower.push_back(full.lower[i]);
        cut.upper.push_back(full.upper[i]);
        cut.scores.push_back(full.scores[i]);
        cut.z.push_back(full.z[i]);
        cut.counts.push_back(full.counts[i]);
        cut.excluded.push_back(full.excluded[i]);
    }
    return cut;
}

std::vector<StoredAnomaly> AnomalyService::markers(const std::string& model,
                                                   const std::string& metric, EpochMs from,
                                                   EpochMs to)
{
    AnomalyFilter f;
    f.models = {model};
    f.metric = metric;
    f.from = from;
    f.to = to;
    f.descending = false;
    return m_store.query(f);
}

void AnomalyService::acknowledge(std::int64_t id, const std::string& note)
{
    m_store.transition(id, state::kAcknowledged, note, takeExpected(id));
}

void AnomalyService::resolve(std::int64_t id, const std::string& note)
{
    if (note.empty())
        throw Error("Resolving an anomaly needs a note saying what was found or done.");
    m_store.transition(id, state::kResolved, note, takeExpected(id));
}

void AnomalyService::markFalsePositive(std::int64_t id, const std::string& reason)
{
    m_store.transition(id, state::kFalsePositive, reason, takeExpected(id));
}

void AnomalyService::reopen(std::int64_t id, const std::string& note)
{
    m_store.transition(id, state::kOpen, note, takeExpected(id));
}

SeverityCounts AnomalyService::openBySeverity()
{
    return m_store.openCountsBySeverity();
}

std::int64_t AnomalyService::exportCsv(const AnomalyFilter& filter, const std::string& path)
{
    return m_store.exportCsv(filter, path);
}

} // namespace kestrel::detection
