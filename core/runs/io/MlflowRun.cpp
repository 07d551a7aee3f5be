#include "core/runs/io/MlflowRun.h"

#include "core/common/Json.h"
#include "core/runs/RunValidation.h"
#include "core/runs/io/RunFields.h"

namespace kestrel::runs::io {

void keepLatest(std::map<std::string, MlflowMetric>& metrics, const std::string& key,
                const MlflowMetric& m)
{
    const auto it = metrics.find(key);
    if (it == metrics.end()) {
        metrics.emplace(key, m);
        return;
    }
    const MlflowMetric& old = it->second;
    if (m.timestamp > old.timestamp || (m.timestamp == old.timestamp && m.step >= old.step))
        it->second = m;
}

std::string mlflowStatus(const std::string& s)
{
    // RunStatus numbers as the file store writes them (mlflow/protos/service.proto).
    if (s == "1" || s == "RUNNING" || s == "2" || s == "SCHEDULED")
        return std::string(status::kRunning);
    if (s == "3" || s == "FINISHED")
        return std::string(status::kCompleted);
    if (s == "4" || s == "FAILED")
        return std::string(status::kFailed);
    if (s == "5" || s == "KILLED")
        return std::string(status::kCancelled);
    return normaliseStatus(s);
}

RunRecord mlflowToRecord(const MlflowRun& run, const MlflowMapping& mapping)
{
    RunRecord r;
    r.model = run.experiment.empty() ? std::string("MLflow") : run.experiment;
    r.experiment = run.experiment;
    r.externalId = run.runId;
    r.runName = run.name;
    if (r.runName.empty()) {
        if (const auto it = run.tags.find("mlflow.runName"); it != run.tags.end())
            r.runName = it->second;
    }
    r.status = mlflowStatus(run.status);
    r.startedAt = run.startTime.value_or(0);
    if (run.startTime && run.endTime && *run.endTime >= *run.startTime)
        r.durationSec = static_cast<double>(*run.endTime - *run.startTime) / 1000.0;

    Json results = Json::object();
    for (const auto& [key, m] : run.metrics) {
        results[key] = m.value ? Json(*m.value) : Json(nullptr);
        if (key == mapping.accuracyMetric)
            r.accuracy = m.value;
        if (key == mapping.confidenceMetric)
            r.confidence = m.value;
    }
    if (!results.empty())
        r.outputResults = dumpJson(results);

    Json params = Json::object();
    for (const auto& [key, value] : run.params)
        params[key] = value;
    if (!params.empty())
        r.inputParams = dumpJson(params);

    Json tags = Json::object();
    for (const auto& [key, value] : run.tags)
        tags[key] = value;
    if (!tags.empty())
        r.tags = dumpJson(tags);

    auto pick = [&](const char* key) -> std::string {
        if (const auto it = run.params.find(key); it != run.params.end())
            return it->second;
        if (const auto it = run.tags.find(key); it != run.tags.end())
            return it->second;
        return {};
    };
    r.symbol = pick("symbol");
    r.dataSource = pick("data_source");
    return r;
}

void addMlflowRun(const MlflowRun& run, const MlflowMapping& mapping, RunSink& sink)
{
    std::string reason = run.problem;
    if (reason.empty() && !run.startTime)
        reason = "it has no start_time";
    RunRecord record;
    if (reason.empty()) {
        record = mlflowToRecord(run, mapping);
        if (const auto problem = validateRun(record))
            reason = problem->message;
    }
    if (!reason.empty()) {
        sink.skip("skipped invalid MLflow run " + run.runId + ": " + reason);
        return;
    }
    sink.add(record);
}

} // namespace kestrel::runs::io
