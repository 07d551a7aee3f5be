#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kestrel::ui {

// File › Open team workspace…: the URL of a workspace on a PostgreSQL server
// (postgresql://user@host:port/db?schema=team) and, when the server wants
// one, the login's password, kept for the session or remembered in the
// keychain. The URL is checked as it is typed (WorkspaceUrl::parse), and one
// with a password in it is refused: the password has its own field.
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamWorkspaceDialog(QWidget* parent = nullptr, const QString& url = {});

    // The URL as Kestrel shows it (WorkspaceUrl::display), once accepted.
    QString url() const;
    // Empty: none typed (PGPASSWORD, ~/.pgpass or the keychain give it).
    QString password() const;
    bool rememberPassword() const;
    // The keychain name of the login (WorkspaceUrl::credentialName).
    QString credentialName() const;

private:
    void check();
    QLineEdit* m_url;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QString m_display;
    QString m_credential;
};

} // namespace kestrel::ui
