#pragma once

#include "core/common/Time.h"

#include <map>
#include <string>
#include <vector>

namespace kestrel::anomaly {

// The kinds of anomaly Kestrel names (seed 001's AnomalyType).
enum class AnomalyType
{
    PerformanceDegradation,
    ResourceSpike,
    MemoryLeak,
    CpuOverload,
    LatencySpike,
    ErrorRateSpike,
    ThroughputDrop,
    UnusualPattern,
};

// None: the score is below the lowest threshold (not an anomaly).
enum class Severity
{
    None,
    Low,
    Medium,
    High,
    Critical
};

// Score thresholds for each severity, configurable per detector.
struct SeverityThresholds
{
    double low = 0.5;
    double medium = 0.7;
    double high = 0.85;
    double critical = 0.95;
};

// One typed anomaly, with the fields of seed 001's AnomalyResult.
struct AnomalyResult
{
    EpochMs time = 0;
    std::string componentType = "model"; // what the component is
    std::string component;               // its id, e.g. the model name
    std::string metric;                  // e.g. "duration_p95"
    AnomalyType type = AnomalyType::UnusualPattern;
    double score = 0.0;      // in [0, 1], 0.5 = the detector's threshold
    double confidence = 0.0; // in [0, 1], see Typing.h
    Severity severity = Severity::None;
    double actual = 0.0;
    double expected = 0.0;
    double deviation = 0.0; // actual - expected
    double threshold = 0.5; // the score threshold that made it an anomaly
    std::map<std::string, std::string> context;
    std::vector<std::string> recommendations;
};

} // namespace kestrel::anomaly
