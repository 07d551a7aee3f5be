#include "ui/widgets/Format.h"

#include "core/runs/RunRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace kestrel::ui {

namespace {
const QString kNone = QStringLiteral("—");

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::ui::Format", text);
}
} // namespace

QString Format::percent(std::optional<double> fraction, int decimals)
{
    if (!fraction)
        return kNone;
    return tr("%1 %").arg(*fraction * 100.0, 0, 'f', decimals);
}

QString Format::percentInterval(std::optional<double> fraction,
                                std::optional<runs::Interval> interval)
{
    if (!fraction)
        return kNone;
    if (!interval)
        return percent(fraction);
    return tr("%1 % (%2–%3)")
        .arg(*fraction * 100.0, 0, 'f', 1)
        .arg(interval->low * 100.0, 0, 'f', 1)
        .arg(interval->high * 100.0, 0, 'f', 1);
}

QString Format::meanInterval(std::optional<double> mean, std::optional<runs::Interval> interval)
{
    // Accuracies are fractions in [0, 1]; they read as percentages like rates.
    return percentInterval(mean, interval);
}

QString Format::duration(std::optional<double> seconds)
{
    if (!seconds)
        return kNone;
    const double s = *seconds;
    if (s < 1.0)
        return tr("%1 ms").arg(s * 1000.0, 0, 'f', 0);
    if (s < 120.0)
        return tr("%1 s").arg(s, 0, 'f', s < 10.0 ? 2 : 1);
    if (s < 7200.0)
        return tr("%1 min").arg(s / 60.0, 0, 'f', 1);
    return tr("%1 h").arg(s / 3600.0, 0, 'f', 1);
}

QString Format::count(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

QString Format::day(EpochMs t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString Format::dateTime(EpochMs t, bool withSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(t).toLocalTime().toString(
        withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Format::status(std::string_view status)
{
    using namespace runs;
    if (status == status::kCompleted)
        return tr("Completed");
    if (status == status::kFailed)
        return tr("Failed");
    if (status == status::kRunning)
        return tr("Running");
    if (status == status::kCancelled)
        return tr("Cancelled");
    return QString::fromUtf8(status.data(), static_cast<qsizetype>(status.size()));
}

QColor Format::statusColor(std::string_view status)
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
