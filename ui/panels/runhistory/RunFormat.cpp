#include "ui/panels/runhistory/RunFormat.h"

#include "core/runs/RunRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace kestrel::ui {

QString formatDuration(std::optional<double> seconds)
{
    if (!seconds || !std::isfinite(*seconds))
        return {};
    const double s = *seconds;
    if (s < 10.0)
        return QCoreApplication::translate("RunFormat", "%1 s").arg(s, 0, 'f', 2);
    if (s < 100.0)
        return QCoreApplication::translate("RunFormat", "%1 s").arg(s, 0, 'f', 1);
    const qint64 whole = std::llround(s);
    return QCoreApplication::translate("RunFormat", "%1 min %2 s")
        .arg(whole / 60)
        .arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString formatPercent(std::optional<double> fraction)
{
    if (!fraction || !std::isfinite(*fraction))
        return {};
    return QCoreApplication::translate("RunFormat", "%1 %").arg(*fraction * 100.0, 0, 'f', 1);
}

QString formatTime(EpochMs t, bool withSeconds)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t).toLocalTime();
    return dt.toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                   : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatCount(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

QString statusLabel(std::string_view status)
{
    using namespace runs;
    if (status == status::kCompleted)
        return QCoreApplication::translate("RunFormat", "Completed");
    if (status == status::kFailed)
        return QCoreApplication::translate("RunFormat", "Failed");
    if (status == status::kRunning)
        return QCoreApplication::translate("RunFormat", "Running");
    if (status == status::kCancelled)
        return QCoreApplication::translate("RunFormat", "Cancelled");
    return QString::fromUtf8(status.data(), static_cast<qsizetype>(status.size()));
}

QColor statusColor(std::string_view status)
{
    using namespace runs;
    if (status == status::kCompleted)
        return QColor(0x2e, 0x7d, 0x32);
    if (status == status::kFailed)
        return QColor(0xc6, 0x28, 0x28);
    if (status == status::kRunning)
        return QColor(0x15, 0x65, 0xc0);
    if (status == status::kCancelled)
        return QColor(0x75, 0x75, 0x75);
    return {};
}

} // namespace kestrel::ui
