#pragma once

#include "core/ai/PriceTable.h"
#include "core/ai/SettingsService.h"
#include "ui/settings/SettingsPage.h"

class QLabel;
class QTableWidget;

namespace kestrel::ui {

// The workspace's price table: USD per million input and output tokens for a
// provider's model or model family ('*' wildcards). A few dozen rows at most,
// so a plain table widget edits it.
class PricesPage : public SettingsPage
{
    Q_OBJECT

public:
    // Stores through `service` in jobs on `runner`; showStored() fills it.
    PricesPage(ai::SettingsService service, jobs::JobRunner* runner, QWidget* parent = nullptr);
    // The table the workspace holds (read by the dialog in a job).
    void showStored(const ai::PriceTable& stored);

    QString title() const override;
    bool isModified() const override;
    bool apply() override;
    void restoreDefaults() override;

private:
    void show(const ai::PriceTable& table);
    // The table as edited, or a kestrel::Error naming the row and column at fault.
    ai::PriceTable edited() const;
    QString snapshot() const;

    ai::SettingsService m_service;
    jobs::JobRunner* m_runner;
    QTableWidget* m_table;
    QLabel* m_error;
    QString m_applied;
};

} // namespace kestrel::ui
