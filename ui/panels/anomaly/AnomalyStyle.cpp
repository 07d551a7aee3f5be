#include "ui/panels/anomaly/AnomalyStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace kestrel::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::ui::AnomalyStyle", text);
}

} // namespace

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
    if (severity == QLatin1String("low"))
        return tr("Low");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    return severity;
}

QString AnomalyStyle::stateLabel(const QString& state)
{
    if (state == QLatin1String("open"))
        return tr("Open");
    if (state == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    if (state == QLatin1String("resolved"))
        return tr("Resolved");
    if (state == QLatin1String("false_positive"))
        return tr("False positive");
    return state;
}

QString AnomalyStyle::typeLabel(const QString& type)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("latency_spike"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Latency spike")},
        {QStringLiteral("error_rate_spike"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Error rate spike")},
        {QStringLiteral("memory_leak"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Memory leak")},
        {QStringLiteral("throughput_drop"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Throughput drop")},
        {QStringLiteral("performance_degradation"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Performance degradation")},
        {QStringLiteral("resource_spike"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Resource spike")},
        {QStringLiteral("cpu_overload"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "CPU overload")},
        {QStringLiteral("unusual_pattern"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Unusual pattern")},
    };
    const auto it = labels.find(type);
    return it == labels.end() ? type : tr(*it);
}

QString AnomalyStyle::algorithmLabel(const QString& algorithm)
{
    if (algorithm == QLatin1String("iforest"))
        return tr("Isolation Forest");
    if (algorithm == QLatin1String("ocsvm"))
        return tr("One-Class SVM");
    if (algorithm == QLatin1String("mad"))
        return tr("Robust z-score (MAD)");
    if (algorithm == QLatin1String("seasonal"))
        return tr("Seasonal residual");
    if (algorithm == QLatin1String("ensemble"))
        return tr("Ensemble");
    return algorithm;
}

QString AnomalyStyle::metricLabel(const QString& metric)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("duration_p50"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Duration p50")},
        {QStringLiteral("duration_p95"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Duration p95")},
        {QStringLiteral("error_rate"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Error rate")},
        {QStringLiteral("accuracy"), QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Accuracy")},
        {QStringLiteral("throughput"),
         QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Throughput (runs/h)")},
        {QStringLiteral("memory"), QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "Memory")},
        {QStringLiteral("cpu"), QT_TRANSLATE_NOOP("kestrel::ui::AnomalyStyle", "CPU")},
    };
    const auto it = labels.find(metric);
    return it == labels.end() ? metric : tr(*it);
}

QString AnomalyStyle::value(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    const double a = std::abs(v);
    const int decimals = a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 4;
    return QLocale().toString(v, 'f', decimals);
}

} // namespace kestrel::ui
