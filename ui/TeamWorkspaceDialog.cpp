#include "ui/TeamWorkspaceDialog.h"

#include "core/jobs/JobRunner.h"
#include "core/secrets/WorkspacePasswords.h"
#include "core/workspace/WorkspaceUrl.h"
#include "ui/settings/SessionSecrets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {
// How long the URL must stay unchanged before the keychain is asked about it.
constexpr int kLookupDelayMs = 300;
} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget* parent, const QString& url,
                                         std::shared_ptr<secrets::WorkspacePasswords> passwords,
                                         jobs::JobRunner* runner)
    : QDialog(parent), m_passwords(passwords ? std::move(passwords) : sessionWorkspacePasswords()),
      m_runner(runner ? runner : new jobs::JobRunner(this))
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
    m_forget = new QPushButton(tr("Forget saved password"), this);
    m_forget->setObjectName(QStringLiteral("teamForgetPassword"));
    m_forget->setAutoDefault(false);
    m_forget->setEnabled(false);
    m_lookup = new QTimer(this);
    m_lookup->setSingleShot(true);
    m_lookup->setInterval(kLookupDelayMs);
    connect(m_lookup, &QTimer::timeout, this, &TeamWorkspaceDialog::lookUpSaved);
    connect(m_forget, &QPushButton::clicked, this, &TeamWorkspaceDialog::forgetSaved);
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
    form->addRow(QString(), m_forget);

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
    showStatus(problem);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
    m_saved.clear();
    m_forget->setEnabled(false);
    if (m_credential.isEmpty())
        m_lookup->stop();
    else
        m_lookup->start();
}

TeamWorkspaceDialog::~TeamWorkspaceDialog() = default;

void TeamWorkspaceDialog::lookUpSaved()
{
    const QString credential = m_credential;
    if (credential.isEmpty() || m_passwords->needsPassphrase())
        return;
    m_runner->submit<bool>(
        tr("Look up the saved password"), jobs::JobOptions::view(),
        [passwords = m_passwords, name = credential.toStdString()](jobs::JobContext&) {
            return passwords->isRemembered(name);
        },
        this,
        [this, credential](bool saved) {
            if (credential != m_credential)
                return; // the URL changed meanwhile
            m_saved = saved ? credential : QString();
            m_forget->setEnabled(saved);
        });
}

void TeamWorkspaceDialog::forgetSaved()
{
    const QString credential = m_saved;
    if (credential.isEmpty())
        return;
    m_forget->setEnabled(false);
    m_runner->submit<bool>(
        tr("Forget the saved password"), jobs::JobOptions::view(),
        [passwords = m_passwords, name = credential.toStdString()](jobs::JobContext&) {
            passwords->forget(name);
            return true;
        },
        this,
        [this, credential](bool) {
            if (m_saved == credential)
                m_saved.clear();
            showStatus(
                tr("The saved password of %1 was removed from the keychain.").arg(credential));
        },
        [this, credential](const QString& error) {
            m_forget->setEnabled(m_saved == credential && credential == m_credential);
            showStatus(tr("The saved password was not removed: %1").arg(error));
        });
}

void TeamWorkspaceDialog::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
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
