#include "core/anomaly/Typing.h"

#include "core/anomaly/Trend.h"
#include "core/common/Error.h"

#include <algorithm>
#include <array>
#include <utility>

namespace kestrel::anomaly {

namespace {

constexpr std::array<std::pair<AnomalyType, std::string_view>, 8> kTypeNames{{
    {AnomalyType::PerformanceDegradation, "performance_degradation"},
    {AnomalyType::ResourceSpike, "resource_spike"},
    {AnomalyType::MemoryLeak, "memory_leak"},
    {AnomalyType::CpuOverload, "cpu_overload"},
    {AnomalyType::LatencySpike, "latency_spike"},
    {AnomalyType::ErrorRateSpike, "error_rate_spike"},
    {AnomalyType::ThroughputDrop, "throughput_drop"},
    {AnomalyType::UnusualPattern, "unusual_pattern"},
}};

constexpr std::array<std::pair<Severity, std::string_view>, 5> kSeverityNames{{
    {Severity::None, "none"},
    {Severity::Low, "low"},
    {Severity::Medium, "medium"},
    {Severity::High, "high"},
    {Severity::Critical, "critical"},
}};

constexpr std::array<std::pair<MetricKind, std::string_view>, 8> kMetricNames{{
    {MetricKind::DurationP50, "duration_p50"},
    {MetricKind::DurationP95, "duration_p95"},
    {MetricKind::ErrorRate, "error_rate"},
    {MetricKind::Accuracy, "accuracy"},
    {MetricKind::Throughput, "throughput"},
    {MetricKind::Memory, "memory"},
    {MetricKind::Cpu, "cpu"},
    {MetricKind::Other, "other"},
}};

template <typename Table, typename Key> std::string nameOf(const Table& table, Key key)
{
    for (const auto& [k, name] : table)
        if (k == key)
            return std::string(name);
    return {};
}

} // namespace

std::string toString(AnomalyType type)
{
    return nameOf(kTypeNames, type);
}
std::string toString(Severity severity)
{
    return nameOf(kSeverityNames, severity);
}
std::string toString(MetricKind kind)
{
    return nameOf(kMetricNames, kind);
}

std::optional<AnomalyType> anomalyTypeFromString(std::string_view name)
{
    for (const auto& [k, n] : kTypeNames)
        if (n == name)
            return k;
    return std::nullopt;
}

std::optional<Severity> severityFromString(std::string_view name)
{
    for (const auto& [k, n] : kSeverityNames)
        if (n == name)
            return k;
    return std::nullopt;
}

MetricKind metricKindFromString(std::string_view name)
{
    for (const auto& [k, n] : kMetricNames)
        if (n == name)
            return k;
    return MetricKind::Other;
}

void validate(const SeverityThresholds& t)
{
    if (!(0.0 <= t.low && t.low <= t.medium && t.medium <= t.high && t.high <= t.critical &&
          t.critical <= 1.0))
        throw Error("severity thresholds must rise from low to critical within [0, 1]");
}

Severity severityFor(double score, const SeverityThresholds& t)
{
    validate(t);
    if (score >= t.critical)
        return Severity::Critical;
    if (score >= t.high)
        return Severity::High;
    if (score >= t.medium)
        return Severity::Medium;
    if (score >= t.low)
        return Severity::Low;
    return Severity::None;
}

AnomalyType typeFor(MetricKind kind, Direction direction, bool sustainedIncrease)
{
    const bool up = direction == Direction::Up;
    switch (kind) {
    case MetricKind::DurationP50:
    case MetricKind::DurationP95:
        return up ? AnomalyType::LatencySpike : AnomalyType::UnusualPattern;
    case MetricKind::ErrorRate:
        return up ? AnomalyType::ErrorRateSpike : AnomalyType::UnusualPattern;
    case MetricKind::Accuracy:
        return up ? AnomalyType::UnusualPattern : AnomalyType::PerformanceDegradation;
    case MetricKind::Throughput:
        return up ? AnomalyType::UnusualPattern : AnomalyType::ThroughputDrop;
    case MetricKind::Memory:
        if (!up)
            return AnomalyType::UnusualPattern;
        return sustainedIncrease ? AnomalyType::MemoryLeak : AnomalyType::ResourceSpike;
    case MetricKind::Cpu:
        return up ? AnomalyType::CpuOverload : AnomalyType::UnusualPattern;
    case MetricKind::Other:
        break;
    }
    return AnomalyType::UnusualPattern;
}

std::vector<std::string> recommendationsFor(AnomalyType type)
{
    switch (type) {
    case AnomalyType::LatencySpike:
        return {"Compare the slow runs' inputs and batch sizes with the usual ones",
                "Check the host's load and I/O at that hour"};
    case AnomalyType::ErrorRateSpike:
        return {"Group the failed runs by error message to find the common cause",
                "Check recent changes to the model's code, data or dependencies"};
    case AnomalyType::MemoryLeak:
        return {
            "Memory rises steadily across runs: look for caches or buffers that are never released",
            "Restart long-lived workers and watch whether the trend resets"};
    case AnomalyType::ThroughputDrop:
        return {"Check whether the scheduler or an upstream data source stopped feeding runs",
                "Compare with the same hour on previous days"};
    case AnomalyType::PerformanceDegradation:
        return {"Check the latest training data for drift or label problems",
                "Compare against the last good model version"};
    case AnomalyType::ResourceSpike:
        return {"Look for unusually large inputs in the runs of that hour"};
    case AnomalyType::CpuOverload:
        return {"Check for other jobs competing for the same cores",
                "Consider lowering parallelism or moving the job"};
    case AnomalyType::UnusualPattern:
        break;
    }
    return {"Review the runs around this time; mark a false positive if the behaviour is expected"};
}

double confidenceFor(double score, double threshold)
{
    if (threshold >= 1.0)
        return score >= 1.0 ? 1.0 : 0.0;
    return std::clamp((score - threshold) / (1.0 - threshold), 0.0, 1.0);
}

AnomalyResult makeResult(EpochMs time, const std::string& component, const std::string& metric,
                         double score, double actual, double expected,
                         const SeverityThresholds& thresholds, const std::vector<double>& recent)
{
    AnomalyResult r;
    r.time = time;
    r.component = component;
    r.metric = metric;
    r.score = score;
    r.actual = actual;
    r.expected = expected;
    r.deviation = actual - expected;
    r.threshold = thresholds.low;
    r.severity = severityFor(score, thresholds);
    r.confidence = confidenceFor(score, thresholds.low);
    const MetricKind kind = metricKindFromString(metric);
    const Direction direction = actual >= expected ? Direction::Up : Direction::Down;
    const bool sustained =
        kind == MetricKind::Memory && direction == Direction::Up && isSustainedIncrease(recent);
    r.type = typeFor(kind, direction, sustained);
    r.recommendations = recommendationsFor(r.type);
    if (kind == MetricKind::Memory && direction == Direction::Up)
        r.context["trend"] =
            sustained ? "sustained increase (Mann-Kendall, p < 0.05)" : "no sustained trend";
    if (expected != 0.0)
        r.context["relative_deviation"] = std::to_string(r.deviation / std::abs(expected));
    return r;
}

} // namespace kestrel::anomaly
