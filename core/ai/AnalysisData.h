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

// One anomaly of the detection pipeline, as an analysis reads it: taken
// from AnomalyService (the store the Anomaly Review panel reviews), never
// detected again here. `kind` is the analysis' name for the anomaly type
// (latency_spike, error_rate_spike, throughput_drop, accuracy_decline,
// memory_growth, or the detector's own type name for the rest); `value` is
// the anomaly's peak, `baseline` what its detector expected there. False
// positives never become a Finding.
struct Finding
{
    std::string kind;
    std::string model;
    std::string metric;
    EpochMs from = 0;
    EpochMs to = 0; // exclusive
    double value = 0;
    double baseline = 0;
    double score = 0; // the detector's score in [0, 1]; ranks findings
    std::string severity;
    std::string state; // review state: open, acknowledged or resolved
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
    std::vector<Finding> findings;      // strongest first, false positives left out
    bool detectionRun = false;          // false: detection has never run on this workspace
    std::vector<std::string> allModels; // names in the data, sorted
};

// Reads the aggregates for `options` from the workspace (RunAggregates' time
// profile, summary, comparison and error patterns) and the stored anomalies
// overlapping the timeframe through detection::AnomalyService, leaving out
// the ones a reviewer marked false positive. Throws kestrel::Error for an
// invalid timeframe or type, Cancelled on stop.
AnalysisData collectAnalysisData(workspace::Database& db, const AnalysisOptions& options,
                                 Feedback* feedback = nullptr);

// The analysis' name for a detector's anomaly type (anomaly::toString names):
// memory_leak is memory_growth, performance_degradation accuracy_decline,
// the rest keep their name.
std::string findingKind(const std::string& anomalyType);

// "2026-11-03 14:00" for hour-aligned times, "2026-11-03" for day-aligned ones.
std::string shortTime(EpochMs t);

} // namespace kestrel::ai
