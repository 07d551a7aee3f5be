#include "ui/settings/SettingsDialog.h"

#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "core/ai/SettingsService.h"
#include "ui/settings/AiProvidersPage.h"
#include "ui/settings/GeneralPage.h"
#include "ui/settings/LimitsPage.h"
#include "ui/settings/PricesPage.h"
#include "ui/settings/SessionSecrets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
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
        // The workspace's values are read in a job; the pages wait, disabled.
        const ai::SettingsService service(workspacePath.toStdString());
        auto* providers = new AiProvidersPage(service, m_store, m_runner, this);
        auto* prices = new PricesPage(service, m_runner, this);
        auto* limits = new LimitsPage(service, m_runner, this);
        for (SettingsPage* page : std::initializer_list<SettingsPage*>{providers, prices, limits}) {
            addPage(page);
            page->setEnabled(false);
        }
        connect(providers, &AiProvidersPage::idle, this, &SettingsDialog::savesEnded);
        m_loading = true;
        m_problem = new QLabel(tr("Reading the workspace's settings…"), this);
        m_problem->setObjectName(QStringLiteral("workspaceProblem"));
        m_problem->setWordWrap(true);
        column->addWidget(m_problem);
        QPointer<AiProvidersPage> aiPage(providers);
        QPointer<PricesPage> pricesPage(prices);
        QPointer<LimitsPage> limitsPage(limits);
        m_runner->submit<ai::WorkspaceSettings>(
            tr("Read settings"), jobs::JobOptions::view(),
            [service](jobs::JobContext&) { return service.load(); }, this,
            [this, aiPage, pricesPage, limitsPage](const ai::WorkspaceSettings& stored) {
                m_loading = false;
                m_problem->hide();
                aiPage->showStored(stored.ai);
                pricesPage->showStored(stored.prices);
                limitsPage->showStored(stored.ai);
                for (SettingsPage* page : std::initializer_list<SettingsPage*>{
                         aiPage.data(), pricesPage.data(), limitsPage.data()})
                    page->setEnabled(true);
                updateButtons();
            },
            [this](const QString& error) {
                m_loading = false;
                m_problem->setText(
                    tr("The workspace's AI settings cannot be edited: %1").arg(error));
            });
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
            announceWhenStored();
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
    connect(page, &SettingsPage::saved, this, &SettingsDialog::savesEnded);
}

void SettingsDialog::savesEnded()
{
    if (isBusy()) {
        updateButtons();
        return;
    }
    bool modified = false;
    for (const SettingsPage* p : m_pages)
        modified = modified || p->isModified();
    // Every store has ended: tell the main window once, if they all took.
    if (m_announce && !modified)
        emit applied();
    m_announce = false;
    if (m_closing) {
        m_closing = false;
        if (!modified) {
            QDialog::accept();
            return;
        }
    }
    updateButtons();
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
    for (const SettingsPage* p : m_pages) {
        if (p->isSaving())
            return true;
        if (const auto* ai = qobject_cast<const AiProvidersPage*>(p); ai && ai->isBusy())
            return true;
    }
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

void SettingsDialog::announceWhenStored()
{
    if (isBusy())
        m_announce = true; // by savesEnded()
    else
        emit applied();
}

void SettingsDialog::accept()
{
    if (m_loading || !applyAll())
        return;
    announceWhenStored();
    if (isBusy()) {
        // Settings or a key are still being stored (perhaps waiting for the
        // passphrase); the dialog closes when they are, unless one is refused.
        m_closing = true;
        updateButtons();
        return;
    }
    QDialog::accept();
}

} // namespace kestrel::ui
