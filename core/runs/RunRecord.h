#pragma once

#include "core/common/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kestrel::runs {

// Run statuses as stored. MLflow's FINISHED/FAILED/RUNNING/KILLED map onto these.
namespace status {
inline constexpr std::string_view kCompleted = "completed";
inline constexpr std::string_view kFailed = "failed";
inline constexpr std::string_view kRunning = "running";
inline constexpr std::string_view kCancelled = "cancelled";
} // namespace status

// One model execution, the fields of the seed's `ml_execution_runs` plus
// resource usage and what an MLflow import brings. JSON fields hold JSON text.
struct RunRecord
{
    std::int64_t id = 0;
    std::string model;
    std::string symbol;
    EpochMs startedAt = 0;
    std::string status{status::kCompleted};
    std::optional<double> durationSec;
    std::optional<double> accuracy;
    std::optional<double> confidence;
    std::string inputParams;   // JSON object text, may be empty
    std::string outputResults; // JSON object text, may be empty
    std::string errorMessage;
    std::string dataSource;
    std::optional<double> memoryMb;
    std::optional<double> cpuPercent;
    std::string experiment;
    std::string runName;
    std::string externalId;
    std::string tags; // JSON object text, may be empty
    EpochMs createdAt = 0;
};

} // namespace kestrel::runs
