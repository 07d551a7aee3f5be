#pragma once

#include "core/common/Time.h"

#include <cstdint>
#include <optional>
#include <stop_token>

namespace kestrel::net {

// The record of requests already sent, kept by the caller where every process
// sees it (for the AI providers: the usage ledger in the workspace), so one
// limit holds across the panel, the CLI and other processes.
class RequestLog
{
public:
    virtual ~RequestLog() = default;
    // Requests sent in [from, to).
    virtual std::int64_t sentBetween(EpochMs from, EpochMs to) const = 0;
    // When the oldest of them was sent, nothing when none was.
    virtual std::optional<EpochMs> oldestBetween(EpochMs from, EpochMs to) const = 0;
};

// A sliding-window limit: at most `limit` requests in any `windowMs`. Blocks
// until `requests` more fit, polling `log` after each wait (the oldest
// request leaving the window). No wait when `limit` or `requests` is not
// positive; the caller refuses a `requests` above `limit` (it would wait for
// ever). Throws Cancelled when `stop` is requested.
void waitForWindow(const RequestLog& log, int limit, int requests, EpochMs windowMs,
                   std::stop_token stop);

} // namespace kestrel::net
