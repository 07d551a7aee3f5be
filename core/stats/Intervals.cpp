#include "core/stats/Intervals.h"

#include "core/stats/RunningMoments.h"
#include "core/stats/StudentT.h"

#include <cmath>

namespace kestrel::stats {

std::optional<ConfidenceInterval> wilsonInterval(std::int64_t successes, std::int64_t trials,
                                                 double confidence)
{
    if (trials <= 0)
        return std::nullopt;
    const double n = static_cast<double>(trials);
    const double p = static_cast<double>(successes) / n;
    const double z = normalQuantile(1.0 - (1.0 - confidence) / 2.0);
    const double z2 = z * z;
    const double denom = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denom;
    const double half = z / denom * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return ConfidenceInterval{centre - half, centre + half};
}

std::optional<ConfidenceInterval> tInterval(std::int64_t n, double mean, double sampleSd,
                                            double confidence)
{
    if (n < 2)
        return std::nullopt;
    const double t = studentTQuantile(1.0 - (1.0 - confidence) / 2.0, static_cast<double>(n - 1));
    const double half = t * sampleSd / std::sqrt(static_cast<double>(n));
    return ConfidenceInterval{mean - half, mean + half};
}

std::optional<ConfidenceInterval> tInterval(std::span<const double> values, double confidence)
{
    if (values.size() < 2)
        return std::nullopt;
    RunningMoments m;
    for (double x : values)
        m.add(x);
    return tInterval(m.count(), m.mean(), m.stddev(), confidence);
}

} // namespace kestrel::stats
