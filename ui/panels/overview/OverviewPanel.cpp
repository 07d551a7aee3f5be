#include "ui/panels/overview/OverviewPanel.h"

#include "core/overview/OverviewService.h"
#include "ui/Settings.h"
#include "ui/panels/runhistory/ModelComparisonView.h"
#include "ui/panels/runhistory/RunChartsView.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/KpiTile.h"
#include "ui/widgets/LatestJob.h"
#include "ui/widgets/ThemeColors.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace kestrel::ui {

namespace {

constexpr int kTilesPerRow = 5;
// A 24 h timeframe has no daily shape of its own: its sparklines show two weeks.
constexpr int kMinTrendDays = 14;

int presetDays(const QString& preset)
{
    if (preset == QLatin1String("24h"))
        return 1;
    if (preset == QLatin1String("30d"))
        return 30;
    if (preset == QLatin1String("90d"))
        return 90;
    return 7;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    return headingLabel(text, parent, 1.15);
}

} // namespace

OverviewPanel::OverviewPanel(QWidget* parent)
    : QWidget(parent), m_job(new LatestJob(this)), m_anomalyJob(new LatestJob(this)),
      m_factsJob(new LatestJob(this)), m_pages(new QStackedWidget(this)),
      m_empty(new EmptyState(this)), m_timeframe(new QComboBox(this)), m_asOf(new QLabel(this)),
      m_tiles(new QGridLayout), m_runs(new KpiTile(tr("Runs"), this)),
      m_success(new KpiTile(tr("Success rate"), this)),
      m_p95(new KpiTile(tr("p95 duration"), this)), m_failures(new KpiTile(tr("Failures"), this)),
      m_anomalies(new KpiTile(tr("Open anomalies"), this)), m_models(new ModelComparisonView(this)),
      m_charts(new RunChartsView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    auto* title = panelTitle(tr("Overview"), this);
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(new QLabel(tr("Timeframe:"), this));
    m_timeframe->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_timeframe->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_timeframe->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_timeframe->addItem(tr("Last 90 days"), QStringLiteral("90d"));
    resetTimeframe();
    header->addWidget(m_timeframe);
    header->addStretch(1);
    theme::setMutedText(m_asOf);
    header->addWidget(m_asOf);
    layout->addLayout(header);

    // The figures, or the empty state of a workspace without runs.
    // On a small screen the figures scroll rather than squash the chart.
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* outer = layout;
    layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    scroll->setWidget(content);
    m_pages->addWidget(scroll);
    m_empty->setText(tr("No runs in this workspace yet"),
                     tr("The Overview sums up your model runs: how many ran, how many failed, "
                        "how long they took, the open anomalies and the models ranked. Import "
                        "runs from a CSV, JSON or MLflow file, or explore a demo workspace with "
                        "planted incidents."));
    m_pages->addWidget(m_empty);
    outer->addWidget(m_pages, 1);

    m_tiles->setSpacing(12);
    layout->addLayout(m_tiles);
    for (KpiTile* tile : {m_runs, m_success, m_p95, m_failures, m_anomalies})
        addTile(tile);
    m_anomalies->setToolTip(
        tr("Anomalies not yet acknowledged, resolved or dismissed, by severity"));

    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Models in this timeframe"), this));
    layout->addWidget(m_models);
    layout->addWidget(sectionTitle(tr("Daily runs"), this));
    // Runs per day only: durations and accuracy have their own tab in Run History.
    m_charts->durationPlot()->hide();
    m_charts->accuracyPlot()->hide();
    m_charts->setMinimumHeight(180);
    layout->addWidget(m_charts, 1);
    // The models' chart and table are as tall as their rows; the daily charts take the rest.
    m_models->setFitsAllRows(true);

    connect(m_timeframe, &QComboBox::currentIndexChanged, this, &OverviewPanel::refresh);
    connect(m_job, &LatestJob::failed, this, [this](const QString& error) {
        m_asOf->setText(tr("The figures could not be computed: %1").arg(error));
    });
}

void OverviewPanel::attach(jobs::JobRunner* runner, PanelEvents* events)
{
    m_runner = runner;
    m_empty->addWorkspaceButtons(events);
    connect(events, &PanelEvents::runsChanged, this, &OverviewPanel::refresh);
    connect(events, &PanelEvents::anomaliesChanged, this, &OverviewPanel::refreshAnomalies);
}

ReportSection OverviewPanel::reportSection() const
{
    ReportSection s{title(), {m_timeframe->currentText()}};
    for (const KpiTile* tile : findChildren<KpiTile*>())
        s.lines << tile->title() + QStringLiteral(": ") + tile->value();
    return s;
}

void OverviewPanel::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    m_path = workspacePath;
    m_job->setRunner(runner);
    m_anomalyJob->setRunner(runner);
    m_factsJob->setRunner(runner);
    m_facts = {};
    m_models->setContext(workspacePath, runner);
    m_charts->setContext(workspacePath, runner);
    refresh();
}

void OverviewPanel::workspaceChanged(const WorkspaceRef& workspace)
{
    resetTimeframe();
    setContext(workspace.path, m_runner);
}

void OverviewPanel::resetTimeframe()
{
    // No refresh of its own: setContext() follows with the new workspace.
    const QSignalBlocker block(m_timeframe);
    m_timeframe->setCurrentIndex(
        std::max(0, m_timeframe->findData(settings::defaultTimeframePreset())));
}

void OverviewPanel::setTimeframe(const QString& preset)
{
    const int index = m_timeframe->findData(preset);
    if (index >= 0)
        m_timeframe->setCurrentIndex(index);
}

QString OverviewPanel::timeframe() const
{
    return m_timeframe->currentData().toString();
}

void OverviewPanel::setReferenceTime(EpochMs now)
{
    m_referenceTime = now;
    refresh();
}

void OverviewPanel::addTile(KpiTile* tile)
{
    tile->setParent(this);
    m_tiles->addWidget(tile, m_tileCount / kTilesPerRow, m_tileCount % kTilesPerRow);
    ++m_tileCount;
}

bool OverviewPanel::isBusy() const
{
    return m_job->isBusy() || m_anomalyJob->isBusy() || m_factsJob->isBusy() ||
           m_models->isBusy() || m_charts->isBusy();
}

bool OverviewPanel::showsEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

void OverviewPanel::refresh()
{
    if (m_path.isEmpty() || !m_job->runner())
        return;
    const EpochMs now = m_referenceTime ? m_referenceTime : nowMs();
    m_filter = {};
    runs::applyTimeframe(m_filter, timeframe().toStdString(), now);
    m_filter.to = now;
    const int days = std::max(kMinTrendDays, presetDays(timeframe()));
    m_trendFilter = {};
    m_trendFilter.to = dayStart(now);
    m_trendFilter.from = *m_trendFilter.to - days * kMsPerDay;
    m_models->setFilter(m_filter);
    runs::RunFilter chartFilter;
    chartFilter.from = m_trendFilter.from;
    chartFilter.to = now;
    m_charts->setEmptyMessage(
        tr("No runs in the last %n days. Run History shows every run of the workspace.", nullptr,
           days));
    m_charts->setFilter(chartFilter);

    const overview::OverviewService service(m_path.toStdString());
    m_factsJob->run<overview::WorkspaceFacts>(
        tr("Workspace facts"),
        [service](jobs::JobContext& ctx) { return service.facts(ctx.feedback()); },
        [this](const overview::WorkspaceFacts& f) {
            m_facts = f;
            m_pages->setCurrentWidget(f.isEmpty() ? static_cast<QWidget*>(m_empty)
                                                  : m_pages->widget(0));
            emit factsUpdated(f);
        });
    const runs::RunFilter filter = m_filter;
    const runs::RunFilter trend = m_trendFilter;
    m_job->run<Data>(
        tr("Overview"),
        [service, filter, trend](jobs::JobContext& ctx) {
            return service.runFigures(filter, trend, ctx.feedback());
        },
        [this, now](const Data& data) {
            display(data);
            m_asOf->setText(tr("as of %1 (%2)").arg(Format::dateTime(now), Format::zoneName()));
        });
    refreshAnomalies();
}

void OverviewPanel::refreshAnomalies()
{
    if (m_path.isEmpty() || !m_anomalyJob->runner())
        return;
    const overview::OverviewService service(m_path.toStdString());
    m_anomalyJob->run<detection::SeverityCounts>(
        tr("Open anomalies"),
        [service](jobs::JobContext& ctx) { return service.openAnomalies(ctx.feedback()); },
        [this](const detection::SeverityCounts& c) {
            m_anomalies->setValue(Format::count(c.total()));
            m_anomalies->setDetail(tr("critical %1 · high %2 · medium %3 · low %4")
                                       .arg(Format::count(c.critical), Format::count(c.high),
                                            Format::count(c.medium), Format::count(c.low)));
            if (c.critical > 0 || c.high > 0)
                m_anomalies->setTone(KpiTile::Tone::Bad);
            else if (c.total() > 0)
                m_anomalies->setTone(KpiTile::Tone::Warning);
            else
                m_anomalies->setTone(KpiTile::Tone::Good);
            m_openAnomalies = c;
            emit anomaliesUpdated();
        });
}

void OverviewPanel::display(const Data& data)
{
    const runs::RunSummary& s = data.summary;
    // Daily series on a calendar: a day without runs is a zero (or a gap for rates).
    const EpochMs from = *m_trendFilter.from;
    const int days = int((*m_trendFilter.to - from) / kMsPerDay);
    constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
    QVector<double> runCounts(days, 0.0), success(days, kGap), p95(days, kGap), failures(days, 0.0);
    for (const runs::DayStats& d : data.days) {
        const int i = int((d.day - from) / kMsPerDay);
        if (i < 0 || i >= days)
            continue;
        runCounts[i] = double(d.completed + d.failed + d.cancelled + d.running);
        const auto ended = d.completed + d.failed + d.cancelled;
        if (ended > 0)
            success[i] = double(d.completed) / double(ended);
        if (d.p95Duration)
            p95[i] = *d.p95Duration;
        failures[i] = double(d.failed);
    }
    const QString trendNote = tr("Daily values over the last %n complete days", nullptr, days);

    m_runs->setValue(Format::count(s.runs));
    m_runs->setDetail(
        tr("%1 completed · %2 running").arg(Format::count(s.completed), Format::count(s.running)));
    m_runs->setTrend(runCounts);

    m_success->setValue(Format::percent(s.successRate));
    m_success->setDetail(
        tr("of %1 ended runs").arg(Format::count(s.completed + s.failed + s.cancelled)));
    m_success->setTrend(success);
    if (!s.successRate)
        m_success->setTone(KpiTile::Tone::Neutral);
    else if (*s.successRate >= 0.95)
        m_success->setTone(KpiTile::Tone::Good);
    else if (*s.successRate >= 0.90)
        m_success->setTone(KpiTile::Tone::Warning);
    else
        m_success->setTone(KpiTile::Tone::Bad);

    m_p95->setValue(Format::duration(s.p95Duration));
    m_p95->setDetail(tr("p50 %1 · mean %2")
                         .arg(Format::duration(s.p50Duration), Format::duration(s.meanDuration)));
    m_p95->setTrend(p95);

    m_failures->setValue(Format::count(s.failed));
    const qint64 ended = s.completed + s.failed + s.cancelled;
    m_failures->setDetail(
        ended > 0 ? tr("%1 of ended runs").arg(Format::percent(double(s.failed) / double(ended)))
                  : QString());
    m_failures->setTrend(failures);
    m_failures->setTone(s.failed > 0 ? KpiTile::Tone::Bad : KpiTile::Tone::Good);

    for (KpiTile* tile : {m_runs, m_success, m_p95, m_failures})
        tile->setToolTip(trendNote);
    emit updated();
}

} // namespace kestrel::ui
