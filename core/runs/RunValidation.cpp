#include "core/runs/RunValidation.h"

#include "core/common/Text.h"

#include <cmath>
#include <cstdio>

namespace kestrel::runs {

namespace {

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::optional<RunProblem> checkRange(const char* field, const std::optional<double>& v, double lo,
                                     double hi)
{
    if (!v)
        return std::nullopt;
    if (!std::isfinite(*v))
        return RunProblem{field, std::string(field) + " " + number(*v) + " is not a finite number"};
    if (*v < lo || *v > hi)
        return RunProblem{field, std::string(field) + " " + number(*v) + " is outside [" +
                                     number(lo) + ", " + (std::isinf(hi) ? "inf" : number(hi)) +
                                     "]"};
    return std::nullopt;
}

std::optional<RunProblem> checkText(const char* field, const std::string& text)
{
    if (const auto at = firstInvalidUtf8(text))
        return RunProblem{field, std::string(field) + " is not valid UTF-8 (byte " +
                                     std::to_string(*at + 1) + " of the value)"};
    return std::nullopt;
}

} // namespace

std::optional<RunProblem> validateRun(const RunRecord& run)
{
    if (run.model.empty())
        return RunProblem{"model_name", "the model name is empty"};
    if (run.startedAt < kMinTimeMs || run.startedAt >= kMaxTimeMs)
        return RunProblem{"execution_time", "execution_time is outside the years 1970-2200"};
    if (run.status != status::kCompleted && run.status != status::kFailed &&
        run.status != status::kRunning && run.status != status::kCancelled)
        return RunProblem{"status", "status '" + run.status +
                                        "' is not one of completed, failed, running, cancelled"};
    // Upper bounds that no real run reaches, so that a 1e308 cannot poison
    // every sum and mean it enters: a year of runtime, a petabyte of memory,
    // a hundred thousand percent of CPU (a thousand cores).
    constexpr double kMaxDurationSec = 366.0 * 86400.0;
    constexpr double kMaxMemoryMb = 1e9;
    constexpr double kMaxCpuPercent = 1e5;
    if (auto p = checkRange("execution_duration", run.durationSec, 0, kMaxDurationSec))
        return p;
    if (auto p = checkRange("accuracy_score", run.accuracy, 0, 1))
        return p;
    if (auto p = checkRange("confidence_level", run.confidence, 0, 1))
        return p;
    if (auto p = checkRange("memory_mb", run.memoryMb, 0, kMaxMemoryMb))
        return p;
    if (auto p = checkRange("cpu_percent", run.cpuPercent, 0, kMaxCpuPercent))
        return p;
    const std::pair<const char*, const std::string*> texts[] = {
        {"model_name", &run.model},
        {"symbol", &run.symbol},
        {"input_parameters", &run.inputParams},
        {"output_results", &run.outputResults},
        {"error_message", &run.errorMessage},
        {"data_source", &run.dataSource},
        {"experiment", &run.experiment},
        {"run_name", &run.runName},
        {"external_id", &run.externalId},
        {"tags", &run.tags},
    };
    for (const auto& [field, text] : texts)
        if (auto p = checkText(field, *text))
            return p;
    return std::nullopt;
}

} // namespace kestrel::runs
