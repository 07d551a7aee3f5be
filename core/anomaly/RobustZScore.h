#pragma once

#include "core/anomaly/Detection.h"
#include "core/common/Progress.h"

#include <vector>

namespace kestrel::anomaly {

struct RobustZScoreOptions
{
    int window = 48;        // baseline: the `window` points before each point
    int minBaseline = 8;    // fewer points before it: use the series' first window
    double threshold = 3.5; // robust z scored 0.5 (Iglewicz & Hoaglin's 3.5)
};

// Robust z-score over a rolling baseline: for point i the baseline is the
// `window` points before it (points marked in `excluded`, e.g. confirmed
// false positives' windows, are left out), and
//   z = |x - median| / (1.4826 * MAD).
// When the MAD is 0 the scale falls back to 1.2533 * mean absolute deviation
// (the usual substitute); when that is 0 too the baseline is constant and
// z = 0 for an equal value, +inf otherwise. score = 1 - 2^(-z / threshold)
// (see scaleRobustZ): 0.5 at the threshold; label 1 when z >= threshold.
class RobustZScore
{
public:
    explicit RobustZScore(RobustZScoreOptions options = {});

    // Throws kestrel::Error "no data" for an empty series, and names the
    // first NaN/inf point. `excluded` may be empty or as long as `values`.
    SeriesDetection detect(const std::vector<double>& values, const std::vector<bool>& excluded = {},
                           Feedback feedback = {}) const;

private:
    RobustZScoreOptions m_options;
};

// Median and the robust scale 1.4826 * MAD of `v` (with the fall-backs above).
struct RobustBaseline
{
    double median = 0.0;
    double scale = 0.0;
};
RobustBaseline robustBaseline(std::vector<double> v);

// The median of `v` (not empty); reorders `v` partially.
double medianInPlace(std::vector<double>& v);

// The median of `v` (not empty).
inline double medianOf(std::vector<double> v)
{
    return medianInPlace(v);
}

// z for a value against a baseline: +inf when the scale is 0 and x differs.
double robustZ(double x, const RobustBaseline& b);

} // namespace kestrel::anomaly
