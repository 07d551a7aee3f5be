#include "ui/panels/anomaly/AnomalyChart.h"

#include "ui/panels/anomaly/AnomalyStyle.h"
#include "ui/widgets/ChartStyle.h"
#include "ui/widgets/ChartZoom.h"
#include "ui/widgets/Format.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace kestrel::ui {

namespace {

double key(EpochMs t)
{
    return double(t) / 1000.0;
}

} // namespace

AnomalyChart::AnomalyChart(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_title(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(6, 2, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    m_plot->setMinimumHeight(180);

    const QColor bandColor(0x42, 0x85, 0xf4);
    m_upper = m_plot->addGraph();
    m_lower = m_plot->addGraph();
    m_upper->setName(tr("Expected band"));
    m_upper->setPen(QPen(bandColor.lighter(150), 1));
    m_lower->setPen(QPen(bandColor.lighter(150), 1));
    QColor fill = bandColor;
    fill.setAlpha(40);
    m_upper->setBrush(fill);
    m_upper->setChannelFillGraph(m_lower);
    m_lower->removeFromLegend();
    m_expected = m_plot->addGraph();
    m_expected->setName(tr("Expected"));
    m_expected->setPen(QPen(bandColor.darker(120), 1.2, Qt::DashLine));
    m_actual = m_plot->addGraph();
    m_actual->setName(tr("Actual"));

    m_window = new QCPItemRect(m_plot);
    m_window->setPen(Qt::NoPen);
    m_window->setBrush(QColor(0xe5, 0x39, 0x35, 28));
    m_window->setLayer(QStringLiteral("background"));
    m_window->setClipToAxisRect(true);
    m_window->setVisible(false);
    m_window->setSelectable(false);

    for (const QString& severity : AnomalyStyle::severities()) {
        QCPGraph* g = m_plot->addGraph();
        g->setName(AnomalyStyle::severityLabel(severity));
        g->setLineStyle(QCPGraph::lsNone);
        g->setSelectable(QCP::stSingleData);
        g->setSelectionDecorator(nullptr);
        m_severityGraphs.push_back(g);
        m_markerIds.emplace_back();
    }
    m_highlight = m_plot->addGraph();
    m_highlight->removeFromLegend();
    m_highlight->setLineStyle(QCPGraph::lsNone);
    m_highlight->setSelectable(QCP::stNone);
    for (QCPGraph* g : {m_upper, m_lower, m_expected, m_actual})
        g->setSelectable(QCP::stNone);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MMM d\nHH:mm"));
    ticker->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("UTC"));
    m_plot->yAxis->grid()->setSubGridVisible(false);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setNoAntialiasingOnDrag(true);

    connect(m_plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable* p, int index, QMouseEvent*) {
                for (std::size_t s = 0; s < m_severityGraphs.size(); ++s)
                    if (p == m_severityGraphs[s] && index >= 0 &&
                        std::size_t(index) < m_markerIds[s].size())
                        emit markerClicked(m_markerIds[s][std::size_t(index)]);
            });
    ChartZoom::install(m_plot, [this] { fit(); });

    // The values, the ring round the selected marker and the markers' outline
    // are drawn in the palette's text and base colours, so they read on any theme.
    ChartStyle::attach(m_plot)->onRestyle([this](const QPalette& p) {
        const QColor text = p.color(QPalette::Text);
        m_actual->setPen(QPen(text, 1.4));
        m_actual->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 2.5));
        const QStringList severities = AnomalyStyle::severities();
        for (std::size_t s = 0; s < m_severityGraphs.size(); ++s)
            m_severityGraphs[s]->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(p.color(QPalette::Base), 1.5),
                                QBrush(AnomalyStyle::severityColor(severities[int(s)])), 12));
        m_highlight->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(text, 2.2), Qt::NoBrush, 19));
    });
    clear();
}

void AnomalyChart::setData(const detection::ScoredSeries& series,
                           const std::vector<detection::StoredAnomaly>& markers,
                           std::int64_t selectedId)
{
    QVector<double> keys, actual, expected, lower, upper;
    const std::size_t n = series.times.size();
    for (std::size_t i = 0; i < n; ++i) {
        keys.push_back(key(series.times[i]));
        actual.push_back(i < series.actual.size() ? series.actual[i] : qQNaN());
        expected.push_back(i < series.expected.size() ? series.expected[i] : qQNaN());
        lower.push_back(i < series.lower.size() ? series.lower[i] : qQNaN());
        upper.push_back(i < series.upper.size() ? series.upper[i] : qQNaN());
    }
    m_actual->setData(keys, actual, true);
    m_expected->setData(keys, expected, true);
    m_lower->setData(keys, lower, true);
    m_upper->setData(keys, upper, true);

    m_markers = markers;
    std::sort(m_markers.begin(), m_markers.end(),
              [](const auto& a, const auto& b) { return a.time < b.time; });
    const QStringList severities = AnomalyStyle::severities();
    for (std::size_t s = 0; s < m_severityGraphs.size(); ++s) {
        QVector<double> mk, mv;
        m_markerIds[s].clear();
        for (const detection::StoredAnomaly& a : m_markers)
            if (QString::fromStdString(a.severity) == severities[int(s)]) {
                mk.push_back(key(a.time));
                mv.push_back(a.actual);
                m_markerIds[s].push_back(a.id);
            }
        m_severityGraphs[s]->setData(mk, mv, true);
        // The legend names only the severities on screen.
        if (mk.isEmpty())
            m_severityGraphs[s]->removeFromLegend();
        else
            m_severityGraphs[s]->addToLegend();
    }
    m_title->setText(
        tr("%1 · %2").arg(QString::fromStdString(series.model),
                          AnomalyStyle::metricLabel(QString::fromStdString(series.metric))));
    m_plot->yAxis->setLabel(AnomalyStyle::metricLabel(QString::fromStdString(series.metric)));
    m_selectedId = selectedId;
    ChartStyle::of(m_plot)->setMessage(n == 0 ? tr("No values of this metric around the anomaly.")
                                              : QString());
    updateHighlight();
    fit();
}

void AnomalyChart::setSelectedId(std::int64_t id)
{
    m_selectedId = id;
    updateHighlight();
    m_plot->replot();
}

void AnomalyChart::updateHighlight()
{
    m_highlight->data()->clear();
    m_window->setVisible(false);
    for (const detection::StoredAnomaly& a : m_markers)
        if (a.id == m_selectedId) {
            m_highlight->addData(key(a.time), a.actual);
            m_window->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
            m_window->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
            m_window->topLeft->setCoords(key(a.start), 0);
            m_window->bottomRight->setCoords(key(a.end), 1);
            m_window->setVisible(true);
        }
}

void AnomalyChart::clear(const QString& message)
{
    for (QCPGraph* g : {m_upper, m_lower, m_expected, m_actual, m_highlight})
        g->data()->clear();
    for (std::size_t s = 0; s < m_severityGraphs.size(); ++s) {
        m_severityGraphs[s]->data()->clear();
        m_markerIds[s].clear();
    }
    m_markers.clear();
    for (QCPGraph* g : m_severityGraphs)
        g->removeFromLegend();
    m_window->setVisible(false);
    m_selectedId = 0;
    // No axes without data: the chart says what would be here.
    m_title->clear();
    ChartStyle::of(m_plot)->setMessage(
        message.isEmpty() ? tr("Select an anomaly to see its metric, the expected band and the "
                               "other anomalies around it.")
                          : message);
    m_plot->replot();
}

void AnomalyChart::fit()
{
    bool found = false;
    QCPRange x = m_actual->getKeyRange(found);
    if (!found) {
        m_plot->replot();
        return;
    }
    m_plot->xAxis->setRange(x);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (QCPGraph* g : {m_actual, m_upper, m_lower, m_expected}) {
        bool ok = false;
        const QCPRange r = g->getValueRange(ok);
        if (ok && std::isfinite(r.lower) && std::isfinite(r.upper)) {
            lo = std::min(lo, r.lower);
            hi = std::max(hi, r.upper);
        }
    }
    if (std::isfinite(lo) && std::isfinite(hi)) {
        const double pad = std::max((hi - lo) * 0.08, 1e-9);
        m_plot->yAxis->setRange(lo - pad, hi + pad * 2.5); // room for the legend
    }
    m_plot->replot();
}

int AnomalyChart::pointCount() const
{
    return m_actual->dataCount();
}

int AnomalyChart::bandPointCount() const
{
    int n = 0;
    for (auto it = m_upper->data()->constBegin(); it != m_upper->data()->constEnd(); ++it)
        if (std::isfinite(it->value))
            ++n;
    return n;
}

bool AnomalyChart::hasMarker(std::int64_t id) const
{
    return std::any_of(m_markers.begin(), m_markers.end(),
                       [id](const auto& a) { return a.id == id; });
}

void AnomalyChart::clickMarker(std::int64_t id)
{
    for (const auto& ids : m_markerIds)
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
            emit markerClicked(id);
            return;
        }
}

} // namespace kestrel::ui
