#pragma once

#include "core/ai/SettingsService.h"
#include "ui/settings/SettingsPage.h"

#include <vector>

class QDoubleSpinBox;
class QLabel;

namespace kestrel::ui {

// Spending and traffic limits of the workspace's AI use: daily and monthly
// budgets, requests per minute, the response cache's lifetime and the request
// token cap. The fields come from core/ai's declared number settings.
class LimitsPage : public SettingsPage
{
    Q_OBJECT

public:
    // Stores through `service` in jobs on `runner`; showStored() fills it.
    LimitsPage(ai::SettingsService service, jobs::JobRunner* runner, QWidget* parent = nullptr);
    // The values the workspace holds (read by the dialog in a job).
    void showStored(const ai::AiSettings& stored);

    QString title() const override;
    bool isModified() const override;
    bool apply() override;
    void restoreDefaults() override;

private:
    std::vector<double> current() const;
    void show(const std::vector<double>& values);
    static std::vector<double> valuesOf(const ai::AiSettings& s);

    ai::SettingsService m_service;
    jobs::JobRunner* m_runner;
    std::vector<QDoubleSpinBox*> m_boxes; // in kKeys order
    QLabel* m_error;
    std::vector<double> m_applied;
};

} // namespace kestrel::ui
