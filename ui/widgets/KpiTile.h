#pragma once

#include <QFrame>
#include <QVector>

class QLabel;

namespace kestrel::ui {

class Sparkline;

// One key figure on the Overview: a title, a large value, a line of detail and
// a sparkline of its recent trend. Panels create tiles for their own figures
// (runs, anomalies, AI spend, ...) and add them to the Overview.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    // How the value reads: colours the value and the sparkline.
    enum class Tone
    {
        Neutral,
        Good,
        Warning,
        Bad
    };

    explicit KpiTile(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value);
    void setDetail(const QString& detail);
    void setTrend(QVector<double> values);
    void setTone(Tone tone);

    QString title() const;
    QString value() const;
    QString detail() const;
    const QVector<double>& trend() const;

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
    Sparkline* m_sparkline;
};

} // namespace kestrel::ui
