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
// (the usual substitute, stats::robustScale); when that is 0 too the baseline is constant and
// z = 0 for an equal value, +inf otherwise. score = 1 - 2^(-z / threshold)
// (see scaleRobustZ): 0.5 at the threshold; label 1 when z >= threshold.
class RobustZScore
{
public:
    explicit RobustZScore(RobustZScoreOptions options = {});

    // Throws kestrel::Error "no data" for an empty series, and names the
    // first NaN/inf point. `excluded` may be empty or as long as `values`.
    SeriesDetection detect(const std::vector<double>& values,
                           const std::vector<bool>& excluded = {}, Feedback feedback = {}) const;

private:
    RobustZScoreOptions m_options;
};

} // namespace kestrel::anomaly
