#include "core/stats/Robust.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kestrel::stats {

std::optional<double> medianInPlace(std::span<double> v)
{
    if (v.empty())
        return std::nullopt;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double hi = v[mid];
    if (v.size() % 2 == 1)
        return hi;
    // After nth_element the lower middle value is the largest of the first half.
    return (*std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid)) + hi) / 2.0;
}

std::optional<double> median(std::span<const double> values)
{
    std::vector<double> copy(values.begin(), values.end());
    return medianInPlace(copy);
}

std::optional<double> medianAbsoluteDeviation(std::span<const double> values)
{
    std::vector<double> v(values.begin(), values.end());
    const auto m = medianInPlace(v);
    if (!m)
        return std::nullopt;
    for (double& x : v)
        x = std::abs(x - *m);
    return medianInPlace(v);
}

RobustScale robustScale(std::vector<double> v)
{
    RobustScale s;
    if (v.empty())
        return s;
    s.median = *medianInPlace(v);
    double meanAbs = 0.0;
    for (double& x : v) {
        x = std::abs(x - s.median);
        meanAbs += x;
    }
    meanAbs /= static_cast<double>(v.size());
    const double mad = *medianInPlace(v);
    s.scale = mad > 0.0 ? 1.4826 * mad : 1.2533 * meanAbs;
    return s;
}

double robustZ(double x, const RobustScale& s)
{
    const double dev = std::abs(x - s.median);
    if (s.scale > 0.0)
        return dev / s.scale;
    return dev > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
}

} // namespace kestrel::stats
