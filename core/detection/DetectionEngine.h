#pragma once

#include "core/common/Progress.h"
#include "core/detection/AnomalyStore.h"
#include "core/detection/DetectorConfig.h"
#include "core/detection/HourlyMetrics.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::detection {

// One metric series as a detector saw it: the values it scored (after
// smoothing), what it expected and the band around the expectation inside
// which a point scores below the detector's threshold.
struct ScoredSeries
{
    std::string model;
    std::string metric;
    std::vector<EpochMs> times;
    std::vector<double> actual;
    std::vector<double> expected;
    std::vector<double> lower;
    std::vector<double> upper;
    std::vector<double> scores;
    std::vector<double> z;
    std::vector<std::int64_t> counts;
    std::vector<bool> excluded; // left out of the baseline (false-positive windows)
    std::vector<std::string> notes;
};

// What one detection run did.
struct DetectionRunSummary
{
    std::int64_t runId = 0;
    std::int64_t detectorId = 0;
    std::string detectorName;
    std::int64_t pointsScored = 0;
    std::int64_t anomaliesFound = 0;
    // Candidates not raised because a reviewed anomaly (e.g. a false
    // positive) of the same detector, model and metric overlaps them.
    std::int64_t suppressed = 0;
    // Anomalies inside a memory leak's window on its model + metric, folded
    // into the leak (LeakFolding.h) instead of raised on their own.
    std::int64_t folded = 0;
    std::vector<StoredAnomaly> anomalies;
    std::vector<std::string> notes;
};

// Runs detector configurations over the workspace: computes the hourly
// metrics from run history (once per engine), scores every watched series,
// keeps the points that pass the detector's threshold and gates (see
// DetectorConfig), groups consecutive flagged hours of one model + metric +
// type into one anomaly, and stores the anomalies with their detection run.
//
// Feedback from review reaches detection in three ways: the windows of false
// positives on a model + metric are left out of the baseline; a detector's
// score threshold for a model + metric is raised to the highest score it
// produced there that was marked false positive (a point must score above
// it); and a candidate overlapping a reviewed anomaly of the same detector,
// model and metric is not raised again. A re-run replaces the detector's open,
// never-reviewed anomalies.
//
// The engine uses the given connection on the calling thread; a job opens its
// own connection (Workspace::connect) and engine.
class DetectionEngine
{
public:
    explicit DetectionEngine(workspace::Database& db,
                             std::optional<HourRange> range = std::nullopt);

    // Runs one detector (enabled or not) and stores its anomalies. Cancelled
    // work throws kestrel::Cancelled and stores nothing but the run's row
    // (status 'cancelled').
    DetectionRunSummary run(const DetectorConfig& config, Feedback& feedback);
    // Every enabled detector, in id order.
    std::vector<DetectionRunSummary> runAll(Feedback& feedback);

    // The series a per-metric detector scores for model + metric, with the
    // expected band, without storing anything. For multivariate detectors
    // the metric is scored with the seasonal baseline so a chart still has a band.
    ScoredSeries scoreSeries(const DetectorConfig& config, const std::string& model,
                             const std::string& metric, Feedback& feedback);

    const HourRange& range() const { return m_range; }
    // Hourly metrics of every model (computed on first use).
    const std::vector<ModelHours>& hours(Feedback& feedback);

private:
    struct Candidate;
    std::vector<MetricSeries> seriesFor(const std::string& metric, Feedback& feedback);
    ScoredSeries scorePerMetric(const DetectorConfig& config, const MetricSeries& series,
                                Feedback& feedback);
    void flagPerMetric(const DetectorConfig& config, const ScoredSeries& s,
                       std::vector<Candidate>& out);
    void scoreJoint(const DetectorConfig& config, std::vector<Candidate>& out, std::int64_t& points,
                    Feedback& feedback);
    static bool joined(const Candidate& a, const Candidate& b, EpochMs gap, int gapHours);
    std::vector<StoredAnomaly> group(const DetectorConfig& config,
                                     std::vector<Candidate>& candidates);

    workspace::Database& m_db;
    AnomalyStore m_store;
    HourRange m_range;
    bool m_hoursReady = false;
    std::vector<ModelHours> m_hours;
};

} // namespace kestrel::detection
