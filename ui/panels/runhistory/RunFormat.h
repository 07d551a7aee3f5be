#pragma once

#include "core/common/Time.h"

#include <QColor>
#include <QString>

#include <optional>
#include <string_view>

namespace kestrel::ui {

// How the Run History panel writes numbers, times and statuses, so the table,
// the summary strip and the detail pane agree.

// "0.84 s", "12.3 s", "2 min 05 s"; empty for no value.
QString formatDuration(std::optional<double> seconds);
// A fraction in [0, 1] as "87.4 %"; empty for no value.
QString formatPercent(std::optional<double> fraction);
// Local time, "2026-11-20 14:03" (withSeconds: "2026-11-20 14:03:27").
QString formatTime(EpochMs t, bool withSeconds = false);
// Thousands separated by the locale.
QString formatCount(qint64 n);
// "Completed", "Failed", ... for a stored status.
QString statusLabel(std::string_view status);
// Text colour of a status in tables and chips.
QColor statusColor(std::string_view status);

} // namespace kestrel::ui
