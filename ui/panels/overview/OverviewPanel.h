#pragma once

#include "core/common/Time.h"
#include "core/detection/AnomalyStore.h"
#include "core/overview/OverviewService.h"
#include "core/runs/RunAggregates.h"
#include "core/runs/RunFilter.h"

#include "ui/panels/Panel.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class EmptyState;
class KpiTile;
class LatestJob;
class ModelComparisonView;
class RunChartsView;

// The first panel: key figures of the chosen timeframe (runs, success rate,
// p95 duration, failures) as tiles with daily sparklines, the models ranked
// and the daily charts of the last weeks. Other features add their own tiles with addTile().
// Computed in the background. A workspace without runs shows an empty state
// (import runs, create a demo) instead.
class OverviewPanel : public QWidget, public Panel
{
    Q_OBJECT
public:
    explicit OverviewPanel(QWidget* parent = nullptr);

    // Panel: the figures follow runs and anomalies through PanelEvents; every
    // workspace starts at the default timeframe (settings::defaultTimeframe).
    QWidget* widget() override { return this; }
    QString title() const override { return tr("Overview"); }
    void attach(jobs::JobRunner* runner, PanelEvents* events) override;
    void workspaceChanged(const WorkspaceRef& workspace) override;
    ReportSection reportSection() const override;

    void setContext(const QString& workspacePath, kestrel::jobs::JobRunner* runner);
    // Recomputes every figure (after an import, or when runs were logged).
    void refresh() override;
    // Recomputes only the open-anomalies tile (after detection or a review).
    void refreshAnomalies();

    // "24h", "7d", "30d" or "90d".
    void setTimeframe(const QString& preset);
    QString timeframe() const;
    // Fixes "now" for the timeframe (tests); 0 follows the clock.
    void setReferenceTime(EpochMs now);
    // The filter of the figures on screen.
    runs::RunFilter currentFilter() const { return m_filter; }
    // The filter of the sparklines: whole UTC days ending with the last complete one.
    runs::RunFilter trendFilter() const { return m_trendFilter; }

    // Appends a tile to the grid; the panel takes ownership.
    void addTile(KpiTile* tile);
    KpiTile* runsTile() const { return m_runs; }
    KpiTile* successTile() const { return m_success; }
    KpiTile* p95Tile() const { return m_p95; }
    KpiTile* failuresTile() const { return m_failures; }
    KpiTile* anomaliesTile() const { return m_anomalies; }
    // The open counts the anomalies tile shows.
    detection::SeverityCounts openAnomalies() const { return m_openAnomalies; }
    ModelComparisonView* models() const { return m_models; }
    RunChartsView* charts() const { return m_charts; }
    // Shown instead of tiles and charts while the workspace has no run.
    EmptyState* emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    // The workspace's run count and whether it is a demo, once read.
    const overview::WorkspaceFacts& facts() const { return m_facts; }
    bool isBusy() const;

signals:
    void updated();
    void anomaliesUpdated();
    // The workspace's facts were read (after every refresh).
    void factsUpdated(const kestrel::overview::WorkspaceFacts& facts);

private:
    using Data = overview::RunFigures;
    // Shows the default timeframe without recomputing.
    void resetTimeframe();
    void display(const Data& data);

    QString m_path;
    jobs::JobRunner* m_runner = nullptr;
    EpochMs m_referenceTime = 0;
    runs::RunFilter m_filter;
    runs::RunFilter m_trendFilter;
    LatestJob* m_job;
    LatestJob* m_anomalyJob;
    LatestJob* m_factsJob;
    overview::WorkspaceFacts m_facts;
    QStackedWidget* m_pages;
    EmptyState* m_empty;
    QComboBox* m_timeframe;
    QLabel* m_asOf;
    QGridLayout* m_tiles;
    int m_tileCount = 0;
    KpiTile* m_runs;
    KpiTile* m_success;
    KpiTile* m_p95;
    KpiTile* m_failures;
    KpiTile* m_anomalies;
    detection::SeverityCounts m_openAnomalies;
    ModelComparisonView* m_models;
    RunChartsView* m_charts;
};

} // namespace kestrel::ui
