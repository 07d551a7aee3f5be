#pragma once

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStringList>

#include <string>

namespace kestrel::ui {

// How severities, states and anomaly types read in the Anomaly Review panel
// and on the Overview, so the table, the chart and the tile agree.
class AnomalyStyle
{
public:
    // "low" .. "critical", least to most severe.
    static QStringList severities();
    static QStringList states();
    static QStringList types();
    static QStringList algorithms();

    static QColor severityColor(const QString& severity);
    // A small filled dot in the severity's colour.
    static QIcon severityIcon(const QString& severity);
    // The labels are Format::name's; kept here so the panel reads in one place.
    static QString severityLabel(const QString& severity);
    static QString stateLabel(const QString& state);
    static QString typeLabel(const QString& type);
    static QString algorithmLabel(const QString& algorithm);
    // "duration_p95" -> "Duration p95".
    static QString metricLabel(const QString& metric);
    // A value of `metric` with its unit and precision (Format::metric).
    static QString value(double v, const std::string& metric);
};

} // namespace kestrel::ui
