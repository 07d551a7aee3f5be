#pragma once

#include "core/anomaly/Detection.h"
#include "core/common/Progress.h"
#include "core/common/Time.h"

#include <vector>

namespace kestrel::anomaly {

struct SeasonalResidualOptions
{
    int minSlotSamples = 3; // fewer in an hour x weekday slot: use the hour of day
    double threshold = 3.5; // robust z of the residual scored 0.5
};

// Seasonal residual for hourly metrics. The expected value of a point is the
// median of the other points (leave-one-out, `excluded` points left out) in
// its slot hour-of-day x day-of-week (UTC); a slot with fewer than
// minSlotSamples other points falls back to the same hour of day, then to the
// median of the whole series. The residual actual - expected is scored by its
// robust z against 1.4826 * MAD of all kept residuals (same fall-backs and
// score mapping as RobustZScore).
class SeasonalResidual
{
public:
    explicit SeasonalResidual(SeasonalResidualOptions options = {});

    // times and values of equal length; errors for empty, NaN/inf.
    SeriesDetection detect(const std::vector<EpochMs>& times, const std::vector<double>& values,
                           const std::vector<bool>& excluded = {}, Feedback feedback = {}) const;

    // 0..167: hour of day + 24 * day of week (0 = Monday), UTC.
    static int slotOf(EpochMs t);

private:
    SeasonalResidualOptions m_options;
};

} // namespace kestrel::anomaly
