#include "core/anomaly/RobustZScore.h"

#include "core/anomaly/InputCheck.h"
#include "core/anomaly/ScoreScale.h"
#include "core/common/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kestrel::anomaly {

double medianInPlace(std::vector<double>& v)
{
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double hi = v[mid];
    if (v.size() % 2 == 1)
        return hi;
    return (*std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid)) + hi) / 2.0;
}

RobustBaseline robustBaseline(std::vector<double> v)
{
    RobustBaseline b;
    if (v.empty())
        return b;
    b.median = medianInPlace(v);
    double meanAbs = 0.0;
    for (double& x : v) {
        x = std::abs(x - b.median);
        meanAbs += x;
    }
    meanAbs /= static_cast<double>(v.size());
    const double mad = medianInPlace(v);
    b.scale = mad > 0.0 ? 1.4826 * mad : 1.2533 * meanAbs;
    return b;
}

double robustZ(double x, const RobustBaseline& b)
{
    const double dev = std::abs(x - b.median);
    if (b.scale > 0.0)
        return dev / b.scale;
    return dev > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
}

RobustZScore::RobustZScore(RobustZScoreOptions options) : m_options(options)
{
    if (m_options.window < 2)
        throw Error("the baseline window needs at least 2 points");
    if (!(m_options.threshold > 0.0))
        throw Error("the robust z threshold must be positive");
    m_options.minBaseline = std::clamp(m_options.minBaseline, 1, m_options.window);
}

SeriesDetection RobustZScore::detect(const std::vector<double>& values, const std::vector<bool>& excluded,
                                     Feedback feedback) const
{
    requireFinite(values);
    if (!excluded.empty() && excluded.size() != values.size())
        throw Error("the exclusion mask must be as long as the series");
    const std::size_t n = values.size();
    auto isExcluded = [&](std::size_t i) { return !excluded.empty() && excluded[i]; };

    // Baseline for the first points: the series' first window (kept points).
    std::vector<double> head;
    for (std::size_t i = 0; i < n && head.size() < static_cast<std::size_t>(m_options.window); ++i)
        if (!isExcluded(i))
            head.push_back(values[i]);
    if (head.empty())
        throw Error("no data: every point is excluded from the baseline");
    const RobustBaseline headBaseline = robustBaseline(head);

    SeriesDetection out;
    out.resizePoints(n);
    if (n < static_cast<std::size_t>(m_options.minBaseline) + 1)
        out.notes.push_back("the series is shorter than the baseline needs: every point is compared with the "
                            "median of the whole series");
    std::vector<double> window;
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 1023) == 0) {
            feedback.throwIfStopped();
            feedback.report(static_cast<double>(i) / static_cast<double>(n));
        }
        window.clear();
        for (std::size_t j = i; j > 0 && window.size() < static_cast<std::size_t>(m_options.window); --j)
            if (!isExcluded(j - 1))
                window.push_back(values[j - 1]);
        const RobustBaseline b = window.size() >= static_cast<std::size_t>(m_options.minBaseline)
                                     ? robustBaseline(window)
                                     : headBaseline;
        out.expected[i] = b.median;
        out.deviation[i] = values[i] - b.median;
        out.z[i] = robustZ(values[i], b);
        out.scores[i] = scaleRobustZ(out.z[i], m_options.threshold);
        out.labels[i] = out.z[i] >= m_options.threshold ? 1 : 0;
    }
    feedback.report(1.0);
    return out;
}

} // namespace kestrel::anomaly
