#pragma once

#include "core/secrets/SecretStore.h"

#include <QDialog>

#include <memory>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class SettingsPage;

// The administrator's place: General (per machine) and, with a workspace open,
// AI providers, Prices and Budgets and limits (per workspace; see
// docs/settings.md). Apply is enabled only while a page has unapplied edits;
// Restore defaults resets the page shown; OK applies and closes once pending
// key saves have finished. API keys go to `store` (by default the session's
// SecretStore: the OS keychain or the passphrase-encrypted file).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Background work (key saves, connection tests) runs on `runner`, or on
    // a runner of the dialog's own when none is given.
    explicit SettingsDialog(const QString& workspacePath = {},
                            std::shared_ptr<secrets::SecretStore> store = nullptr,
                            QWidget* parent = nullptr, jobs::JobRunner* runner = nullptr);
    ~SettingsDialog() override;

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    SettingsPage* page(int index) const { return m_pages.at(static_cast<std::size_t>(index)); }
    void showPage(int index);
    QDialogButtonBox* buttons() const { return m_buttons; }

    // Applies every modified page; false when one refused (it shows why).
    // The workspace pages store in jobs: applied() follows once all took.
    bool applyAll();
    // True until the workspace's settings have been read (in a job).
    bool isLoading() const { return m_loading; }
    // True while settings or keys are being stored.
    bool isBusy() const;

public slots:
    void accept() override;

signals:
    // After Apply or OK stored something: the main window re-reads what it uses
    // (worker threads, the AI settings).
    void applied();

private:
    void addPage(SettingsPage* page);
    void updateButtons();
    // A page's store (or a key save) ended: announce, close or stay.
    void savesEnded();
    void announceWhenStored();

    jobs::JobRunner* m_runner;
    std::shared_ptr<secrets::SecretStore> m_store;
    std::vector<SettingsPage*> m_pages;
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QDialogButtonBox* m_buttons;
    bool m_closing = false;
    bool m_loading = false;
    bool m_announce = false;     // emit applied() once the stores end
    QLabel* m_problem = nullptr; // "Reading…", or why the workspace pages cannot be edited
};

} // namespace kestrel::ui
