#pragma once

#include "core/anomaly/AnomalyResult.h"
#include "core/common/Json.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::detection {

// A detector configuration as stored in detector_configs (seed 002's
// detection_name / monitored_metrics / algorithm / detection_config /
// threshold_config / detection_frequency).
//
// algorithm: "mad" (robust z over a rolling window) and "seasonal" (hour x
// weekday residual) score each watched metric on its own; "iforest", "ocsvm"
// and "ensemble" score the joint vector of the watched metrics per model and
// hour.
//
// detection (JSON object), every key optional:
//   direction        "up" | "down" | "both"   which moves count (default both)
//   window           rolling baseline length in hours (mad, default 168)
//   z_threshold      robust z scored 0.5 (mad, seasonal; default 3.5)
//   log              score log(value) instead of the value (durations)
//   smoothing_hours  value = run-weighted mean of the last N hours (trends)
//   min_count        hours backed by fewer runs are not flagged
//   min_ratio        up: actual >= expected * r; down: actual <= expected / r
//   min_delta        |actual - expected| >= d
//   max_p            count metrics (error rate, throughput): flag only when a
//                    binomial / Poisson test against the expected rate gives p <= max_p,
//                    for the hour alone or for its stretch (flagged hours at most
//                    merge_gap_hours apart and the hours between them, p times the
//                    series' length)
//   merge_gap_hours  flagged hours at most this far apart form one anomaly (default 2)
//   contamination, seed, nu   multivariate algorithms (TableDetector options)
//   min_driver_z     multivariate: the metric that moved most must sit at least
//                    this robust z from its median (max_p applies to it too); a
//                    mean or quantile over n runs where the usual hour has m
//                    counts its z times sqrt(n / m) when n < m
// thresholds (JSON object): low / medium / high / critical scores.

// The detection object parsed and checked, with the defaults filled in.
struct DetectionParams
{
    std::string direction = "both";
    int window = 168;
    double zThreshold = 3.5;
    bool log = false;
    int smoothingHours = 0;
    std::int64_t minCount = 0;
    double minRatio = 0.0;
    double minDelta = 0.0;
    double maxP = 1.0;
    int mergeGapHours = 2;
    std::optional<double> contamination; // "contamination", else "nu"
    std::uint64_t seed = 42;
    double minDriverZ = 0.0;
};

struct DetectorConfig
{
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> metrics;
    std::string algorithm = "mad";
    Json detection = Json::object();
    Json thresholds = Json::object();
    int scheduleMinutes = 0; // 0 = manual
    bool enabled = true;

    anomaly::SeverityThresholds severityThresholds() const;
    // The typed detection parameters. Throws kestrel::Error naming the
    // detector, the first bad field and the type it needs.
    DetectionParams params() const;
    // Throws kestrel::Error naming the first bad field.
    void validate() const;
};

// The detector_configs table.
class DetectorStore
{
public:
    explicit DetectorStore(workspace::Database& db) : m_db(db) {}

    std::vector<DetectorConfig> list();
    std::optional<DetectorConfig> get(std::int64_t id);
    std::optional<DetectorConfig> byName(const std::string& name);
    // Inserts (id 0) or updates; returns the id. Validates first; a duplicate
    // name is refused with a clear message.
    std::int64_t save(const DetectorConfig& config);
    // Anomalies keep their rows (their detector becomes unknown).
    void remove(std::int64_t id);

private:
    workspace::Database& m_db;
};

} // namespace kestrel::detection
