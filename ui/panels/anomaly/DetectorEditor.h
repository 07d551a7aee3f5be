#pragma once

#include "core/detection/DetectorConfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace kestrel::ui {

// Edits one detector configuration. Keys of the detection JSON the form does
// not show are kept as they were. Save / Delete / New are requests the panel
// carries out; a refusal comes back through showError(), shown inline.
class DetectorEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DetectorEditor(QWidget* parent = nullptr);

    void setConfig(const detection::DetectorConfig& config);
    // The configuration as the form reads now.
    detection::DetectorConfig config() const;
    void showError(const QString& message);
    QString error() const;

    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* metricList() const { return m_metrics; }
    QComboBox* algorithmBox() const { return m_algorithm; }
    QDoubleSpinBox* contaminationBox() const { return m_contamination; }
    QSpinBox* windowBox() const { return m_window; }
    QDoubleSpinBox* thresholdBox(int severityRank) const { return m_thresholds[severityRank]; }
    QSpinBox* scheduleBox() const { return m_schedule; }
    QCheckBox* enabledBox() const { return m_enabled; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* newButton() const { return m_new; }

signals:
    void saveRequested(const kestrel::detection::DetectorConfig& config);
    void deleteRequested(qint64 id);
    void newRequested();

private:
    // A validation of what the form alone can tell; empty when fine.
    QString localError() const;
    void updateAlgorithmFields();

    detection::DetectorConfig m_config;
    QLineEdit* m_name;
    QListWidget* m_metrics;
    QComboBox* m_algorithm;
    QDoubleSpinBox* m_contamination;
    QSpinBox* m_window;
    QDoubleSpinBox* m_thresholds[4];
    QSpinBox* m_schedule;
    QCheckBox* m_enabled;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_new;
};

} // namespace kestrel::ui
