#pragma once

#include "core/ai/AnalysisTypes.h"
#include "core/common/Progress.h"
#include "core/runs/RunAggregates.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::ai {

// One model in one hour (or day): what the findings are computed from.
struct ModelSlot
{
    std::string model;
    EpochMs start = 0;
    std::int64_t runs = 0;
    std::int64_t failed = 0;
    std::optional<double> meanDuration;
    std::optional<double> meanAccuracy;
    std::optional<double> meanMemoryMb;
};

// Something out of the ordinary in one model's series, found by a robust
// z-score (median and MAD of the model's own days or hours) and grouped into
// a contiguous episode. `baseline` is the model's median, `value` the episode's
// most extreme point.
struct Finding
{
    std::string kind; // latency_spike, error_rate_spike, throughput_drop, accuracy_decline, memory_growth
    std::string model;
    EpochMs from = 0;
    EpochMs to = 0; // exclusive
    double value = 0;
    double baseline = 0;
    double score = 0; // |robust z| of the most extreme point; ranks findings
    std::string unit;
    // For error spikes: the template most of the episode's failures share, and its data source.
    std::string errorTemplate;
    std::string dataSource;
};

// Everything an analysis may use: aggregates only, never a raw run. Built
// once per analysis and shared by the prompt builder and the built-in analyst.
struct AnalysisData
{
    AnalysisOptions options;
    std::vector<std::string> types; // normalised
    runs::RunFilter filter;
    EpochMs from = 0;
    EpochMs to = 0;
    runs::RunSummary summary;
    std::vector<runs::ModelStats> models;
    std::vector<runs::DayStats> days;
    std::vector<runs::ErrorPattern> errors;
    std::vector<Finding> findings;    // strongest first
    std::vector<std::string> allModels; // names in the data, sorted
};

// Reads the aggregates for `options` from the workspace (RunAggregates' time
// profile, summary, comparison and error patterns) and computes the findings. Throws
// kestrel::Error for an invalid timeframe or type, Cancelled on stop.
AnalysisData collectAnalysisData(workspace::Database& db, const AnalysisOptions& options,
                                 Feedback* feedback = nullptr);

// The findings for per-model hourly slots (exposed for tests).
std::vector<Finding> detectFindings(const std::vector<ModelSlot>& hours,
                                    const std::vector<runs::ErrorPattern>& errors);

// "2026-11-03 14:00" for hour-aligned times, "2026-11-03" for day-aligned ones.
std::string shortTime(EpochMs t);

} // namespace kestrel::ai
