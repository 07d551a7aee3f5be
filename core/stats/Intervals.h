#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace kestrel::stats {

struct ConfidenceInterval
{
    double low = 0;
    double high = 0;
};

// Wilson score interval for a proportion successes / trials at the given
// confidence (statsmodels' proportion_confint(method="wilson")). Nothing when trials == 0.
std::optional<ConfidenceInterval> wilsonInterval(std::int64_t successes, std::int64_t trials,
                                                 double confidence = 0.95);

// Student t interval for a mean from its sample size, mean and sample standard
// deviation (ddof = 1), as scipy.stats.t.interval(conf, n - 1, mean, sd / sqrt(n)).
// Nothing with fewer than two values.
std::optional<ConfidenceInterval> tInterval(std::int64_t n, double mean, double sampleSd,
                                            double confidence = 0.95);

// The same over raw values.
std::optional<ConfidenceInterval> tInterval(std::span<const double> values,
                                            double confidence = 0.95);

} // namespace kestrel::stats
