#pragma once

#include "core/anomaly/AnomalyResult.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::anomaly {

// The metrics Kestrel watches per model and hour.
enum class MetricKind
{
    DurationP50,
    DurationP95,
    ErrorRate,
    Accuracy,
    Throughput,
    Memory,
    Cpu,
    Other
};

// Which way the value moved from what was expected.
enum class Direction
{
    Up,
    Down
};

// Stable names used in the workspace, the CLI and JSON
// ("latency_spike", "high", "duration_p95", ...).
std::string toString(AnomalyType type);
std::string toString(Severity severity);
std::string toString(MetricKind kind);
std::optional<AnomalyType> anomalyTypeFromString(std::string_view name);
std::optional<Severity> severityFromString(std::string_view name);
// Unknown names give MetricKind::Other.
MetricKind metricKindFromString(std::string_view name);

// Severity of a score: the highest threshold it reaches, None below `low`.
// Throws kestrel::Error unless 0 <= low <= medium <= high <= critical <= 1.
Severity severityFor(double score, const SeverityThresholds& thresholds = {});
void validate(const SeverityThresholds& thresholds);

// The type of a deviation on a metric:
//   duration up -> latency_spike; error rate up -> error_rate_spike;
//   accuracy down -> performance_degradation; throughput down -> throughput_drop;
//   memory up -> memory_leak when `sustainedIncrease` (see Trend.h), else resource_spike;
//   cpu up -> cpu_overload; anything else -> unusual_pattern.
AnomalyType typeFor(MetricKind kind, Direction direction, bool sustainedIncrease = false);

// What a person can check first for each type.
std::vector<std::string> recommendationsFor(AnomalyType type);

// Confidence that a flagged point is a real anomaly: how far the score sits
// above the threshold, relative to the room above it
// ((score - threshold) / (1 - threshold), clamped to [0, 1]).
double confidenceFor(double score, double threshold);

// Fills type, severity, confidence, deviation, threshold and recommendations
// of a result from its metric, score, actual and expected value. For memory,
// `recent` (the metric's recent values up to this point, oldest first) decides
// between memory_leak and resource_spike by isSustainedIncrease().
AnomalyResult makeResult(EpochMs time, const std::string& component, const std::string& metric,
                         double score, double actual, double expected,
                         const SeverityThresholds& thresholds = {},
                         const std::vector<double>& recent = {});

} // namespace kestrel::anomaly
