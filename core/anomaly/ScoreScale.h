#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace kestrel::anomaly {

// Maps a raw "anomaly-ness" a (higher = more abnormal) monotonically into
// [0, 1] so that the detector's threshold t lands on 0.5: [lo, t] is stretched
// linearly onto [0, 0.5] and [t, hi] onto [0.5, 1]. Values outside [lo, hi]
// are clamped. Requires lo <= t <= hi.
inline double scaleAroundThreshold(double a, double lo, double t, double hi)
{
    if (a >= t) {
        if (hi <= t)
            return a > t ? 1.0 : 0.5;
        return std::clamp(0.5 + 0.5 * (a - t) / (hi - t), 0.5, 1.0);
    }
    if (t <= lo)
        return 0.0;
    return std::clamp(0.5 * (a - lo) / (t - lo), 0.0, 0.5);
}

// Maps a robust z (|deviation| / robust scale, >= 0) into [0, 1] with
// 1 - 2^(-z / z0): z0 (the detector's threshold) gives 0.5, 2 z0 gives 0.75,
// 3 z0 0.875, ~4.3 z0 0.95. An infinite z (a change against a perfectly
// constant baseline) gives 1.
inline double scaleRobustZ(double z, double z0)
{
    if (!(z > 0.0))
        return 0.0;
    if (std::isinf(z))
        return 1.0;
    return 1.0 - std::exp2(-z / z0);
}

} // namespace kestrel::anomaly
