#include "ui/TeamWorkspaceDialog.h"

#include "core/workspace/WorkspaceUrl.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kestrel::ui {

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget* parent, const QString& url) : QDialog(parent)
{
    setWindowTitle(tr("Open team workspace"));
    m_url = new QLineEdit(url, this);
    m_url->setObjectName(QStringLiteral("teamUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database?schema=team"));
    m_url->setMinimumWidth(420);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Only if the server asks for one"));
    m_remember = new QCheckBox(tr("Remember the password in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("teamRemember"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* intro = new QLabel(
        tr("A team workspace lives in a schema on a PostgreSQL server, shared by everyone who "
           "connects to it. Create one with <code>kestrel workspace create-team URL</code>."),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::check);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_remember->setEnabled(!text.isEmpty()); });
    m_remember->setEnabled(false);
    check();
}

void TeamWorkspaceDialog::check()
{
    const QString text = m_url->text().trimmed();
    QString problem;
    m_display.clear();
    m_credential.clear();
    if (text.isEmpty()) {
        problem = tr("Type the URL of the team workspace.");
    } else if (!workspace::WorkspaceUrl::looksLikePostgres(text.toStdString())) {
        problem = tr("A team workspace URL starts with postgresql://");
    } else {
        try {
            const auto url = workspace::WorkspaceUrl::parse(text.toStdString());
            m_display = QString::fromStdString(url.display());
            m_credential = QString::fromStdString(url.credentialName());
        } catch (const std::exception& e) {
            problem = QString::fromUtf8(e.what());
        }
    }
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

QString TeamWorkspaceDialog::url() const
{
    return m_display;
}

QString TeamWorkspaceDialog::password() const
{
    return m_password->text();
}

bool TeamWorkspaceDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

QString TeamWorkspaceDialog::credentialName() const
{
    return m_credential;
}

} // namespace kestrel::ui
