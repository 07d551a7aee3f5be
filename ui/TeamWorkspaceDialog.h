#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::secrets {
class WorkspacePasswords;
}

namespace kestrel::ui {

// File › Open team workspace…: the URL of a workspace on a PostgreSQL server
// (postgresql://user@host:port/db?schema=team) and, when the server wants
// one, the login's password, kept for the session or remembered in the
// keychain. The URL is checked as it is typed (WorkspaceUrl::parse), and one
// with a password in it is refused: the password has its own field.
// "Forget saved password" is enabled while the keychain holds a password for
// the login of the URL typed; it is looked up on a worker thread shortly after
// the URL stops changing, and not at all while the encrypted file still wants
// its passphrase (typing a URL never pops up a prompt).
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    // `passwords` null: the session's (sessionWorkspacePasswords()); `runner`
    // null: one of the dialog's own.
    explicit TeamWorkspaceDialog(QWidget* parent = nullptr, const QString& url = {},
                                 std::shared_ptr<secrets::WorkspacePasswords> passwords = nullptr,
                                 jobs::JobRunner* runner = nullptr);
    ~TeamWorkspaceDialog() override;

    // The URL as Kestrel shows it (WorkspaceUrl::display), once accepted.
    QString url() const;
    // Empty: none typed (PGPASSWORD, ~/.pgpass or the keychain give it).
    QString password() const;
    bool rememberPassword() const;
    // The keychain name of the login (WorkspaceUrl::credentialName).
    QString credentialName() const;

private:
    void check();
    void lookUpSaved();
    void forgetSaved();
    void showStatus(const QString& text);
    std::shared_ptr<secrets::WorkspacePasswords> m_passwords;
    jobs::JobRunner* m_runner;
    QLineEdit* m_url;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QPushButton* m_forget;
    QTimer* m_lookup;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QString m_display;
    QString m_credential;
    // The login whose saved password m_forget removes; empty: none known.
    QString m_saved;
};

} // namespace kestrel::ui
