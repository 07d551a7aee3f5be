#include "core/forecast/Forecast.h"

#include "core/common/Error.h"
#include "core/stats/StudentT.h"

namespace kestrel::forecast {

std::vector<Interval> gaussianIntervals(std::span<const double> mean,
                                        std::span<const double> standardError,
                                        std::span<const double> levels)
{
    if (mean.size() != standardError.size())
        throw Error("A forecast needs one standard error per step.");
    std::vector<Interval> out;
    out.reserve(levels.size());
    for (double level : levels) {
        if (!(level > 0.0 && level < 1.0))
            throw Error("An interval level must lie between 0 and 100 %.");
        const double z = stats::normalQuantile(0.5 + level / 2.0);
        Interval interval{level, {}, {}};
        interval.lower.reserve(mean.size());
        interval.upper.reserve(mean.size());
        for (std::size_t i = 0; i < mean.size(); ++i) {
            interval.lower.push_back(mean[i] - z * standardError[i]);
            interval.upper.push_back(mean[i] + z * standardError[i]);
        }
        out.push_back(std::move(interval));
    }
    return out;
}

void setInformationCriteria(FitStats& stats)
{
    const double k = stats.parameterCount;
    const double n = stats.nobs;
    stats.aic = -2.0 * stats.llf + 2.0 * k;
    stats.bic = -2.0 * stats.llf + k * std::log(n);
    stats.aicc = n - k - 1.0 > 0.0 ? stats.aic + 2.0 * k * (k + 1.0) / (n - k - 1.0) : kNaN;
}

} // namespace kestrel::forecast
