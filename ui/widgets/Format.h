#pragma once

#include "core/common/Time.h"
#include "core/common/Units.h"
#include "core/runs/RunAggregates.h"

#include <QColor>
#include <QString>

#include <optional>
#include <string_view>

namespace kestrel::ui {

// How every figure, name and time reads in the GUI (tables, detail panes,
// tiles, charts, the report), so the same value looks the same everywhere.
// Units and precision come from core/common/Units (which the CLI and the
// report text use too); this adds the user's locale, translation and time zone.
class Format
{
public:
    // A value with the unit and precision of what it measures, in the user's
    // locale: "97.2 %", "850 ms", "512 MB", "$0.0031"; an em dash when absent.
    static QString value(std::optional<double> v, units::Unit unit);
    // The same, with the unit of a stored metric name ("duration_p95", "accuracy").
    static QString metric(std::optional<double> v, std::string_view metric);
    // "$12.40", "$0.0031".
    static QString money(std::optional<double> usd);

    // The translated display name of a stored code: anomaly type, severity,
    // review state, metric, run status, analysis type or algorithm
    // ("performance_degradation" -> "Performance degradation").
    static QString name(std::string_view code);
    static QString name(const QString& code);

    // Times are shown in UTC or in local time, as the user chose in
    // Settings › General (settings::timeZone); UTC until then.
    static bool showsUtc();
    // Reads the settings Format caches again (after Settings › General applies).
    static void reloadSettings();
    // "UTC" or "local time", for headers such as "Time (UTC)".
    static QString zoneName();
    // Installs a translator that reads "%n call(s)" as "1 call" / "2 calls"
    // when no translation of the string is loaded (English), so plurals read
    // right in every language. Idempotent.
    static void installPluralFallback();

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
    // "2026-11-22 05:11" in the chosen zone (withSeconds: "2026-11-22 05:11:07").
    static QString dateTime(EpochMs t, bool withSeconds = false);
    // "Completed", "Failed", ... for a stored run status.
    static QString status(std::string_view status);
    // Text colour of a run status in tables and chips.
    static QColor statusColor(std::string_view status);
};

} // namespace kestrel::ui
