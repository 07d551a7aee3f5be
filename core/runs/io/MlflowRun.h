#pragma once

#include "core/runs/RunRecord.h"
#include "core/runs/io/RunImport.h"
#include "core/runs/io/RunSink.h"

#include <map>
#include <optional>
#include <string>

namespace kestrel::runs::io {

// The latest value of one metric: the one with the greatest timestamp, then the
// greatest step (MLflow's own rule for "latest").
struct MlflowMetric
{
    std::int64_t timestamp = 0;
    std::int64_t step = 0;
    std::optional<double> value; // empty for NaN
};

// One MLflow run as both backends read it, before it becomes a RunRecord.
struct MlflowRun
{
    std::string runId;
    std::string name;   // runs.name / run_name; the mlflow.runName tag when empty
    std::string status; // FINISHED, FAILED, RUNNING, SCHEDULED, KILLED
    std::optional<std::int64_t> startTime; // ms
    std::optional<std::int64_t> endTime;   // ms
    std::string experiment;
    std::map<std::string, MlflowMetric> metrics;
    std::map<std::string, std::string> params;
    std::map<std::string, std::string> tags;
    // The first malformed value read for this run (a text start_time, a
    // metric 'high'); such a run is skipped and listed in the import's notes.
    std::string problem;
};

// Keeps `m` in `metrics[key]` when it is later than what is there.
void keepLatest(std::map<std::string, MlflowMetric>& metrics, const std::string& key,
                const MlflowMetric& m);

// MLflow's RunStatus as text or as its enum number (1..5) → our status.
std::string mlflowStatus(const std::string& status);

// The run as Kestrel stores it: experiment → model_name and experiment,
// latest metrics → output_results (and accuracy/confidence per the mapping),
// params → input_parameters, tags kept, (end - start) / 1000 → duration.
RunRecord mlflowToRecord(const MlflowRun& run, const MlflowMapping& mapping);

// Adds the run to `sink`, or, when it has a problem, no start time or fails
// validateRun, skips it with a note naming the run and the reason.
void addMlflowRun(const MlflowRun& run, const MlflowMapping& mapping, RunSink& sink);

} // namespace kestrel::runs::io
