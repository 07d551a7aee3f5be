#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kestrel {

// Kestrel keeps time as milliseconds since the Unix epoch, UTC.
using EpochMs = std::int64_t;

constexpr EpochMs kMsPerHour = 3'600'000;
constexpr EpochMs kMsPerDay = 24 * kMsPerHour;

// The times Kestrel accepts: from 1970-01-01T00:00:00Z (inclusive) to
// 2201-01-01T00:00:00Z (exclusive), i.e. the years 1970-2200.
constexpr EpochMs kMinTimeMs = 0;
constexpr EpochMs kMaxTimeMs = 7'289'654'400'000; // 2201-01-01T00:00:00Z

EpochMs nowMs();

// ISO 8601 in UTC with milliseconds, e.g. "2026-11-22T05:11:00.000Z".
std::string toIso(EpochMs t);

// Parses ISO 8601 dates and date-times ("2026-11-22", "2026-11-22 05:11",
// "2026-11-22T05:11:00.123Z", "+05:30" offsets) and plain Unix seconds or
// milliseconds (numbers above 1e11 are taken as milliseconds). Nothing on failure,
// for a date that does not exist (2026-02-30) and for a time outside
// [kMinTimeMs, kMaxTimeMs).
std::optional<EpochMs> parseTime(std::string_view text);

// Start of the period of length `unit` (since the epoch) holding t.
inline EpochMs periodStart(EpochMs t, EpochMs unit)
{
    EpochMs d = t / unit;
    if (t < 0 && t % unit != 0)
        --d;
    return d * unit;
}

// Start of the UTC day holding t.
inline EpochMs dayStart(EpochMs t)
{
    return periodStart(t, kMsPerDay);
}

// Start of the UTC hour holding t.
inline EpochMs hourStart(EpochMs t)
{
    return periodStart(t, kMsPerHour);
}

} // namespace kestrel
