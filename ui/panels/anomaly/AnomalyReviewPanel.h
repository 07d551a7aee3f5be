#pragma once

#include "core/common/Time.h"
#include "core/detection/AnomalyService.h"
#include "core/jobs/JobRunner.h"

#include "ui/panels/Panel.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace kestrel::ui {

class AnomalyChart;
class AnomalyDetailView;
class AnomalyTableModel;
class DetectorEditor;
class EmptyState;
class LatestJob;
class MultiSelectButton;

// The Anomaly Review panel (PRODUCT.md §4): detector configurations on the
// left; on the right the anomaly table with its filters, the selected
// anomaly's metric chart and its detail with the review actions. Detection,
// the chart's series and CSV export run as background jobs; everything goes
// through detection::AnomalyService, which every call builds from the
// workspace path inside a JobRunner job (callService()): the panel holds no
// connection and never waits for SQLite on the UI thread.
//
// Split by responsibility: AnomalyReviewPanel.cpp (assembly, workspace, the
// Panel interface), AnomalyFilterBar.cpp (filters and the table),
// AnomalyDetectors.cpp (detector list, editor, detection runs) and
// AnomalyReviewActions.cpp (selection, detail, chart, review, export).
class AnomalyReviewPanel : public QWidget, public Panel
{
    Q_OBJECT
public:
    explicit AnomalyReviewPanel(QWidget* parent = nullptr);
    ~AnomalyReviewPanel() override;

    // Panel: a new workspace resets filters, selection and status; detection
    // and reviews are told to the other panels through PanelEvents.
    QWidget* widget() override { return this; }
    QString title() const override { return tr("Anomaly Review"); }
    void attach(jobs::JobRunner* runner, PanelEvents* events) override;
    void workspaceChanged(const WorkspaceRef& workspace) override;
    QList<QAction*> panelActions() override;
    ReportSection reportSection() const override;

    void setContext(const QString& workspacePath, kestrel::jobs::JobRunner* runner);
    // Re-reads detectors, filter choices and the table.
    void refresh() override;
    // Fixes "now" for the time-range presets (tests); 0 follows the clock.
    void setReferenceTime(EpochMs now);

    // Runs one detector, or every enabled one, as a job.
    void runDetection(std::optional<std::int64_t> detectorId);
    void cancelDetection();
    // Writes the anomalies of the current filter to `path` as CSV (a job; emits exported()).
    void exportTo(const QString& path);
    // Shows an anomaly in the detail pane and the chart (selecting its row when the filter has it).
    void showAnomaly(std::int64_t id);

    detection::AnomalyFilter filter() const;
    std::int64_t selectedId() const { return m_selectedId; }
    bool isDetecting() const { return m_detectionJob != 0; }
    bool isBusy() const;
    QString statusText() const;

    AnomalyTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    AnomalyChart* chart() const { return m_chart; }
    AnomalyDetailView* detail() const { return m_detail; }
    DetectorEditor* editor() const { return m_editor; }
    QListWidget* detectorList() const { return m_detectorList; }
    QToolButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* exportButton() const { return m_export; }
    MultiSelectButton* severityFilter() const { return m_severity; }
    MultiSelectButton* stateFilter() const { return m_state; }
    MultiSelectButton* typeFilter() const { return m_type; }
    MultiSelectButton* modelFilter() const { return m_models; }
    QComboBox* detectorFilter() const { return m_detectorFilter; }
    QComboBox* timeFilter() const { return m_time; }
    // Shown instead of the table: nothing to review, or the filters match nothing.
    EmptyState* emptyState() const { return m_nothing; }
    EmptyState* noMatchState() const { return m_noMatch; }
    // The table or one of the two states.
    QWidget* currentTablePage() const;
    // True while every filter is as on first start.
    bool filtersAreDefault() const;

signals:
    // Detection ran or a review changed a state: open counts may have moved.
    void anomaliesChanged();
    void detectionFinished(qint64 anomaliesFound);
    void exported(qint64 rows, const QString& path);
    // The chart finished loading the selected anomaly's series.
    void chartUpdated();
    // "Show runs" on an anomaly: the model's runs in [from, to) (epoch ms).
    void runsRequested(const QString& model, qint64 from, qint64 to);

private:
    QWidget* buildLeft();
    QWidget* buildFilterBar();
    void connectRunner();
    void loadDetectors(std::int64_t select = 0);
    void loadFilterChoices();
    void applyFilter();
    // No anomaly selected: empty detail (review buttons off), no chart.
    void clearSelectedAnomaly();
    void loadChart(const detection::StoredAnomaly& anomaly);
    void showDetectors(std::vector<detection::DetectorConfig> detectors, std::int64_t select);
    void reselectAfterLoad();
    void displayAnomaly(std::int64_t id,
                        const std::optional<detection::AnomalyService::AnomalyDetail>& detail);
    // Runs `work` on a worker with a service on its own connection to the
    // workspace, then `done` on the UI thread with the result or the error
    // message (not when the workspace changed meanwhile).
    template <class T>
    void callService(const QString& title, std::function<T(detection::AnomalyService&)> work,
                     std::function<void(const T&, const QString& error)> done);
    void saveDetector(const detection::DetectorConfig& config);
    void deleteDetector(std::int64_t id);
    // Asks for a note without blocking the event loop, then calls `then` with it.
    void askNote(const QString& title, const QString& label, bool required,
                 std::function<void(const QString&)> then);
    void review(const std::function<void(detection::AnomalyService&, std::int64_t)>& action,
                const QString& done);
    void setStatus(const QString& text, bool error = false);
    void updateCount();
    // Filters as on first start.
    void resetFilters();
    // The table, or a state saying why it is empty.
    void updateEmptyState();
    void chooseExportFile();

    QString m_path;
    // True while this panel tells the others of its own change.
    bool m_announcing = false;
    QList<QAction*> m_actions;
    struct FilterDefaults
    {
        QStringList severities, states, types;
        int time = 0;
    } m_defaults;
    jobs::JobRunner* m_runner = nullptr;
    EpochMs m_referenceTime = 0;
    std::int64_t m_selectedId = 0;
    std::int64_t m_wantedId = 0; // the anomaly whose detail is being read
    quint64 m_contextGeneration =
        0;             // bumped by setContext: late results of another workspace are dropped
    QSet<int> m_calls; // callService() jobs still running
    std::vector<detection::DetectorConfig> m_detectorConfigs;
    int m_detectionJob = 0;
    int m_exportJob = 0;
    LatestJob* m_chartJob;

    AnomalyTableModel* m_model;
    QListWidget* m_detectorList = nullptr;
    DetectorEditor* m_editor = nullptr;
    QToolButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_count;
    MultiSelectButton* m_severity = nullptr;
    MultiSelectButton* m_state = nullptr;
    MultiSelectButton* m_type = nullptr;
    MultiSelectButton* m_models = nullptr;
    QComboBox* m_detectorFilter = nullptr;
    QComboBox* m_time = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QTableView* m_table;
    QStackedWidget* m_tablePages = nullptr;
    EmptyState* m_nothing = nullptr;
    EmptyState* m_noMatch = nullptr;
    AnomalyChart* m_chart;
    AnomalyDetailView* m_detail;
};

template <class T>
void AnomalyReviewPanel::callService(const QString& title,
                                     std::function<T(detection::AnomalyService&)> work,
                                     std::function<void(const T&, const QString& error)> done)
{
    if (!m_runner || m_path.isEmpty())
        return;
    auto result = std::make_shared<T>();
    QPointer<AnomalyReviewPanel> self(this);
    auto id = std::make_shared<int>(0);
    *id = m_runner->submit(
        title,
        [result, path = m_path.toStdString(), work = std::move(work)](jobs::JobContext&) {
            detection::AnomalyService service(path);
            *result = work(service);
            return QVariant();
        },
        [self, result, id, generation = m_contextGeneration,
         done = std::move(done)](const QVariant&, const QString& error) {
            if (!self)
                return;
            self->m_calls.remove(*id);
            if (generation == self->m_contextGeneration)
                done(*result, error);
        },
        jobs::JobOptions::view());
    m_calls.insert(*id);
}

} // namespace kestrel::ui
