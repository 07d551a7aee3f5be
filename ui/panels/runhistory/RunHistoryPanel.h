#pragma once

#include "core/runs/RunAggregates.h"
#include "core/runs/RunFilter.h"

#include "ui/panels/Panel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class EmptyState;
class LatestJob;
class ErrorPatternsView;
class ModelComparisonView;
class RunChartsView;
class RunDetailView;
class RunFilterBar;
class RunSummaryStrip;
class RunTableModel;
class RunTableView;

// Run History (PRODUCT.md §2): the filter bar and the summary strip over four
// tabs (runs with their detail, charts, model comparison, error patterns), all
// driven by one RunFilter. Everything it reads comes from the
// RunHistoryService in jobs on the runner's Interactive lane (exports in the
// Bulk lane); runs other processes log appear within a couple of seconds.
class RunHistoryPanel : public QWidget, public Panel
{
    Q_OBJECT
public:
    // Panel: a new workspace starts from the empty filter; new runs are
    // told to the other panels through PanelEvents.
    QWidget* widget() override { return this; }
    QString title() const override { return tr("Run History"); }
    void attach(jobs::JobRunner* runner, PanelEvents* events) override;
    void workspaceChanged(const WorkspaceRef& workspace) override;
    ReportSection reportSection() const override;
    enum Tab
    {
        RunsTab,
        ChartsTab,
        ModelsTab,
        ErrorsTab
    };

    explicit RunHistoryPanel(QWidget* parent = nullptr);
    ~RunHistoryPanel() override;

    // Points the panel at a workspace file; `runner` runs exports and the
    // views' heavier work. An empty path closes it.
    void setContext(const QString& workspacePath, jobs::JobRunner* runner);
    // Re-reads everything (after an import).
    void refresh() override;

    runs::RunFilter filter() const;
    // Shows `filter` in the filter bar and applies it.
    void setFilter(const runs::RunFilter& filter);
    // Timeframe presets count back from this moment; 0 means now.
    void setReferenceTime(EpochMs t);

    // Exports every run of the current filter, in table order, as a job;
    // CSV or JSON by the file's extension. Returns the job id, or 0.
    int exportTo(const QString& path);

    const runs::RunSummary& summary() const;
    bool isSummaryBusy() const;
    RunTableModel* model() const { return m_model; }
    RunTableView* table() const { return m_table; }
    RunFilterBar* filterBar() const { return m_filterBar; }
    RunSummaryStrip* summaryStrip() const { return m_summary; }
    RunDetailView* detail() const { return m_detail; }
    QTabWidget* tabs() const { return m_tabs; }
    ErrorPatternsView* errorPatterns() const { return m_errors; }
    // Shown instead of the tabs: the workspace has no run, or the filter matches none.
    EmptyState* emptyState() const { return m_empty; }
    EmptyState* noMatchState() const { return m_noMatch; }
    // The page on screen under the summary: the tabs or one of the two states.
    QWidget* currentPage() const;

signals:
    // The summary strip shows the figures of the current filter.
    void summaryUpdated();
    // Runs were added or changed by another connection (log-run, an import,
    // another window): other views of the runs should follow.
    void runsArrived();
    void exportFinished(qint64 runs, const QString& error);

private:
    void applyFilter();
    void updateViews();
    void loadChoices();
    void updateSummary();
    void showRun(qint64 id);
    void chooseExportFile();
    void openImport();
    void templateChosen(const QString& templateText);
    void updateEmptyState();

    QString m_path;
    jobs::JobRunner* m_runner = nullptr;
    RunFilterBar* m_filterBar = nullptr;
    RunSummaryStrip* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    EmptyState* m_noMatch = nullptr;
    bool m_workspaceEmpty = false;
    RunTableModel* m_model = nullptr;
    RunTableView* m_table = nullptr;
    RunDetailView* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    RunChartsView* m_charts = nullptr;
    ModelComparisonView* m_models = nullptr;
    ErrorPatternsView* m_errors = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_status = nullptr;
    LatestJob* m_summaryJob = nullptr;
    LatestJob* m_choicesJob = nullptr;
    LatestJob* m_detailJob = nullptr; // the detail pane's run
    int m_exportJob = 0;
    bool m_viewsPending = false;
    bool m_choicesPending = false;
};

} // namespace kestrel::ui
