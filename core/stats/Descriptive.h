#pragma once

#include <optional>
#include <span>
#include <vector>

namespace kestrel::stats {

// Quantile q in [0, 1] with linear interpolation between order statistics
// (numpy's and pandas' default). Reorders `values` (nth_element); nothing when empty.
std::optional<double> quantileInPlace(std::span<double> values, double q);

// Several quantiles of the same data, ascending q expected for best speed.
// Reorders `values`. Empty data gives an empty result.
std::vector<double> quantilesInPlace(std::span<double> values, std::span<const double> qs);

// Quantile of a copy of `values`.
std::optional<double> quantile(std::span<const double> values, double q);

// Sum in extended precision: a million terms stay within ~1e-16 relative.
double sum(std::span<const double> values);

// Mean (the extended-precision sum over the count); nothing when empty.
std::optional<double> mean(std::span<const double> values);

// Sample variance (ddof = 1), two passes in extended precision; nothing with
// fewer than two values.
std::optional<double> variance(std::span<const double> values);

// Sample standard deviation (ddof = 1) around a mean the caller already has;
// nothing with fewer than two values.
std::optional<double> sampleStddev(std::span<const double> values, double mean);

} // namespace kestrel::stats
