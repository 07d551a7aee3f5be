#pragma once

#include "core/ai/PriceTable.h"
#include "ui/settings/SettingsPage.h"

class QLabel;
class QTableWidget;

namespace kestrel::workspace {
class Database;
}

namespace kestrel::ui {

// The workspace's price table: USD per million input and output tokens for a
// provider's model or model family ('*' wildcards). A few dozen rows at most,
// so a plain table widget edits it.
class PricesPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit PricesPage(workspace::Database& db, QWidget* parent = nullptr);

    QString title() const override;
    bool isModified() const override;
    bool apply() override;
    void restoreDefaults() override;

private:
    void show(const ai::PriceTable& table);
    // The table as edited, or a kestrel::Error naming the row and column at fault.
    ai::PriceTable edited() const;
    QString snapshot() const;

    workspace::Database& m_db;
    QTableWidget* m_table;
    QLabel* m_error;
    QString m_applied;
};

} // namespace kestrel::ui
