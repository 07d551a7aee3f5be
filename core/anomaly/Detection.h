#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kestrel::anomaly {

// What every detector returns for a batch of points: a score in [0, 1] per point
// (0.5 is the detector's own decision threshold, so the severity thresholds
// 0.5 / 0.7 / 0.85 / 0.95 apply to every detector alike), a label per point
// (1 anomaly, 0 normal) and notes for a person about how the input was handled.
struct Detection
{
    std::vector<double> scores;
    std::vector<int> labels;
    std::vector<std::string> notes;
};

// A detection on one metric series, with what the detector expected.
struct SeriesDetection : Detection
{
    std::vector<double> expected;  // baseline value at each point
    std::vector<double> deviation; // actual - expected
    std::vector<double> z;         // |deviation| / robust scale (may be +inf)

    // Every per-point vector sized for `n` points, zero-filled.
    void resizePoints(std::size_t n)
    {
        scores.resize(n);
        labels.resize(n);
        expected.resize(n);
        deviation.resize(n);
        z.resize(n);
    }
};

} // namespace kestrel::anomaly
