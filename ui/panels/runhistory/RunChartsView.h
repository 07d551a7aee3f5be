#pragma once

#include "core/runs/RunAggregates.h"
#include "core/runs/RunHistoryService.h"
#include "core/runs/RunFilter.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPBars;
class QLabel;
class QMouseEvent;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class LatestJob;

// Three time-series charts over the runs a filter selects: runs per day stacked
// by status, duration p50/p95 per day, and mean accuracy per model per day.
// The x axes are dates (UTC days) and move together; drag to pan, wheel to
// zoom, hover for the day's values. Recomputed in the background. Styled by
// ChartStyle; a chart without data says so instead of showing empty axes.
class RunChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit RunChartsView(QWidget* parent = nullptr);

    void setContext(const QString& workspacePath, kestrel::jobs::JobRunner* runner);
    void setFilter(const kestrel::runs::RunFilter& filter);

    // What the charts say instead of axes when the filter selects no run.
    void setEmptyMessage(const QString& message);
    bool isBusy() const;
    QCustomPlot* runsPlot() const { return m_runsPlot; }
    QCustomPlot* durationPlot() const { return m_durationPlot; }
    QCustomPlot* accuracyPlot() const { return m_accuracyPlot; }
    // Bars of one status ("completed", "failed", "cancelled", "running").
    QCPBars* statusBars(const QString& status) const;

signals:
    // The charts show the result of the newest filter.
    void updated();

private:
    using Data = runs::DailyCharts;
    void recompute();
    void display(const Data& data);
    void showRuns();
    void showDurations();
    void showAccuracy();
    void syncRanges(QCustomPlot* source);
    // The whole period in view on the three charts (double-click, "Reset zoom").
    void resetZoom();
    void showTooltip(QCustomPlot* plot, QMouseEvent* event);

    QString m_path;
    runs::RunFilter m_filter;
    LatestJob* m_job;
    Data m_data;
    QLabel* m_status;
    QCustomPlot* m_runsPlot;
    QCustomPlot* m_durationPlot;
    QCustomPlot* m_accuracyPlot;
    QString m_emptyMessage;
    std::vector<std::pair<QString, QCPBars*>> m_bars;
    bool m_syncing = false;
};

} // namespace kestrel::ui
