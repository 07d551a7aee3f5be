#pragma once

#include "core/common/Progress.h"
#include "core/common/Time.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kestrel::detection {

// Names of the metrics computed from run history (anomaly::MetricKind names).
namespace metric {
inline constexpr const char* kDurationP50 = "duration_p50";
inline constexpr const char* kDurationP95 = "duration_p95";
inline constexpr const char* kErrorRate = "error_rate";
inline constexpr const char* kAccuracy = "accuracy";
inline constexpr const char* kThroughput = "throughput";
inline constexpr const char* kMemory = "memory";
inline constexpr const char* kCpu = "cpu";
} // namespace metric

// Every run-history metric name, in a fixed order.
const std::vector<std::string>& runMetricNames();

// One hour of one model. Optional metrics are NaN when the hour has no data
// for them (no completed run, no memory reading, ...).
struct HourRow
{
    EpochMs hour = 0;       // start of the UTC hour
    std::int64_t runs = 0;  // every run started in the hour (throughput)
    std::int64_t ended = 0; // completed + failed + cancelled
    std::int64_t failed = 0;
    std::int64_t completed = 0;
    double durationP50 = 0; // seconds, over completed runs
    double durationP95 = 0;
    double accuracy = 0; // mean over runs with an accuracy
    std::int64_t accuracyCount = 0;
    double accuracySumSq = 0; // for the per-run spread
    double memory = 0;        // mean MB
    std::int64_t memoryCount = 0;
    double cpu = 0; // mean percent
    std::int64_t cpuCount = 0;
};

// Hourly rows of one model over [from, to), every hour present (zero-filled).
struct ModelHours
{
    std::string model;
    EpochMs from = 0;
    std::vector<HourRow> hours;
};

// A metric as a series of (hour, value) with the number of runs behind each
// value; hours without a value are left out.
struct MetricSeries
{
    std::string model;
    std::string metric;
    std::vector<EpochMs> times;
    std::vector<double> values;
    std::vector<std::int64_t> counts;
};

// The range detection looks at by default: from the hour of the oldest run to
// the end of the hour of the newest one, but never past the current hour
// (an hour still running would look like a throughput drop).
struct HourRange
{
    EpochMs from = 0;
    EpochMs to = 0;
    bool empty() const { return to <= from; }
};
HourRange defaultRange(workspace::Database& db);

inline EpochMs hourFloor(EpochMs t)
{
    EpochMs h = t / kMsPerHour;
    if (t < 0 && t % kMsPerHour != 0)
        --h;
    return h * kMsPerHour;
}

// Per model and hour over [range.from, range.to): duration p50/p95 of
// completed runs (linear interpolation, as numpy), error rate = failed /
// ended, mean accuracy, runs per hour (zero-filled), mean memory and CPU.
// One pass over the runs table (no ORDER BY); percentiles in memory.
std::vector<ModelHours> computeHourlyMetrics(workspace::Database& db, const HourRange& range,
                                             Feedback& feedback);

// The series of `metricName` for one model: run-history metrics from `hours`.
// Throws kestrel::Error for an unknown metric name.
MetricSeries seriesOf(const ModelHours& hours, const std::string& metricName);

// Metric series imported from CSV (table metric_series) over the range, one
// per model x metric, oldest first.
std::vector<MetricSeries> importedSeries(workspace::Database& db, const HourRange& range);

} // namespace kestrel::detection
