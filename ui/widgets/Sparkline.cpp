#include "ui/widgets/Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <limits>

namespace kestrel::ui {

Sparkline::Sparkline(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(QVector<double> values)
{
    m_values = std::move(values);
    update();
}

void Sparkline::setColor(const QColor& color)
{
    m_color = color;
    update();
}

QColor Sparkline::color() const
{
    return m_color.isValid() ? m_color : palette().color(QPalette::Highlight);
}

QSize Sparkline::sizeHint() const
{
    return {160, 40};
}

void Sparkline::paintEvent(QPaintEvent*)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    int points = 0;
    for (double v : m_values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            ++points;
        }
    }
    if (points < 2)
        return;
    if (hi - lo < 1e-12) {
        lo -= 1.0;
        hi += 1.0;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 4, -4, -4);
    const double step = area.width() / double(m_values.size() - 1);
    auto at = [&](int i) {
        return QPointF(area.left() + step * i,
                       area.bottom() - (m_values[i] - lo) / (hi - lo) * area.height());
    };

    QPainterPath line;
    QPainterPath fill;
    bool drawing = false;
    int segmentStart = 0;
    QPointF last;
    auto closeFill = [&](int endIndex) {
        fill.lineTo(at(endIndex).x(), area.bottom());
        fill.lineTo(at(segmentStart).x(), area.bottom());
        fill.closeSubpath();
    };
    for (int i = 0; i < m_values.size(); ++i) {
        if (!std::isfinite(m_values[i])) {
            if (drawing)
                closeFill(i - 1);
            drawing = false;
            continue;
        }
        last = at(i);
        if (!drawing) {
            line.moveTo(last);
            fill.moveTo(last);
            segmentStart = i;
            drawing = true;
        } else {
            line.lineTo(last);
            fill.lineTo(last);
        }
    }
    if (drawing) {
        int lastIndex = int(m_values.size()) - 1;
        while (lastIndex > 0 && !std::isfinite(m_values[lastIndex]))
            --lastIndex;
        closeFill(lastIndex);
    }
    const QColor lineColor = color();
    QColor areaColor = lineColor;
    areaColor.setAlpha(40);
    painter.fillPath(fill, areaColor);
    painter.setPen(QPen(lineColor, 1.6));
    painter.drawPath(line);
    painter.setBrush(lineColor);
    painter.drawEllipse(last, 2.5, 2.5);
}

} // namespace kestrel::ui
