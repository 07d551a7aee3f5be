#include "core/common/Time.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace kestrel {

namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool readInt(std::string_view& s, int digits, int& out)
{
    if (s.size() < static_cast<size_t>(digits))
        return false;
    int v = 0;
    for (int i = 0; i < digits; ++i) {
        const char c = s[static_cast<size_t>(i)];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    s.remove_prefix(static_cast<size_t>(digits));
    return true;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

std::optional<EpochMs> inRange(EpochMs t)
{
    if (t < kMinTimeMs || t >= kMaxTimeMs)
        return std::nullopt;
    return t;
}

bool eat(std::string_view& s, char c)
{
    if (!s.empty() && s.front() == c) {
        s.remove_prefix(1);
        return true;
    }
    return false;
}

} // namespace

EpochMs nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string toIso(EpochMs t)
{
    const EpochMs day = dayStart(t);
    std::int64_t z = day / kMsPerDay + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y0 = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = y0 + (m <= 2);
    EpochMs rest = t - day;
    const int hh = static_cast<int>(rest / kMsPerHour);
    rest %= kMsPerHour;
    const int mm = static_cast<int>(rest / 60000);
    rest %= 60000;
    const int ss = static_cast<int>(rest / 1000);
    const int ms = static_cast<int>(rest % 1000);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%03dZ",
                  static_cast<long long>(y), m, d, hh, mm, ss, ms);
    return buf;
}

std::optional<EpochMs> parseTime(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '"'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == '\r'))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;

    // A plain number: Unix seconds (possibly fractional) or milliseconds.
    if (text.find('-', 1) == std::string_view::npos && text.find(':') == std::string_view::npos) {
        double v = 0;
        auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec != std::errc() || p != text.data() + text.size())
            return std::nullopt;
        // Range-check before converting: a double beyond int64 is undefined behaviour.
        const double ms = v > 1e11 ? v : v * 1000.0 + (v >= 0 ? 0.5 : -0.5);
        if (!(ms >= static_cast<double>(kMinTimeMs) && ms < static_cast<double>(kMaxTimeMs)))
            return std::nullopt;
        return static_cast<EpochMs>(ms);
    }

    std::string_view s = text;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!readInt(s, 4, y) || !eat(s, '-') || !readInt(s, 2, mo) || !eat(s, '-') ||
        !readInt(s, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return std::nullopt;
    EpochMs ms = 0;
    if (!s.empty() && (s.front() == 'T' || s.front() == ' ')) {
        s.remove_prefix(1);
        if (!readInt(s, 2, h) || !eat(s, ':') || !readInt(s, 2, mi))
            return std::nullopt;
        if (eat(s, ':') && !readInt(s, 2, sec))
            return std::nullopt;
        if (eat(s, '.') || eat(s, ',')) {
            int scale = 100;
            while (!s.empty() && s.front() >= '0' && s.front() <= '9') {
                ms += (s.front() - '0') * scale;
                scale /= 10;
                s.remove_prefix(1);
            }
        }
        if (h > 23 || mi > 59 || sec > 60)
            return std::nullopt;
    }
    EpochMs offset = 0;
    if (eat(s, 'Z') || eat(s, 'z')) {
    } else if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        const int sign = s.front() == '-' ? -1 : 1;
        s.remove_prefix(1);
        int oh = 0, om = 0;
        if (!readInt(s, 2, oh))
            return std::nullopt;
        eat(s, ':');
        if (!s.empty() && !readInt(s, 2, om))
            return std::nullopt;
        offset = sign * (oh * kMsPerHour + om * 60000);
    }
    if (!s.empty())
        return std::nullopt;
    return inRange(daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) *
                       kMsPerDay +
                   h * kMsPerHour + mi * 60000 + sec * 1000 + ms - offset);
}

} // namespace kestrel
