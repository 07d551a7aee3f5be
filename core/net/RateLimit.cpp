#include "core/net/RateLimit.h"

#include "core/common/Error.h"
#include "core/net/Retry.h"

#include <algorithm>

namespace kestrel::net {

void waitForWindow(const RequestLog& log, int limit, int requests, EpochMs windowMs,
                   std::stop_token stop)
{
    if (limit <= 0 || requests <= 0)
        return;
    if (requests > limit)
        throw Error("cannot send " + std::to_string(requests) +
                    " requests at once under a limit of " + std::to_string(limit));
    for (;;) {
        const EpochMs now = nowMs();
        const std::int64_t sent = log.sentBetween(now - windowMs, now + 1);
        if (sent + requests <= limit)
            return;
        const EpochMs oldest = log.oldestBetween(now - windowMs, now + 1).value_or(now);
        sleepFor(std::clamp<EpochMs>(oldest + windowMs - now + 10, 10, windowMs), stop);
    }
}

} // namespace kestrel::net
