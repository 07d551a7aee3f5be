#pragma once

#include "core/common/Time.h"
#include "core/detection/HourlyMetrics.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// The statistics detection gates hourly values with: count tests against the
// runs behind an hour, trailing smoothing and the weight of a mean over fewer
// runs than usual.
namespace kestrel::detection {

// P(X >= k) for X ~ Binomial(n, p).
double binomialUpper(std::int64_t k, std::int64_t n, double p);
// P(X <= k) and P(X >= k) for X ~ Poisson(lambda).
double poissonLower(std::int64_t k, double lambda);
double poissonUpper(std::int64_t k, double lambda);

// Trailing run-weighted mean over `hours` hours ending at each point; the
// counts become the runs behind each mean.
void smooth(const std::vector<EpochMs>& times, std::vector<double>& values,
            std::vector<std::int64_t>& counts, int hours);

// Points lying in one of `windows` ([start, end)) or carrying one of its
// hours in their trailing smoothing window.
std::vector<bool> exclusionMask(const std::vector<EpochMs>& times,
                                const std::vector<std::pair<EpochMs, EpochMs>>& windows,
                                int smoothingHours);

// How many runs an hourly value of `name` averages over.
std::int64_t runsBehind(const HourRow& h, const std::string& name);

// The robust z of a column is measured against hours with the usual number
// of runs behind them; a mean (or quantile) over fewer runs spreads by
// sqrt(typical / n) more, so its z counts for that much less. Counts (error
// rate, throughput) have their own test against the runs behind them.
double meanWeight(const HourRow& h, const std::string& name, double typical);

} // namespace kestrel::detection
