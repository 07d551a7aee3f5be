#pragma once

#include "core/common/Time.h"
#include "core/runs/RunAggregates.h"

#include <QColor>
#include <QString>

#include <optional>
#include <string_view>

namespace kestrel::ui {

// How figures read in the Overview and the Run History views (charts, model
// comparison, error patterns), so the same value looks the same in each.
class Format
{
public:
    // "97.2 %" from a fraction in [0, 1]; an em dash when there is no value.
    static QString percent(std::optional<double> fraction, int decimals = 1);
    // "97.2 % (96.8–97.6)": a rate with its 95 % interval.
    static QString percentInterval(std::optional<double> fraction,
                                   std::optional<runs::Interval> interval);
    // "81.2 % (80.9–81.5)": a mean accuracy in [0, 1] with its 95 % interval.
    static QString meanInterval(std::optional<double> mean, std::optional<runs::Interval> interval);
    // "850 ms", "12.4 s", "3.2 min": a duration in seconds in a unit a person reads at a glance.
    static QString duration(std::optional<double> seconds);
    // "12,345" in the user's locale.
    static QString count(qint64 n);
    // "2026-11-22" (UTC day).
    static QString day(EpochMs t);
    // "2026-11-22 05:11" in local time (withSeconds: "2026-11-22 05:11:07").
    static QString dateTime(EpochMs t, bool withSeconds = false);
    // "Completed", "Failed", ... for a stored run status.
    static QString status(std::string_view status);
    // Text colour of a run status in tables and chips.
    static QColor statusColor(std::string_view status);
};

} // namespace kestrel::ui
