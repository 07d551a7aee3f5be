#pragma once

#include <QColor>
#include <QVector>
#include <QWidget>

namespace kestrel::ui {

// A small trend line without axes: the shape of a series at a glance, with
// its last point marked. Values that are NaN leave a gap.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(QVector<double> values);
    const QVector<double>& values() const { return m_values; }
    // The line's colour; without one (or an invalid one) the palette's highlight.
    void setColor(const QColor& color);
    QColor color() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<double> m_values;
    QColor m_color;
};

} // namespace kestrel::ui
