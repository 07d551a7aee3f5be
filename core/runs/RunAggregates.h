#pragma once

#include "core/runs/RunFilter.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kestrel::runs {

// Definitions used everywhere (panel, CLI, AI prompt):
// - success rate = completed / runs that have ended (status other than running);
// - quantiles use linear interpolation between order statistics (pandas'
//   and numpy's default), over runs with a duration;
// - intervals are 95 %: Wilson for rates, Student t for means.

struct RunSummary
{
    std::int64_t runs = 0;
    std::int64_t completed = 0;
    std::int64_t failed = 0;
    std::int64_t running = 0;
    std::int64_t cancelled = 0;
    std::optional<double> successRate;
    std::optional<double> meanDuration;
    std::optional<double> p50Duration;
    std::optional<double> p95Duration;
    std::optional<double> meanAccuracy;
};

struct Interval
{
    double low = 0;
    double high = 0;
};

struct ModelStats
{
    std::string model;
    std::int64_t runs = 0;
    std::int64_t failed = 0;
    std::optional<double> successRate;
    std::optional<Interval> successInterval;
    std::optional<double> meanAccuracy;
    std::optional<Interval> accuracyInterval;
    std::optional<double> p50Duration;
    std::optional<double> p95Duration;
    int rank = 0; // 1 = best: by success rate, then accuracy, then p95 duration
};

struct DayStats
{
    EpochMs day = 0; // UTC day start
    std::int64_t completed = 0;
    std::int64_t failed = 0;
    std::int64_t running = 0;
    std::int64_t cancelled = 0;
    std::optional<double> p50Duration;
    std::optional<double> p95Duration;
};

struct ModelDayAccuracy
{
    std::string model;
    EpochMs day = 0;
    double meanAccuracy = 0;
    std::int64_t runs = 0;
};

// One model's runs in one UTC hour: counts and sums (a mean is sum / n).
struct ModelHour
{
    std::string model;
    EpochMs start = 0;
    std::int64_t runs = 0;
    std::int64_t failed = 0;
    double durationSum = 0;
    std::int64_t durations = 0;
    double accuracySum = 0;
    std::int64_t accuracies = 0;
    double memorySum = 0;
    std::int64_t memories = 0;
};

// The runs over time, as the AI analysis reads them.
struct TimeProfile
{
    std::vector<DayStats> days;        // as perDay()
    std::vector<ModelHour> modelHours; // by model name, then hour
};

struct ErrorPattern
{
    std::string templateText;
    std::string example; // one full message with this template
    std::int64_t count = 0;
    EpochMs firstSeen = 0;
    EpochMs lastSeen = 0;
    std::map<std::string, std::int64_t> byModel;
    std::map<std::string, std::int64_t> bySymbol;
    std::map<std::string, std::int64_t> byDataSource;
};

// Aggregates over the runs a filter selects, computed from the workspace.
class RunAggregates
{
public:
    explicit RunAggregates(workspace::Database& db);

    RunSummary summary(const RunFilter& filter);
    std::vector<ModelStats> compareModels(const RunFilter& filter);
    std::vector<DayStats> perDay(const RunFilter& filter);
    std::vector<ModelDayAccuracy> accuracyPerModelDay(const RunFilter& filter);
    // perDay() and the per-model hours in the same pass over the rows that
    // summary() and compareModels() then reuse for this filter.
    TimeProfile timeProfile(const RunFilter& filter);
    // Most frequent first.
    std::vector<ErrorPattern> errorPatterns(const RunFilter& filter, int limit = 200);

    // summary(), compareModels() and timeProfile() scan large selections in
    // time slices on two connections when the table spans at least this many rows (0 = always
    // when possible, e.g. in tests of the parallel path).
    void setParallelThreshold(std::int64_t rows) { m_parallelRows = rows; }
    static constexpr std::int64_t kDefaultParallelRows = 200'000;

    // Per-model columns a scan reads.
    struct ModelColumns
    {
        std::string model;
        std::int64_t completed = 0;
        std::int64_t failed = 0;
        std::int64_t running = 0;
        std::int64_t cancelled = 0;
        std::int64_t other = 0;
        std::vector<double> durations;
        std::vector<double> accuracies;
        std::map<EpochMs, ModelHour> hours; // by hour start; timeProfile() only
    };

    // What summary() and compareModels() return for the last filter scanned:
    // over the same filter and unchanged data they share one read of the table.
    struct Results
    {
        RunSummary summary;
        std::vector<ModelStats> models;
    };

private:
    const Results& results(const RunFilter& filter);
    // Changes whenever this or another connection commits to the runs table's file.
    std::pair<std::int64_t, std::int64_t> dataVersion();

    workspace::Database& m_db;
    std::optional<Results> m_results;
    RunFilter m_resultsFilter;
    std::pair<std::int64_t, std::int64_t> m_resultsVersion{-1, -1};
    std::int64_t m_parallelRows = kDefaultParallelRows;
};

} // namespace kestrel::runs
