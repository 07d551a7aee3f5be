#include "ui/panels/anomaly/AnomalyStyle.h"

#include "ui/widgets/Format.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace kestrel::ui {

QStringList AnomalyStyle::severities()
{
    return {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
            QStringLiteral("critical")};
}

QStringList AnomalyStyle::states()
{
    return {QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("resolved"),
            QStringLiteral("false_positive")};
}

QStringList AnomalyStyle::types()
{
    return {QStringLiteral("latency_spike"),
            QStringLiteral("error_rate_spike"),
            QStringLiteral("memory_leak"),
            QStringLiteral("throughput_drop"),
            QStringLiteral("performance_degradation"),
            QStringLiteral("resource_spike"),
            QStringLiteral("cpu_overload"),
            QStringLiteral("unusual_pattern")};
}

QStringList AnomalyStyle::algorithms()
{
    return {QStringLiteral("iforest"), QStringLiteral("ocsvm"), QStringLiteral("mad"),
            QStringLiteral("seasonal"), QStringLiteral("ensemble")};
}

QColor AnomalyStyle::severityColor(const QString& severity)
{
    if (severity == QLatin1String("critical"))
        return QColor(0xb7, 0x1c, 0x1c);
    if (severity == QLatin1String("high"))
        return QColor(0xe6, 0x51, 0x00);
    if (severity == QLatin1String("medium"))
        return QColor(0xf9, 0xa8, 0x25);
    if (severity == QLatin1String("low"))
        return QColor(0x1e, 0x88, 0xe5);
    return QColor(0x75, 0x75, 0x75);
}

QIcon AnomalyStyle::severityIcon(const QString& severity)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(severity);
    if (it != cache.end())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(severityColor(severity));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return *cache.insert(severity, QIcon(pixmap));
}

QString AnomalyStyle::severityLabel(const QString& severity)
{
    return Format::name(severity);
}

QString AnomalyStyle::stateLabel(const QString& state)
{
    return Format::name(state);
}

QString AnomalyStyle::typeLabel(const QString& type)
{
    return Format::name(type);
}

QString AnomalyStyle::algorithmLabel(const QString& algorithm)
{
    return Format::name(algorithm);
}

QString AnomalyStyle::metricLabel(const QString& metric)
{
    return Format::name(metric);
}

QString AnomalyStyle::value(double v, const std::string& metric)
{
    return Format::metric(v, metric);
}

} // namespace kestrel::ui
