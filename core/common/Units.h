#pragma once

#include <string>
#include <string_view>

namespace kestrel::units {

// What a number measures, which decides its unit and its precision wherever
// it is shown: the GUI (ui/widgets/Format, with the user's locale), the CLI's
// human output and the report text (formatValue below, C locale).
enum class Unit
{
    Plain,    // a score or a count without unit
    Fraction, // in [0, 1], shown as a percentage (accuracy, confidence, error rate)
    Percent,  // already in percent (CPU)
    Seconds,  // a duration, shown in ms, s, min or h
    Megabytes,
    PerHour, // runs per hour
    Usd,
};

// The unit of a metric name as stored ("duration_p95", "accuracy", "memory",
// "cpu", "error_rate", "throughput", "confidence", "success_rate"); Plain otherwise.
Unit unitOfMetric(std::string_view metric);

// A number ready to print: the value in its display unit, how many decimals
// it deserves, and the English unit suffix ("%", "ms", "MB"; empty for Plain).
struct Scaled
{
    double value = 0;
    int decimals = 0;
    const char* suffix = "";
    // Money: the sign goes in front ("$0.0031"), no space.
    bool prefix = false;
    // Below the smallest amount worth showing (money under $0.0001).
    bool tiny = false;
};
Scaled scale(double value, Unit unit);

// "97.2 %", "850 ms", "12.4 s", "512 MB", "$0.0031", "1,234" in English with
// grouping; an em dash for a value that is not finite.
std::string formatValue(double value, Unit unit);
// "$12.40", "$0.0031", "$0.00"; money with the precision it needs.
std::string formatMoney(double usd);
// "12,345".
std::string formatCount(long long n);

// English names of the codes Kestrel stores, the source text the UI
// translates in the context "Names" (lupdate reads them from Units.cpp).
// Null for a code that has none.
const char* anomalyTypeName(std::string_view type);
const char* severityName(std::string_view severity);
const char* anomalyStateName(std::string_view state);
const char* metricName(std::string_view metric);
const char* runStatusName(std::string_view status);
const char* analysisTypeName(std::string_view type);
const char* algorithmName(std::string_view algorithm);
// The first of the above that knows `code`, else "some_code" as "Some code".
std::string displayName(std::string_view code);

} // namespace kestrel::units
