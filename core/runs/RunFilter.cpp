#include "core/runs/RunFilter.h"

#include "core/common/Error.h"

namespace kestrel::runs {

void applyTimeframe(RunFilter& filter, const std::string& preset, EpochMs now)
{
    EpochMs span = 0;
    if (preset == "24h")
        span = kMsPerDay;
    else if (preset == "7d")
        span = 7 * kMsPerDay;
    else if (preset == "30d")
        span = 30 * kMsPerDay;
    else if (preset == "90d")
        span = 90 * kMsPerDay;
    else if (preset == "all" || preset.empty()) {
        filter.from.reset();
        filter.to.reset();
        return;
    } else
        throw Error("Unknown timeframe '" + preset + "': use 24h, 7d, 30d, 90d or all.");
    filter.from = now - span;
    filter.to.reset();
}

} // namespace kestrel::runs
