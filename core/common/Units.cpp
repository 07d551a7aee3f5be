#include "core/common/Units.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

// lupdate collects these names for the context "Names"; the UI translates them.
#define QT_TRANSLATE_NOOP(scope, x) x

namespace kestrel::units {

namespace {

struct Name
{
    std::string_view code;
    const char* name;
};

template <std::size_t N> const char* find(const Name (&names)[N], std::string_view code)
{
    for (const Name& n : names)
        if (n.code == code)
            return n.name;
    return nullptr;
}

const Name kAnomalyTypes[] = {
    {"latency_spike", QT_TRANSLATE_NOOP("Names", "Latency spike")},
    {"error_rate_spike", QT_TRANSLATE_NOOP("Names", "Error rate spike")},
    {"memory_leak", QT_TRANSLATE_NOOP("Names", "Memory leak")},
    {"throughput_drop", QT_TRANSLATE_NOOP("Names", "Throughput drop")},
    {"performance_degradation", QT_TRANSLATE_NOOP("Names", "Performance degradation")},
    {"resource_spike", QT_TRANSLATE_NOOP("Names", "Resource spike")},
    {"cpu_overload", QT_TRANSLATE_NOOP("Names", "CPU overload")},
    {"unusual_pattern", QT_TRANSLATE_NOOP("Names", "Unusual pattern")},
    // The AI analysis' finding kinds.
    {"accuracy_decline", QT_TRANSLATE_NOOP("Names", "Accuracy decline")},
    {"memory_growth", QT_TRANSLATE_NOOP("Names", "Memory growth")},
    {"error_spike", QT_TRANSLATE_NOOP("Names", "Error spike")},
};

const Name kSeverities[] = {
    {"low", QT_TRANSLATE_NOOP("Names", "Low")},
    {"medium", QT_TRANSLATE_NOOP("Names", "Medium")},
    {"high", QT_TRANSLATE_NOOP("Names", "High")},
    {"critical", QT_TRANSLATE_NOOP("Names", "Critical")},
};

const Name kStates[] = {
    {"open", QT_TRANSLATE_NOOP("Names", "Open")},
    {"acknowledged", QT_TRANSLATE_NOOP("Names", "Acknowledged")},
    {"resolved", QT_TRANSLATE_NOOP("Names", "Resolved")},
    {"false_positive", QT_TRANSLATE_NOOP("Names", "False positive")},
};

const Name kMetrics[] = {
    {"duration_p50", QT_TRANSLATE_NOOP("Names", "Duration p50")},
    {"duration_p95", QT_TRANSLATE_NOOP("Names", "Duration p95")},
    {"duration", QT_TRANSLATE_NOOP("Names", "Duration")},
    {"error_rate", QT_TRANSLATE_NOOP("Names", "Error rate")},
    {"success_rate", QT_TRANSLATE_NOOP("Names", "Success rate")},
    {"accuracy", QT_TRANSLATE_NOOP("Names", "Accuracy")},
    {"confidence", QT_TRANSLATE_NOOP("Names", "Confidence")},
    {"throughput", QT_TRANSLATE_NOOP("Names", "Throughput (runs/h)")},
    {"memory", QT_TRANSLATE_NOOP("Names", "Memory")},
    {"cpu", QT_TRANSLATE_NOOP("Names", "CPU")},
};

const Name kRunStatuses[] = {
    {"completed", QT_TRANSLATE_NOOP("Names", "Completed")},
    {"failed", QT_TRANSLATE_NOOP("Names", "Failed")},
    {"running", QT_TRANSLATE_NOOP("Names", "Running")},
    {"cancelled", QT_TRANSLATE_NOOP("Names", "Cancelled")},
};

const Name kAnalysisTypes[] = {
    {"performance_trends", QT_TRANSLATE_NOOP("Names", "Performance trends")},
    {"model_comparison", QT_TRANSLATE_NOOP("Names", "Model comparison")},
    {"error_analysis", QT_TRANSLATE_NOOP("Names", "Error analysis")},
    {"optimization", QT_TRANSLATE_NOOP("Names", "Optimization recommendations")},
    {"system_health", QT_TRANSLATE_NOOP("Names", "System health")},
};

const Name kAlgorithms[] = {
    {"iforest", QT_TRANSLATE_NOOP("Names", "Isolation Forest")},
    {"ocsvm", QT_TRANSLATE_NOOP("Names", "One-Class SVM")},
    {"mad", QT_TRANSLATE_NOOP("Names", "Robust z-score (MAD)")},
    {"seasonal", QT_TRANSLATE_NOOP("Names", "Seasonal residual")},
    {"ensemble", QT_TRANSLATE_NOOP("Names", "Ensemble")},
};

// "12345.6" with decimals, grouped by thousands with ','.
std::string grouped(double value, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(value));
    std::string digits(buf);
    const std::size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    const std::string rest = dot == std::string::npos ? std::string() : digits.substr(dot);
    for (int i = int(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(std::size_t(i), ",");
    const bool negative = value < 0 && std::stod(digits) != 0.0;
    return (negative ? "-" : "") + whole + rest;
}

int plainDecimals(double a)
{
    return a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a == 0 ? 0 : 4;
}

} // namespace

Unit unitOfMetric(std::string_view m)
{
    if (m.starts_with("duration") || m == "latency")
        return Unit::Seconds;
    if (m == "accuracy" || m == "confidence" || m == "error_rate" || m == "success_rate")
        return Unit::Fraction;
    if (m == "memory" || m == "memory_mb")
        return Unit::Megabytes;
    if (m == "cpu" || m == "cpu_percent")
        return Unit::Percent;
    if (m == "throughput")
        return Unit::PerHour;
    if (m == "cost" || m == "cost_usd")
        return Unit::Usd;
    return Unit::Plain;
}

Scaled scale(double v, Unit unit)
{
    const double a = std::abs(v);
    switch (unit) {
    case Unit::Plain:
        return {v, plainDecimals(a), ""};
    case Unit::Fraction:
        return {v * 100.0, 1, "%"};
    case Unit::Percent:
        return {v, 1, "%"};
    case Unit::Seconds:
        if (a < 1.0)
            return {v * 1000.0, 0, "ms"};
        if (a < 120.0)
            return {v, a < 10.0 ? 2 : 1, "s"};
        if (a < 7200.0)
            return {v / 60.0, 1, "min"};
        return {v / 3600.0, 1, "h"};
    case Unit::Megabytes:
        if (a >= 10240.0)
            return {v / 1024.0, 1, "GB"};
        return {v, a >= 100 ? 0 : 1, "MB"};
    case Unit::PerHour:
        return {v, a >= 10 ? 0 : 1, "runs/h"};
    case Unit::Usd: {
        // Cents once there are dollars; two significant digits for the
        // fractions of a cent a single AI request costs.
        if (a == 0 || a >= 0.995)
            return {v, 2, "$", true};
        if (a < 0.0001)
            return {v, 4, "$", true, true};
        const int decimals = std::min(4, std::max(2, 1 - int(std::floor(std::log10(a)))));
        return {v, decimals, "$", true};
    }
    }
    return {v, 2, ""};
}

std::string formatValue(double value, Unit unit)
{
    if (!std::isfinite(value))
        return "—";
    const Scaled s = scale(value, unit);
    const std::string number = grouped(s.value, s.decimals);
    if (s.prefix)
        return (s.tiny ? std::string("< ") : std::string()) + s.suffix +
               (s.tiny ? std::string("0.0001") : number);
    return *s.suffix ? number + " " + s.suffix : number;
}

std::string formatMoney(double usd)
{
    return formatValue(usd, Unit::Usd);
}

std::string formatCount(long long n)
{
    return grouped(double(n), 0);
}

const char* anomalyTypeName(std::string_view type)
{
    return find(kAnomalyTypes, type);
}

const char* severityName(std::string_view severity)
{
    return find(kSeverities, severity);
}

const char* anomalyStateName(std::string_view state)
{
    return find(kStates, state);
}

const char* metricName(std::string_view metric)
{
    return find(kMetrics, metric);
}

const char* runStatusName(std::string_view status)
{
    return find(kRunStatuses, status);
}

const char* analysisTypeName(std::string_view type)
{
    return find(kAnalysisTypes, type);
}

const char* algorithmName(std::string_view algorithm)
{
    return find(kAlgorithms, algorithm);
}

std::string displayName(std::string_view code)
{
    for (const char* (*lookup)(std::string_view) :
         {anomalyTypeName, severityName, anomalyStateName, metricName, runStatusName,
          analysisTypeName, algorithmName})
        if (const char* name = lookup(code))
            return name;
    std::string out(code);
    for (char& c : out)
        if (c == '_')
            c = ' ';
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = char(out[0] - 'a' + 'A');
    return out;
}

} // namespace kestrel::units
