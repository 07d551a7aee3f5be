#pragma once

#include <optional>
#include <span>
#include <vector>

namespace kestrel::stats {

// Median as numpy.median: the middle order statistic, or the mean of the two
// middle ones for an even count. Reorders `values` partially; nothing when empty.
std::optional<double> medianInPlace(std::span<double> values);

// Median of a copy of `values`.
std::optional<double> median(std::span<const double> values);

// Median absolute deviation from the median, unscaled
// (scipy.stats.median_abs_deviation(values, scale=1)). Nothing when empty.
std::optional<double> medianAbsoluteDeviation(std::span<const double> values);

// A robust location and scale: the median and 1.4826 * MAD (the normal
// consistency factor, so scale estimates the standard deviation of normal
// data). When the MAD is 0 the scale falls back to 1.2533 * mean absolute
// deviation from the median (the usual substitute); when that is 0 too the
// data is constant and the scale is 0. Both 0 for empty data.
struct RobustScale
{
    double median = 0.0;
    double scale = 0.0;
};
RobustScale robustScale(std::vector<double> values);

// |x - median| / scale; +inf when the scale is 0 and x differs from the median, 0 when equal.
double robustZ(double x, const RobustScale& s);

} // namespace kestrel::stats
