#pragma once

#include "core/common/Time.h"
#include "core/detection/AnomalyService.h"

#include "ui/panels/Panel.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class AnomalyChart;
class AnomalyDetailView;
class AnomalyTableModel;
class DetectorEditor;
class LatestJob;
class MultiSelectButton;

// The Anomaly Review panel (PRODUCT.md §4): detector configurations on the
// left; on the right the anomaly table with its filters, the selected
// anomaly's metric chart and its detail with the review actions. Detection,
// the chart's series and CSV export run as background jobs; everything goes
// through detection::AnomalyService.
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

signals:
    // Detection ran or a review changed a state: open counts may have moved.
    void anomaliesChanged();
    void detectionFinished(qint64 anomaliesFound);
    void exported(qint64 rows, const QString& path);
    // The chart finished loading the selected anomaly's series.
    void chartUpdated();

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
    void saveDetector(const detection::DetectorConfig& config);
    void deleteDetector(std::int64_t id);
    // Asks for a note without blocking the event loop, then calls `then` with it.
    void askNote(const QString& title, const QString& label, bool required,
                 std::function<void(const QString&)> then);
    void review(const std::function<void(detection::AnomalyService&, std::int64_t)>& action, const QString& done);
    void setStatus(const QString& text, bool error = false);
    void updateCount();
    // Filters as on first start.
    void resetFilters();
    void chooseExportFile();

    QString m_path;
    QList<QAction*> m_actions;
    struct FilterDefaults
    {
        QStringList severities, states, types;
        int time = 0;
    } m_defaults;
    jobs::JobRunner* m_runner = nullptr;
    EpochMs m_referenceTime = 0;
    std::int64_t m_selectedId = 0;
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
    AnomalyChart* m_chart;
    AnomalyDetailView* m_detail;
};

} // namespace kestrel::ui
