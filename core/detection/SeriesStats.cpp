#include "core/detection/SeriesStats.h"

#include <algorithm>
#include <cmath>

namespace kestrel::detection {

namespace {

double logChoose(double n, double k)
{
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

} // namespace

double binomialUpper(std::int64_t k, std::int64_t n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    if (p <= 0.0)
        return 0.0;
    if (p >= 1.0)
        return 1.0;
    double sum = 0.0;
    for (std::int64_t j = k; j <= n; ++j)
        sum += std::exp(logChoose(static_cast<double>(n), static_cast<double>(j)) +
                        static_cast<double>(j) * std::log(p) +
                        static_cast<double>(n - j) * std::log1p(-p));
    return std::min(1.0, sum);
}

double poissonLower(std::int64_t k, double lambda)
{
    if (k < 0)
        return 0.0;
    if (lambda <= 0.0)
        return 1.0;
    double sum = 0.0;
    for (std::int64_t j = 0; j <= k; ++j)
        sum += std::exp(-lambda + static_cast<double>(j) * std::log(lambda) -
                        std::lgamma(static_cast<double>(j) + 1.0));
    return std::min(1.0, sum);
}

double poissonUpper(std::int64_t k, double lambda)
{
    return k <= 0 ? 1.0 : 1.0 - poissonLower(k - 1, lambda);
}

void smooth(const std::vector<EpochMs>& times, std::vector<double>& values,
            std::vector<std::int64_t>& counts, int hours)
{
    const std::size_t n = values.size();
    std::vector<double> outV(n);
    std::vector<std::int64_t> outC(n);
    double sum = 0.0;
    std::int64_t weight = 0;
    std::size_t lo = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += values[i] * static_cast<double>(counts[i]);
        weight += counts[i];
        while (times[lo] <= times[i] - static_cast<EpochMs>(hours) * kMsPerHour) {
            sum -= values[lo] * static_cast<double>(counts[lo]);
            weight -= counts[lo];
            ++lo;
        }
        outV[i] = weight > 0 ? sum / static_cast<double>(weight) : values[i];
        outC[i] = weight;
    }
    values = std::move(outV);
    counts = std::move(outC);
}

std::int64_t runsBehind(const HourRow& h, const std::string& name)
{
    if (name == metric::kDurationP50 || name == metric::kDurationP95)
        return h.completed;
    if (name == metric::kAccuracy)
        return h.accuracyCount;
    if (name == metric::kMemory)
        return h.memoryCount;
    if (name == metric::kCpu)
        return h.cpuCount;
    return h.runs;
}

double meanWeight(const HourRow& h, const std::string& name, double typical)
{
    if (name == metric::kErrorRate || name == metric::kThroughput)
        return 1.0;
    const auto n = static_cast<double>(runsBehind(h, name));
    if (n <= 0.0 || typical <= 0.0)
        return 0.0;
    return std::min(1.0, std::sqrt(n / typical));
}

std::vector<bool> exclusionMask(const std::vector<EpochMs>& times,
                                const std::vector<std::pair<EpochMs, EpochMs>>& windows,
                                int smoothingHours)
{
    std::vector<bool> mask(times.size(), false);
    // A smoothed value carries its trailing hours: keep them out too.
    const EpochMs carry =
        smoothingHours > 1 ? static_cast<EpochMs>(smoothingHours - 1) * kMsPerHour : 0;
    for (std::size_t i = 0; i < times.size(); ++i)
        for (const auto& [s, e] : windows)
            if (times[i] >= s && times[i] < e + carry)
                mask[i] = true;
    return mask;
}

} // namespace kestrel::detection
