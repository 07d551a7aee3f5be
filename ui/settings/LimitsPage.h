#pragma once

#include "ui/settings/SettingsPage.h"

#include <vector>

class QDoubleSpinBox;
class QLabel;

namespace kestrel::workspace {
class Database;
}

namespace kestrel::ui {

// Spending and traffic limits of the workspace's AI use: daily and monthly
// budgets, requests per minute, the response cache's lifetime and the request
// token cap. The fields come from core/ai's declared number settings.
class LimitsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LimitsPage(workspace::Database& db, QWidget* parent = nullptr);

    QString title() const override;
    bool isModified() const override;
    bool apply() override;
    void restoreDefaults() override;

private:
    std::vector<double> current() const;
    void show(const std::vector<double>& values);
    std::vector<double> stored() const;

    workspace::Database& m_db;
    std::vector<QDoubleSpinBox*> m_boxes; // in kKeys order
    QLabel* m_error;
    std::vector<double> m_applied;
};

} // namespace kestrel::ui
