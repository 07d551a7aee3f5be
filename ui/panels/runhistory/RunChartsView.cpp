#include "ui/panels/runhistory/RunChartsView.h"

#include "core/runs/RunAggregates.h"
#include "core/runs/RunRecord.h"
#include "ui/widgets/ChartStyle.h"
#include "ui/widgets/ChartZoom.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"

#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace kestrel::ui {

namespace {

constexpr double kDaySeconds = 86400.0;

// Bar and line keys sit at the middle of the UTC day, in seconds (QCustomPlot's date unit).
double dayKey(EpochMs day)
{
    return double(day) / 1000.0 + kDaySeconds / 2.0;
}

EpochMs dayOfKey(double key)
{
    return EpochMs(std::floor(key / kDaySeconds)) * kMsPerDay;
}

const QList<QColor>& modelPalette()
{
    static const QList<QColor> colors{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                      QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                      QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                      QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};
    return colors;
}

QCustomPlot* makePlot(QWidget* parent, const QString& title, const QString& yLabel)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumHeight(100);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MMM d"));
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(8);
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setLabel(yLabel);
    plot->yAxis->grid()->setSubGridVisible(false);
    plot->plotLayout()->insertRow(0);
    QFont titleFont = plot->font();
    titleFont.setBold(true);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, titleFont));
    plot->legend->setVisible(true);
    QFont legendFont = plot->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    plot->legend->setFont(legendFont);
    // The legend goes in a row under the chart, so it never hides a bar or a line.
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(2, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(2, 0.001);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setMargins(QMargins(4, 0, 4, 2));
    plot->setMouseTracking(true);
    ChartStyle::attach(plot);
    return plot;
}

} // namespace

RunChartsView::RunChartsView(QWidget* parent)
    : QWidget(parent), m_job(new LatestJob(this)), m_status(new QLabel(this)),
      m_runsPlot(makePlot(this, tr("Runs per day by status"), tr("runs"))),
      m_durationPlot(makePlot(this, tr("Duration per day"), tr("seconds"))),
      m_accuracyPlot(makePlot(this, tr("Mean accuracy per model per day"), tr("accuracy"))),
      m_emptyMessage(tr("No runs match the filter."))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_runsPlot, 1);
    layout->addWidget(m_durationPlot, 1);
    layout->addWidget(m_accuracyPlot, 1);
    for (QCustomPlot* plot : {m_runsPlot, m_durationPlot, m_accuracyPlot})
        ChartZoom::install(plot, [this] { resetZoom(); });

    const std::pair<QString, QColor> statuses[] = {
        {QString::fromLatin1(runs::status::kCompleted.data()), QColor(0x43, 0xa0, 0x47)},
        {QString::fromLatin1(runs::status::kFailed.data()), QColor(0xe5, 0x39, 0x35)},
        {QString::fromLatin1(runs::status::kCancelled.data()), QColor(0x9e, 0x9e, 0x9e)},
        {QString::fromLatin1(runs::status::kRunning.data()), QColor(0x1e, 0x88, 0xe5)},
    };
    const QString names[] = {
        Format::status(runs::status::kCompleted), Format::status(runs::status::kFailed),
        Format::status(runs::status::kCancelled), Format::status(runs::status::kRunning)};
    QCPBars* below = nullptr;
    for (int i = 0; i < 4; ++i) {
        auto* bars = new QCPBars(m_runsPlot->xAxis, m_runsPlot->yAxis);
        bars->setName(names[i]);
        bars->setWidth(kDaySeconds * 0.8);
        bars->setPen(Qt::NoPen);
        bars->setBrush(statuses[i].second);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_bars.emplace_back(statuses[i].first, bars);
    }

    auto* p50 = m_durationPlot->addGraph();
    p50->setName(tr("p50"));
    p50->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    p50->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    auto* p95 = m_durationPlot->addGraph();
    p95->setName(tr("p95"));
    p95->setPen(QPen(QColor(0xff, 0x7f, 0x0e), 2));
    p95->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));

    for (QCustomPlot* plot : {m_runsPlot, m_durationPlot, m_accuracyPlot}) {
        connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                [this, plot] { syncRanges(plot); });
        connect(plot, &QCustomPlot::mouseMove, this,
                [this, plot](QMouseEvent* event) { showTooltip(plot, event); });
    }
    connect(m_job, &LatestJob::failed, this, [this](const QString& error) {
        m_status->setText(tr("The charts could not be computed: %1").arg(error));
        m_status->show();
    });
}

void RunChartsView::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    m_path = workspacePath;
    m_job->setRunner(runner);
    recompute();
}

void RunChartsView::setFilter(const runs::RunFilter& filter)
{
    m_filter = filter;
    recompute();
}

void RunChartsView::setEmptyMessage(const QString& message)
{
    m_emptyMessage = message;
}

bool RunChartsView::isBusy() const
{
    return m_job->isBusy();
}

QCPBars* RunChartsView::statusBars(const QString& status) const
{
    for (const auto& [name, bars] : m_bars) {
        if (name == status)
            return bars;
    }
    return nullptr;
}

void RunChartsView::recompute()
{
    if (m_path.isEmpty() || !m_job->runner())
        return;
    const runs::RunHistoryService service(m_path.toStdString());
    const runs::RunFilter filter = m_filter;
    m_job->run<Data>(
        tr("Charts"),
        [service, filter](jobs::JobContext& ctx) { return service.charts(filter, ctx.feedback()); },
        [this](const Data& data) { display(data); });
}

void RunChartsView::display(const Data& data)
{
    m_data = data;
    m_status->hide();
    showRuns();
    showDurations();
    showAccuracy();

    resetZoom();
    emit updated();
}

void RunChartsView::resetZoom()
{
    // Whole history in view, with half a day of air on each side, on all three charts.
    if (!m_data.days.empty()) {
        const double lo = double(m_data.days.front().day) / 1000.0 - kDaySeconds * 0.5;
        const double hi = double(m_data.days.back().day) / 1000.0 + kDaySeconds * 1.5;
        m_syncing = true;
        for (QCustomPlot* plot : {m_runsPlot, m_durationPlot, m_accuracyPlot})
            plot->xAxis->setRange(lo, hi);
        m_syncing = false;
    }
    for (QCustomPlot* plot : {m_runsPlot, m_durationPlot, m_accuracyPlot})
        plot->replot();
}

void RunChartsView::showRuns()
{
    QVector<double> keys;
    std::map<QString, QVector<double>> values;
    double maxTotal = 0;
    for (const runs::DayStats& d : m_data.days) {
        keys << dayKey(d.day);
        values[QString::fromLatin1(runs::status::kCompleted.data())] << double(d.completed);
        values[QString::fromLatin1(runs::status::kFailed.data())] << double(d.failed);
        values[QString::fromLatin1(runs::status::kCancelled.data())] << double(d.cancelled);
        values[QString::fromLatin1(runs::status::kRunning.data())] << double(d.running);
        maxTotal = std::max(maxTotal, double(d.completed + d.failed + d.cancelled + d.running));
    }
    for (auto& [status, bars] : m_bars) {
        bars->setData(keys, values[status], true);
        // A status with no run in the range stays out of the legend.
        const auto& v = values[status];
        const bool any = std::any_of(v.begin(), v.end(), [](double x) { return x > 0; });
        if (any)
            bars->addToLegend();
        else
            bars->removeFromLegend();
    }
    m_runsPlot->yAxis->setRange(0, std::max(1.0, maxTotal * 1.08));
    ChartStyle::of(m_runsPlot)->setMessage(m_data.days.empty() ? m_emptyMessage : QString());
}

void RunChartsView::showDurations()
{
    QVector<double> keys50, p50, keys95, p95;
    double maxValue = 0;
    for (const runs::DayStats& d : m_data.days) {
        if (d.p50Duration) {
            keys50 << dayKey(d.day);
            p50 << *d.p50Duration;
        }
        if (d.p95Duration) {
            keys95 << dayKey(d.day);
            p95 << *d.p95Duration;
            maxValue = std::max(maxValue, *d.p95Duration);
        }
    }
    m_durationPlot->graph(0)->setData(keys50, p50, true);
    m_durationPlot->graph(1)->setData(keys95, p95, true);
    m_durationPlot->yAxis->setRange(0, std::max(1.0, maxValue * 1.08));
    ChartStyle::of(m_durationPlot)
        ->setMessage(m_data.days.empty() ? m_emptyMessage
                     : keys50.isEmpty()  ? tr("None of these runs has a duration.")
                                         : QString());
}

void RunChartsView::showAccuracy()
{
    m_accuracyPlot->clearGraphs();
    std::map<std::string, std::pair<QVector<double>, QVector<double>>> perModel;
    double lo = 1.0, hi = 0.0;
    for (const runs::ModelDayAccuracy& a : m_data.accuracy) {
        auto& [keys, values] = perModel[a.model];
        keys << dayKey(a.day);
        values << a.meanAccuracy;
        lo = std::min(lo, a.meanAccuracy);
        hi = std::max(hi, a.meanAccuracy);
    }
    int i = 0;
    for (const auto& [model, series] : perModel) {
        auto* graph = m_accuracyPlot->addGraph();
        graph->setName(QString::fromStdString(model));
        const QColor color = modelPalette().at(i++ % modelPalette().size());
        graph->setPen(QPen(color, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, 3));
        graph->setData(series.first, series.second, true);
    }
    if (lo <= hi) {
        const double pad = std::max(0.01, (hi - lo) * 0.1);
        m_accuracyPlot->yAxis->setRange(lo - pad, hi + pad);
    } else {
        m_accuracyPlot->yAxis->setRange(0, 1);
    }
    ChartStyle::of(m_accuracyPlot)
        ->setMessage(m_data.days.empty()       ? m_emptyMessage
                     : m_data.accuracy.empty() ? tr("None of these runs has an accuracy.")
                                               : QString());
}

void RunChartsView::syncRanges(QCustomPlot* source)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (QCustomPlot* plot : {m_runsPlot, m_durationPlot, m_accuracyPlot}) {
        if (plot != source) {
            plot->xAxis->setRange(source->xAxis->range());
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    m_syncing = false;
}

void RunChartsView::showTooltip(QCustomPlot* plot, QMouseEvent* event)
{
    const double key = plot->xAxis->pixelToCoord(event->pos().x());
    const EpochMs day = dayOfKey(key);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(Format::day(day))};
    if (plot == m_accuracyPlot) {
        for (const runs::ModelDayAccuracy& a : m_data.accuracy) {
            if (a.day == day)
                lines << tr("%1: %2 (%3 runs)")
                             .arg(QString::fromStdString(a.model).toHtmlEscaped(),
                                  Format::percent(a.meanAccuracy), Format::count(a.runs));
        }
    } else {
        auto it = std::find_if(m_data.days.begin(), m_data.days.end(),
                               [day](const runs::DayStats& d) { return d.day == day; });
        if (it != m_data.days.end()) {
            if (plot == m_runsPlot) {
                lines << tr("completed: %1").arg(Format::count(it->completed))
                      << tr("failed: %1").arg(Format::count(it->failed));
                if (it->cancelled)
                    lines << tr("cancelled: %1").arg(Format::count(it->cancelled));
                if (it->running)
                    lines << tr("running: %1").arg(Format::count(it->running));
            } else {
                lines << tr("p50: %1").arg(Format::duration(it->p50Duration))
                      << tr("p95: %1").arg(Format::duration(it->p95Duration));
            }
        }
    }
    if (lines.size() == 1) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QStringLiteral("<br>")), plot);
}

} // namespace kestrel::ui
