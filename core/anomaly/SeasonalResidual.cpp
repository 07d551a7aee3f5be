#include "core/anomaly/SeasonalResidual.h"

#include "core/anomaly/InputCheck.h"
#include "core/anomaly/ScoreScale.h"
#include "core/common/Error.h"
#include "core/stats/Robust.h"

#include <algorithm>
#include <array>

namespace kestrel::anomaly {

namespace {

// Median of `members` values without member `skip`, nothing if too few.
bool leaveOneOutMedian(const std::vector<std::size_t>& members, std::size_t skip,
                       const std::vector<double>& values, std::size_t minCount,
                       std::vector<double>& scratch, double& out)
{
    scratch.clear();
    for (std::size_t m : members)
        if (m != skip)
            scratch.push_back(values[m]);
    if (scratch.size() < minCount || scratch.empty())
        return false;
    out = *stats::medianInPlace(scratch);
    return true;
}

} // namespace

SeasonalResidual::SeasonalResidual(SeasonalResidualOptions options) : m_options(options)
{
    if (m_options.minSlotSamples < 1)
        throw Error("a seasonal slot needs at least one sample");
    if (!(m_options.threshold > 0.0))
        throw Error("the robust z threshold must be positive");
}

int SeasonalResidual::slotOf(EpochMs t)
{
    const EpochMs day = dayStart(t);
    const auto hour = static_cast<int>((t - day) / kMsPerHour);
    // 1970-01-01 was a Thursday (weekday 3 with Monday = 0).
    EpochMs days = day / kMsPerDay;
    const auto weekday = static_cast<int>(((days + 3) % 7 + 7) % 7);
    return hour + 24 * weekday;
}

SeriesDetection SeasonalResidual::detect(const std::vector<EpochMs>& times,
                                         const std::vector<double>& values,
                                         const std::vector<bool>& excluded, Feedback feedback) const
{
    requireFinite(values);
    if (times.size() != values.size())
        throw Error("the seasonal detector needs one time per value");
    if (!excluded.empty() && excluded.size() != values.size())
        throw Error("the exclusion mask must be as long as the series");
    const std::size_t n = values.size();
    auto kept = [&](std::size_t i) { return excluded.empty() || !excluded[i]; };

    std::array<std::vector<std::size_t>, 168> slots;
    std::array<std::vector<std::size_t>, 24> hours;
    std::vector<std::size_t> all;
    for (std::size_t i = 0; i < n; ++i) {
        if (!kept(i))
            continue;
        const int slot = slotOf(times[i]);
        slots[static_cast<std::size_t>(slot)].push_back(i);
        hours[static_cast<std::size_t>(slot % 24)].push_back(i);
        all.push_back(i);
    }
    if (all.empty())
        throw Error("no data: every point is excluded from the baseline");

    SeriesDetection out;
    out.resizePoints(n);
    const auto minCount = static_cast<std::size_t>(m_options.minSlotSamples);
    std::vector<double> scratch;
    std::size_t fallbacks = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 255) == 0) {
            feedback.throwIfStopped();
            feedback.report(0.9 * static_cast<double>(i) / static_cast<double>(n));
        }
        const int slot = slotOf(times[i]);
        double expected = 0.0;
        if (!leaveOneOutMedian(slots[static_cast<std::size_t>(slot)], i, values, minCount, scratch,
                               expected)) {
            ++fallbacks;
            if (!leaveOneOutMedian(hours[static_cast<std::size_t>(slot % 24)], i, values, minCount,
                                   scratch, expected) &&
                !leaveOneOutMedian(all, i, values, 1, scratch, expected))
                expected = values[i];
        }
        out.expected[i] = expected;
        out.deviation[i] = values[i] - expected;
    }
    if (fallbacks > 0)
        out.notes.push_back(
            std::to_string(fallbacks) + " of " + std::to_string(n) +
            " points had too little history in their hour x weekday slot and were compared "
            "with their hour of day (or the whole series)");

    std::vector<double> residuals;
    for (std::size_t i : all)
        residuals.push_back(out.deviation[i]);
    stats::RobustScale scale = stats::robustScale(residuals);
    scale.median = 0.0; // residuals are centred on the expected value by construction
    for (std::size_t i = 0; i < n; ++i) {
        out.z[i] = stats::robustZ(out.deviation[i], scale);
        out.scores[i] = scaleRobustZ(out.z[i], m_options.threshold);
        out.labels[i] = out.z[i] >= m_options.threshold ? 1 : 0;
    }
    feedback.report(1.0);
    return out;
}

} // namespace kestrel::anomaly
