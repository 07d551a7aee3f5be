#pragma once

#include "core/runs/RunFilter.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace kestrel::ui {

class MultiSelectButton;

// The Run History filter bar: timeframe preset or custom range, models and
// statuses (several at once), symbol, data source, a debounced text search over
// error messages and parameters, and the error-template chip set from the
// error patterns view. Emits filterChanged() once per user change.
class RunFilterBar : public QWidget
{
    Q_OBJECT
public:
    // Indexes of the timeframe combo box.
    enum Timeframe
    {
        Last24h,
        Last7d,
        Last30d,
        Last90d,
        AllTime,
        Custom
    };
    static constexpr int kSearchDelayMs = 300;

    explicit RunFilterBar(QWidget* parent = nullptr);

    // What the pickers offer (distinct values of the workspace).
    void setChoices(const std::vector<std::string>& models,
                    const std::vector<std::string>& statuses,
                    const std::vector<std::string>& symbols,
                    const std::vector<std::string>& dataSources);
    // Presets count back from this moment; 0 (the default) means now.
    void setReferenceTime(EpochMs t);

    runs::RunFilter filter() const;
    // Shows `filter` in the widgets without emitting filterChanged().
    void setFilter(const runs::RunFilter& filter);
    void setErrorTemplate(const QString& templateText);

    QComboBox* timeframeBox() const { return m_timeframe; }
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* toEdit() const { return m_to; }
    MultiSelectButton* modelsButton() const { return m_models; }
    MultiSelectButton* statusButton() const { return m_statuses; }
    QComboBox* symbolBox() const { return m_symbol; }
    QComboBox* dataSourceBox() const { return m_dataSource; }
    QLineEdit* searchEdit() const { return m_search; }
    QToolButton* templateChip() const { return m_templateChip; }

signals:
    void filterChanged();

private:
    void timeframeChosen();
    void showCustomRange(bool custom);
    static void fillCombo(QComboBox* box, const QString& anyText,
                          const std::vector<std::string>& values);
    EpochMs referenceTime() const;

    QComboBox* m_timeframe = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    MultiSelectButton* m_models = nullptr;
    MultiSelectButton* m_statuses = nullptr;
    QComboBox* m_symbol = nullptr;
    QComboBox* m_dataSource = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_templateChip = nullptr;
    QToolButton* m_clear = nullptr;
    QTimer* m_searchDelay = nullptr;
    QString m_template;
    EpochMs m_reference = 0;
};

} // namespace kestrel::ui
