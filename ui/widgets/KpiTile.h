#pragma once

#include "ui/widgets/ThemeColors.h"

#include <QFrame>
#include <QVector>

class QLabel;

namespace kestrel::ui {

class ElidedLabel;
class Sparkline;

// One key figure on the Overview: a title, a large value, a line of detail and
// a sparkline of its recent trend. Panels create tiles for their own figures
// (runs, anomalies, AI spend and the like) and add them to the Overview.
// Every colour comes from the palette and follows a theme switch.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    // How the value reads: colours the value and the sparkline (from the palette).
    using Tone = theme::Tone;

    explicit KpiTile(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value);
    void setDetail(const QString& detail);
    void setTrend(QVector<double> values);
    void setTone(Tone tone);

    QString title() const;
    QString value() const;
    QString detail() const;
    const QVector<double>& trend() const;
    Tone tone() const { return m_tone; }
    // The colour the tile is filled with (the palette's base).
    QColor background() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    ElidedLabel* m_title;
    QLabel* m_value;
    ElidedLabel* m_detail;
    Sparkline* m_sparkline;
    Tone m_tone = Tone::Neutral;
};

} // namespace kestrel::ui
