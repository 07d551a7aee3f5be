#include "core/stats/Descriptive.h"

#include <algorithm>
#include <cmath>

namespace kestrel::stats {

namespace {

// Positions a pair of neighbouring order statistics around rank h in [lo, n)
// and returns the interpolated value; elements before `lo` are already <= the rest.
double interpolateAt(std::span<double> v, std::size_t lo, double h)
{
    const std::size_t n = v.size();
    const auto k = static_cast<std::size_t>(std::floor(h));
    const double frac = h - static_cast<double>(k);
    std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(lo),
                     v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    const double a = v[k];
    if (frac == 0.0 || k + 1 >= n)
        return a;
    // The next order statistic is the minimum of the part after k.
    const double b = *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(k) + 1, v.end());
    return a + (b - a) * frac;
}

} // namespace

std::optional<double> quantileInPlace(std::span<double> values, double q)
{
    if (values.empty())
        return std::nullopt;
    q = std::clamp(q, 0.0, 1.0);
    const double h = q * static_cast<double>(values.size() - 1);
    return interpolateAt(values, 0, h);
}

std::vector<double> quantilesInPlace(std::span<double> values, std::span<const double> qs)
{
    std::vector<double> out;
    if (values.empty())
        return out;
    out.reserve(qs.size());
    std::size_t lo = 0;
    double lastH = -1;
    for (double q : qs) {
        q = std::clamp(q, 0.0, 1.0);
        const double h = q * static_cast<double>(values.size() - 1);
        // After nth_element at k, everything from k on is >= v[k]: a later,
        // larger rank only needs to search from k.
        const std::size_t start = h >= lastH ? lo : 0;
        out.push_back(interpolateAt(values, start, h));
        lo = static_cast<std::size_t>(std::floor(h));
        lastH = h;
    }
    return out;
}

std::optional<double> quantile(std::span<const double> values, double q)
{
    std::vector<double> copy(values.begin(), values.end());
    return quantileInPlace(copy, q);
}

double sum(std::span<const double> values)
{
    long double s = 0;
    for (double x : values)
        s += x;
    return static_cast<double>(s);
}

std::optional<double> mean(std::span<const double> values)
{
    if (values.empty())
        return std::nullopt;
    return sum(values) / static_cast<double>(values.size());
}

namespace {

long double squaredDeviations(std::span<const double> values, double mean)
{
    long double s = 0;
    for (double x : values)
        s += (static_cast<long double>(x) - mean) * (static_cast<long double>(x) - mean);
    return s;
}

} // namespace

std::optional<double> variance(std::span<const double> values)
{
    if (values.size() < 2)
        return std::nullopt;
    return static_cast<double>(squaredDeviations(values, *mean(values)) /
                               static_cast<long double>(values.size() - 1));
}

std::optional<double> sampleStddev(std::span<const double> values, double mean)
{
    if (values.size() < 2)
        return std::nullopt;
    return std::sqrt(static_cast<double>(squaredDeviations(values, mean) /
                                         static_cast<long double>(values.size() - 1)));
}

} // namespace kestrel::stats
