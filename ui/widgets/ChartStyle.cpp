#include "ui/widgets/ChartStyle.h"

#include "ui/widgets/ThemeColors.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>

#include <qcustomplot.h>

#include <algorithm>

namespace kestrel::ui {

ChartStyle::ChartStyle(QCustomPlot* plot) : QObject(plot), m_plot(plot), m_label(new QLabel(plot))
{
    setObjectName(QStringLiteral("chartStyle"));
    m_label->setObjectName(QStringLiteral("chartMessage"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setContentsMargins(24, 24, 24, 24);
    m_label->hide();
    theme::setMutedText(m_label);
    plot->installEventFilter(this);
    restyle();
}

ChartStyle* ChartStyle::attach(QCustomPlot* plot)
{
    if (ChartStyle* existing = of(plot))
        return existing;
    return new ChartStyle(plot);
}

ChartStyle* ChartStyle::of(const QCustomPlot* plot)
{
    return plot ? plot->findChild<ChartStyle*>(QStringLiteral("chartStyle"),
                                               Qt::FindDirectChildrenOnly)
                : nullptr;
}

void ChartStyle::onRestyle(std::function<void(const QPalette&)> recolour)
{
    recolour(m_plot->palette());
    m_recolour.push_back(std::move(recolour));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartStyle::restyle()
{
    if (m_restyling)
        return;
    m_restyling = true;
    const QPalette p = m_plot->palette();
    const QColor text = p.color(QPalette::Text);
    const QColor muted = theme::mutedText(p);
    const QColor grid = theme::gridColor(p);
    m_plot->setBackground(p.brush(QPalette::Base));
    for (QCPAxisRect* rect : m_plot->axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(muted, 1));
            axis->setTickPen(QPen(muted, 1));
            axis->setSubTickPen(QPen(muted, 1));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->setSelectedTickLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
            axis->grid()->setSubGridPen(QPen(grid, 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(grid, 1));
        }
    }
    if (QCPLegend* legend = m_plot->legend) {
        // A legend drawn without a box (under the chart) stays without one.
        if (legend->brush().style() != Qt::NoBrush) {
            QColor fill = p.color(QPalette::Base);
            fill.setAlpha(225);
            legend->setBrush(fill);
        }
        if (legend->borderPen().style() != Qt::NoPen)
            legend->setBorderPen(QPen(p.color(QPalette::Mid), 1));
        legend->setTextColor(text);
        for (int i = 0; i < legend->itemCount(); ++i)
            legend->item(i)->setTextColor(text);
    }
    for (QCPLayoutElement* element : m_plot->plotLayout()->elements(true))
        if (auto* title = qobject_cast<QCPTextElement*>(element))
            title->setTextColor(text);
    for (const auto& recolour : m_recolour)
        recolour(p);
    m_restyling = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartStyle::setMessage(const QString& message)
{
    const bool had = hasMessage();
    m_message = message;
    m_label->setText(message);
    if (hasMessage() && !had) {
        m_hiddenAxes.clear();
        for (QCPAxisRect* rect : m_plot->axisRects())
            for (QCPAxis* axis : rect->axes())
                if (axis->visible()) {
                    axis->setVisible(false);
                    axis->grid()->setVisible(false);
                    m_hiddenAxes.push_back(axis);
                }
        m_legendWasVisible = m_plot->legend && m_plot->legend->visible();
        if (m_plot->legend)
            m_plot->legend->setVisible(false);
    } else if (!hasMessage() && had) {
        for (QCPAxis* axis : m_hiddenAxes) {
            axis->setVisible(true);
            axis->grid()->setVisible(true);
        }
        m_hiddenAxes.clear();
        if (m_plot->legend)
            m_plot->legend->setVisible(m_legendWasVisible);
    }
    m_label->setVisible(hasMessage());
    placeLabel();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ChartStyle::message() const
{
    return m_message;
}

void ChartStyle::fitTickCounts()
{
    // About one tick per 45 px of height and 110 px of width: labels never
    // run into each other on a small chart, and a large one gets more.
    for (QCPAxisRect* rect : m_plot->axisRects())
        for (QCPAxis* axis : rect->axes()) {
            const bool vertical = axis->orientation() == Qt::Vertical;
            const int length = vertical ? m_plot->height() : m_plot->width();
            axis->ticker()->setTickCount(std::clamp(length / (vertical ? 45 : 110), 2, 10));
        }
}

void ChartStyle::placeLabel()
{
    m_label->setGeometry(m_plot->rect());
    m_label->raise();
}

bool ChartStyle::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot) {
        switch (event->type()) {
        case QEvent::PaletteChange:
            restyle();
            break;
        case QEvent::ApplicationPaletteChange:
            // The plot takes the new palette after this event: style from it then.
            QTimer::singleShot(0, this, &ChartStyle::restyle);
            break;
        case QEvent::Resize:
            placeLabel();
            fitTickCounts();
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace kestrel::ui
