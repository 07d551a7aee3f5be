#include "core/anomaly/RobustZScore.h"

#include "core/anomaly/InputCheck.h"
#include "core/anomaly/ScoreScale.h"
#include "core/common/Error.h"
#include "core/stats/Robust.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kestrel::anomaly {

RobustZScore::RobustZScore(RobustZScoreOptions options) : m_options(options)
{
    if (m_options.window < 2)
        throw Error("the baseline window needs at least 2 points");
    if (!(m_options.threshold > 0.0))
        throw Error("the robust z threshold must be positive");
    m_options.minBaseline = std::clamp(m_options.minBaseline, 1, m_options.window);
}

SeriesDetection RobustZScore::detect(const std::vector<double>& values,
                                     const std::vector<bool>& excluded, Feedback feedback) const
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
    const stats::RobustScale headBaseline = stats::robustScale(head);

    SeriesDetection out;
    out.resizePoints(n);
    if (n < static_cast<std::size_t>(m_options.minBaseline) + 1)
        out.notes.push_back(
            "the series is shorter than the baseline needs: every point is compared with the "
            "median of the whole series");
    std::vector<double> window;
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 1023) == 0) {
            feedback.throwIfStopped();
            feedback.report(static_cast<double>(i) / static_cast<double>(n));
        }
        window.clear();
        for (std::size_t j = i; j > 0 && window.size() < static_cast<std::size_t>(m_options.window);
             --j)
            if (!isExcluded(j - 1))
                window.push_back(values[j - 1]);
        const stats::RobustScale b =
            window.size() >= static_cast<std::size_t>(m_options.minBaseline)
                ? stats::robustScale(window)
                : headBaseline;
        out.expected[i] = b.median;
        out.deviation[i] = values[i] - b.median;
        out.z[i] = stats::robustZ(values[i], b);
        out.scores[i] = scaleRobustZ(out.z[i], m_options.threshold);
        out.labels[i] = out.z[i] >= m_options.threshold ? 1 : 0;
    }
    feedback.report(1.0);
    return out;
}

} // namespace kestrel::anomaly
