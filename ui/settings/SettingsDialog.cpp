#include "ui/settings/SettingsDialog.h"

#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "core/workspace/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/settings/AiProvidersPage.h"
#include "ui/settings/GeneralPage.h"
#include "ui/settings/LimitsPage.h"
#include "ui/settings/PricesPage.h"
#include "ui/settings/SessionSecrets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

SettingsDialog::SettingsDialog(const QString& workspacePath,
                               std::shared_ptr<secrets::SecretStore> store, QWidget* parent,
                               jobs::JobRunner* runner)
    : QDialog(parent), m_runner(runner ? runner : new jobs::JobRunner(this)),
      m_store(store ? std::move(store) : sessionSecretStore())
{
    setWindowTitle(tr("Settings"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pages"));
    m_list->setMaximumWidth(200);
    m_stack = new QStackedWidget(this);
    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply |
                                 QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                             this);

    auto* body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto* column = new QVBoxLayout(this);
    column->addLayout(body, 1);

    addPage(new GeneralPage(this));
    QString workspaceProblem;
    if (workspacePath.isEmpty()) {
        workspaceProblem = tr("Open a workspace to edit its AI providers, prices and budgets.");
    } else {
        try {
            m_db = std::make_unique<workspace::Database>(
                workspace::Workspace::connect(workspacePath.toStdString()));
            auto* ai = new AiProvidersPage(*m_db, m_store, m_runner, this);
            addPage(ai);
            addPage(new PricesPage(*m_db, this));
            addPage(new LimitsPage(*m_db, this));
            connect(ai, &AiProvidersPage::idle, this, [this] {
                if (m_closing && !isBusy())
                    QDialog::accept();
                updateButtons();
            });
        } catch (const Error& e) {
            workspaceProblem = tr("The workspace's AI settings cannot be edited: %1")
                                   .arg(QString::fromUtf8(e.what()));
        }
    }
    if (!workspaceProblem.isEmpty()) {
        auto* note = new QLabel(workspaceProblem, this);
        note->setObjectName(QStringLiteral("workspaceProblem"));
        note->setWordWrap(true);
        column->addWidget(note);
    }
    column->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (applyAll())
            emit applied();
    });
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                if (auto* p = qobject_cast<SettingsPage*>(m_stack->currentWidget()))
                    p->restoreDefaults();
                updateButtons();
            });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Ok), &QPushButton::clicked, this,
            &SettingsDialog::accept);

    m_list->setCurrentRow(0);
    updateButtons();
    resize(760, 620);
}

SettingsDialog::~SettingsDialog()
{
    // Pages refer to the database, and stop their work: they go before the
    // connection and before a runner of the dialog's own waits for its workers.
    for (SettingsPage* p : m_pages)
        delete p;
    m_pages.clear();
}

void SettingsDialog::addPage(SettingsPage* page)
{
    m_pages.push_back(page);
    m_list->addItem(page->title());
    m_stack->addWidget(page);
    connect(page, &SettingsPage::changed, this, &SettingsDialog::updateButtons);
}

void SettingsDialog::showPage(int index)
{
    m_list->setCurrentRow(index);
}

void SettingsDialog::updateButtons()
{
    bool modified = false;
    for (const SettingsPage* p : m_pages)
        modified = modified || p->isModified();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified && !m_closing);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_closing);
}

bool SettingsDialog::isBusy() const
{
    for (const SettingsPage* p : m_pages)
        if (const auto* ai = qobject_cast<const AiProvidersPage*>(p); ai && ai->isBusy())
            return true;
    return false;
}

bool SettingsDialog::applyAll()
{
    bool ok = true;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->isModified() && !m_pages[i]->apply()) {
            ok = false;
            m_list->setCurrentRow(static_cast<int>(i));
        }
    }
    updateButtons();
    return ok;
}

void SettingsDialog::accept()
{
    if (!applyAll())
        return;
    emit applied();
    if (isBusy()) {
        // A key is still being saved (perhaps waiting for the passphrase).
        m_closing = true;
        updateButtons();
        return;
    }
    QDialog::accept();
}

} // namespace kestrel::ui
