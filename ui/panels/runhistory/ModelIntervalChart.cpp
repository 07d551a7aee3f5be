#include "ui/panels/runhistory/ModelIntervalChart.h"

#include "ui/widgets/ChartStyle.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/ThemeColors.h"

#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace kestrel::ui {

namespace {

// Fractions in [0, 1] read as percentages: "95 %", "97.5 %".
class PercentTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        return QStringLiteral("%1 %").arg(QLocale().toString(tick * 100.0, 'g', 4));
    }
};

bool overlaps(const runs::Interval& a, const runs::Interval& b)
{
    return a.low <= b.high && b.low <= a.high;
}

constexpr int kRowHeight = 30;
constexpr int kMaxRows = 10;

} // namespace

ModelIntervalChart::ModelIntervalChart(QWidget* parent)
    : QCustomPlot(parent), m_bestLow(new QCPItemStraightLine(this))
{
    setObjectName(QStringLiteral("modelIntervalChart"));
    setMinimumWidth(260);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    xAxis->setTicker(QSharedPointer<PercentTicker>::create());
    xAxis->setLabel(tr("Success rate with 95 % interval (higher is better →)"));
    xAxis->grid()->setSubGridVisible(false);
    yAxis->setRangeReversed(true);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->grid()->setVisible(false);
    yAxis->setTickLength(0, 0);
    yAxis->setSubTickLength(0, 0);
    m_bestLow->setObjectName(QStringLiteral("bestLowerBound"));
    m_bestLow->setVisible(false);
    ChartStyle* style = ChartStyle::attach(this);
    style->onRestyle([this](const QPalette& p) { recolour(p); });
    style->setMessage(tr("No runs match the filter."));
    setFixedHeight(sizeHint().height());
}

void ModelIntervalChart::setModels(std::vector<runs::ModelStats> models)
{
    std::stable_sort(
        models.begin(), models.end(),
        [](const runs::ModelStats& a, const runs::ModelStats& b) { return a.rank < b.rank; });
    m_models = std::move(models);
    for (QCPItemLine* line : m_intervals)
        if (line)
            removeItem(line);
    m_intervals.clear();
    for (QCPGraph* graph : m_rates)
        removeGraph(graph);
    m_rates.clear();

    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();
    double low = 1.0;
    double high = 0.0;
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        const runs::ModelStats& m = m_models[i];
        const double row = double(i);
        ticker->addTick(
            row, tr("%1 · %Ln run(s)", nullptr, int(m.runs)).arg(QString::fromStdString(m.model)));
        QCPItemLine* line = nullptr;
        if (m.successInterval) {
            line = new QCPItemLine(this);
            line->setObjectName(QString::fromStdString(m.model));
            line->start->setCoords(m.successInterval->low, row);
            line->end->setCoords(m.successInterval->high, row);
            line->setHead(QCPLineEnding(QCPLineEnding::esBar, 9));
            line->setTail(QCPLineEnding(QCPLineEnding::esBar, 9));
            low = std::min(low, m.successInterval->low);
            high = std::max(high, m.successInterval->high);
        }
        m_intervals.push_back(line);
        QCPGraph* rate = addGraph();
        rate->setName(QString::fromStdString(m.model));
        rate->setLineStyle(QCPGraph::lsNone);
        if (m.successRate) {
            rate->addData(*m.successRate, row);
            low = std::min(low, *m.successRate);
            high = std::max(high, *m.successRate);
        }
        m_rates.push_back(rate);
    }

    const runs::ModelStats* best = m_models.empty() ? nullptr : &m_models.front();
    const bool any = best && best->successInterval;
    m_bestLow->setVisible(any);
    if (any) {
        m_bestLow->point1->setCoords(best->successInterval->low, 0);
        m_bestLow->point2->setCoords(best->successInterval->low, 1);
        const double pad = std::max(0.01, (high - low) * 0.08);
        xAxis->setRange(std::max(0.0, low - pad), std::min(1.0, high + pad));
    }
    yAxis->setRange(-0.6, double(m_models.size()) - 0.4);
    ChartStyle* style = ChartStyle::of(this);
    style->setMessage(m_models.empty() ? tr("No runs match the filter.")
                      : any            ? QString()
                                       : tr("No model has finished runs yet."));
    // Colours, then the replot.
    style->restyle();
    setFixedHeight(sizeHint().height());
}

void ModelIntervalChart::recolour(const QPalette& p)
{
    const QColor text = p.color(QPalette::Text);
    const QColor good = theme::toneColor(theme::Tone::Good, p);
    const QColor base = p.color(QPalette::Base);
    m_bestLow->setPen(QPen(theme::mutedText(p), 1, Qt::DashLine));
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        const QColor ink = i == 0 ? good : text;
        if (m_intervals[i])
            m_intervals[i]->setPen(QPen(ink, 2));
        m_rates[i]->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(base, 1.5), QBrush(ink), 11));
    }
}

QCPItemLine* ModelIntervalChart::intervalOf(const QString& model) const
{
    for (QCPItemLine* line : m_intervals)
        if (line && line->objectName() == model)
            return line;
    return nullptr;
}

QString ModelIntervalChart::rowToolTip(int row) const
{
    if (row < 0 || row >= int(m_models.size()))
        return {};
    const runs::ModelStats& m = m_models[size_t(row)];
    QStringList lines;
    lines << tr("<b>%1</b>, rank %2")
                 .arg(QString::fromStdString(m.model).toHtmlEscaped())
                 .arg(m.rank);
    if (m.successRate && m.successInterval)
        lines << tr("Success rate %1, 95 % Wilson interval %2 to %3")
                     .arg(Format::percent(m.successRate, 2),
                          Format::percent(m.successInterval->low, 2),
                          Format::percent(m.successInterval->high, 2));
    else
        lines << tr("No finished runs, so no success rate");
    lines << tr("%Ln run(s), %1 failed", nullptr, int(m.runs)).arg(Format::count(m.failed));
    const runs::ModelStats& best = m_models.front();
    if (row > 0 && m.successInterval && best.successInterval)
        lines << (overlaps(*m.successInterval, *best.successInterval)
                      ? tr("Overlaps the best model's interval: not clearly worse")
                      : tr("Wholly below the best model's interval: clearly worse"));
    return lines.join(QStringLiteral("<br>"));
}

QSize ModelIntervalChart::sizeHint() const
{
    // Past kMaxRows the rows get closer rather than push the table off screen.
    const int rows = std::clamp(int(m_models.size()), 2, kMaxRows);
    return {420, rows * kRowHeight + 60};
}

bool ModelIntervalChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QRect area = axisRect()->rect();
        const int row = int(std::lround(yAxis->pixelToCoord(help->pos().y())));
        const QString tip = area.contains(help->pos()) || help->pos().x() < area.left()
                                ? rowToolTip(row)
                                : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QCustomPlot::event(event);
}

} // namespace kestrel::ui
