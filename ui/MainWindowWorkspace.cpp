// The main window's workspace lifecycle: opening (files and team workspace
// URLs, in a job), creating, the demo, recovery and the recent list. The rest
// of MainWindow (panels, menus, imports, exports) is in MainWindow.cpp.
#include "ui/MainWindow.h"

#include "core/secrets/WorkspacePasswords.h"
#include "core/workspace/WorkspaceUrl.h"
#include "ui/TeamWorkspaceDialog.h"
#include "ui/WorkspaceWatcher.h"
#include "ui/settings/SessionSecrets.h"
#include "ui/help/HelpMenu.h"

#include "core/detection/DemoWorkspace.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/RunHistoryService.h"
#include "core/workspace/Recovery.h"
#include "core/workspace/Workspace.h"
#include "ui/JobsDock.h"
#include "ui/widgets/ShortcutsDialog.h"
#include "ui/Settings.h"
#include "ui/panels/ai/AiAnalysisPanel.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/Panel.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/panels/runhistory/ImportDialog.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/DemoBanner.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/KpiTile.h"
#include "ui/widgets/LatestJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

bool isTeamWorkspace(const QString& location)
{
    return workspace::WorkspaceUrl::looksLikePostgres(location.toStdString());
}

// A team workspace URL as typed; a file's absolute path.
QString workspaceTarget(const QString& location)
{
    return isTeamWorkspace(location) ? location : QFileInfo(location).absoluteFilePath();
}

// "team on db.example:5432" for a team workspace, the file name otherwise.
QString workspaceTitle(const QString& target)
{
    if (!isTeamWorkspace(target))
        return QFileInfo(target).fileName();
    try {
        const auto url = workspace::WorkspaceUrl::parse(target.toStdString());
        return MainWindow::tr("%1 on %2:%3")
            .arg(QString::fromStdString(url.schema()), QString::fromStdString(url.host()))
            .arg(url.port());
    } catch (const std::exception&) {
        return target;
    }
}

QString workspaceFilter()
{
    return MainWindow::tr("Kestrel workspaces (*.kestrel);;All files (*)");
}

QString appDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// Where to create a new workspace, proposing `fileName` in the app data
// folder; ".kestrel" is added when the name has no suffix. Empty if cancelled.
QString askNewWorkspacePath(QWidget* parent, const QString& title, const QString& fileName)
{
    QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(appDataDir()).filePath(fileName),
                                     workspaceFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kestrel");
    return path;
}

} // namespace

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    QStringList recent = settings::recentWorkspaces.value();
    const int before = int(recent.size());
    recent.removeIf([](const QString& p) { return !isTeamWorkspace(p) && !QFileInfo::exists(p); });
    if (recent.size() != before)
        settings::recentWorkspaces.setValue(recent);
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openWorkspace(path); });
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the list"), this,
                            [] { settings::recentWorkspaces.setValue({}); });
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList recent = settings::recentWorkspaces.value();
    recent.removeAll(path);
    recent.prepend(path);
    recent.removeIf([](const QString& p) { return !isTeamWorkspace(p) && !QFileInfo::exists(p); });
    while (recent.size() > settings::kMaxRecentWorkspaces)
        recent.removeLast();
    settings::recentWorkspaces.setValue(recent);
}

void MainWindow::chooseOpenTeam()
{
    const QString last = settings::recentWorkspaces.value().value(0);
    TeamWorkspaceDialog dialog(this, isTeamWorkspace(last) ? last : QString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString url = dialog.url();
    const std::string credential = dialog.credentialName().toStdString();
    const std::string password = dialog.password().toStdString();
    const bool remember = dialog.rememberPassword();
    if (password.empty()) {
        openWorkspace(url);
        return;
    }
    // Kept for the session at once; the keychain write (it may wait for an
    // unlock prompt) runs before the open, off this thread.
    const std::shared_ptr<secrets::WorkspacePasswords> passwords = sessionWorkspacePasswords();
    passwords->set(credential, password, false);
    if (!remember) {
        openWorkspace(url);
        return;
    }
    m_jobs->submit<bool>(
        tr("Remember the password"), jobs::JobOptions::view(),
        [passwords, credential, password](jobs::JobContext&) {
            passwords->set(credential, password, true);
            return true;
        },
        this, [this, url](bool) { openWorkspace(url); },
        [this, url](const QString& error) {
            statusBar()->showMessage(
                tr("The password was not saved in the keychain: %1").arg(error), 10000);
            openWorkspace(url);
        });
}

bool MainWindow::openWorkspace(const QString& path, OpenFlag flag)
{
    const QString target = workspaceTarget(path);
    if (isTeamWorkspace(target) && flag == CreateDemoIfMissing)
        flag = OpenExisting;
    if (flag == CreateDemoIfMissing && !QFileInfo::exists(target))
        return createDemoWorkspace(target) != 0;
    const bool readOnly = flag == OpenReadOnly;
    startOpen(target, tr("Cannot open workspace"), [file = target.toStdString(), readOnly] {
        OpenedWorkspace opened;
        opened.workspace =
            readOnly ? workspace::Workspace::openReadOnly(file) : workspace::Workspace::open(file);
        return opened;
    });
    return true;
}

void MainWindow::startOpen(const QString& target, const QString& errorTitle,
                           std::function<OpenedWorkspace()> open)
{
    m_openProgress->show();
    statusBar()->showMessage(tr("Opening workspace %1…").arg(QDir::toNativeSeparators(target)));
    // Opening checks the file's integrity, tidies a killed import and
    // migrates the schema: seconds on a big workspace, so never on this
    // thread. A newer open replaces one still running (LatestJob).
    m_openJob->run<OpenedWorkspace>(
        tr("Open workspace"),
        [open = std::move(open)](jobs::JobContext&) {
            try {
                return open();
            } catch (const workspace::CorruptWorkspace& e) {
                OpenedWorkspace refused;
                refused.error = QString::fromUtf8(e.what());
                refused.corrupt = true;
                return refused;
            } catch (const std::exception& e) {
                OpenedWorkspace refused;
                refused.error = QString::fromUtf8(e.what());
                return refused;
            }
        },
        [this, target, errorTitle](OpenedWorkspace&& opened) {
            finishOpen(target, errorTitle, std::move(opened));
        });
}

void MainWindow::finishOpen(const QString& target, const QString& errorTitle,
                            OpenedWorkspace&& opened)
{
    m_openProgress->hide();
    statusBar()->clearMessage();
    if (!opened.workspace) {
        if (opened.corrupt)
            offerRecovery(target, opened.error);
        else
            showError(errorTitle, opened.error);
        emit workspaceRefused(target, opened.error);
        return;
    }
    m_protectedWorkspace.reset();
    m_workspace = std::move(opened.workspace);
    if (!isTeamWorkspace(target))
        m_protectedWorkspace = std::make_unique<ProtectedPath>(target.toStdString());
    setWindowTitle(tr("Kestrel — %1").arg(workspaceTitle(target)));
    m_pathLabel->setText(isTeamWorkspace(target) ? target : QDir::toNativeSeparators(target));
    rememberRecent(target);
    m_tabs->setEnabled(true);
    m_importAction->setEnabled(!m_workspace->readOnly());
    m_exportAction->setEnabled(true);
    if (m_workspace->readOnly())
        setWindowTitle(tr("Kestrel — %1 (read-only)").arg(workspaceTitle(target)));
    const WorkspaceRef ref{target, m_workspace->readOnly()};
    for (Panel* panel : m_panels)
        panel->workspaceChanged(ref);
    m_watcher->watch(target);
    refreshRunCount();
    if (!opened.message.isEmpty())
        statusBar()->showMessage(opened.message, 10000);
    emit workspaceChanged();
}

bool MainWindow::newWorkspace(const QString& path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    startOpen(target, tr("Cannot create workspace"), [target] {
        QDir().mkpath(QFileInfo(target).absolutePath());
        OpenedWorkspace created;
        created.workspace = workspace::Workspace::create(target.toStdString());
        return created;
    });
    return true;
}

int MainWindow::createDemoWorkspace(const QString& path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    QString refusal;
    if (m_demoJob)
        refusal = tr("A demo workspace is already being created.");
    else if (QFileInfo::exists(target))
        refusal = tr("%1 already exists; choose a new file for the demo workspace.").arg(target);
    else if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        refusal = tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath());
    if (!refusal.isEmpty()) {
        showError(tr("Cannot create demo workspace"), refusal);
        emit workspaceRefused(target, refusal);
        return 0;
    }

    runs::DemoOptions options;
    options.runs = settings::demoRuns.value();
    m_demoProgress->setValue(0);
    m_demoProgress->show();
    statusBar()->showMessage(
        tr("Creating the demo workspace %1 (%2 runs)…")
            .arg(QDir::toNativeSeparators(target), Format::count(options.runs)));
    QPointer<MainWindow> self(this);
    m_demoJob = m_jobs->submit(
        tr("Create demo workspace"),
        [file = target.toStdString(), options](jobs::JobContext& ctx) {
            Feedback feedback = ctx.feedback();
            return QVariant(
                qint64(detection::createDemoWorkspace(file, options, feedback).demo.runs));
        },
        [self, target](const QVariant&, const QString& error) {
            if (!self)
                return;
            self->m_demoJob = 0;
            self->m_demoProgress->hide();
            self->statusBar()->clearMessage();
            if (!error.isEmpty()) {
                self->showError(tr("Cannot create demo workspace"), error);
                emit self->workspaceRefused(target, error);
                return;
            }
            self->openWorkspace(target);
        });
    return m_demoJob;
}

void MainWindow::offerRecovery(const QString& path, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Workspace damaged"), message,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("recoveryBox"));
    QPushButton* readOnly = box->addButton(tr("Open read-only"), QMessageBox::AcceptRole);
    QPushButton* recover = box->addButton(tr("Recover…"), QMessageBox::ActionRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, path, readOnly, recover](QAbstractButton* b) {
                if (b == readOnly)
                    openWorkspace(path, OpenReadOnly);
                else if (b == recover)
                    chooseRecover(path);
            });
    box->open();
}

void MainWindow::chooseRecover(const QString& source)
{
    const QFileInfo info(source);
    const QString suggested =
        info.dir().filePath(info.completeBaseName() + tr("-recovered") + ".kestrel");
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Recover into a new workspace"), suggested, tr("Kestrel workspaces (*.kestrel)"));
    if (!target.isEmpty())
        recoverWorkspace(source, target);
}

bool MainWindow::recoverWorkspace(const QString& source, const QString& target)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    startOpen(absolute, tr("Cannot recover workspace"), [source, absolute] {
        const workspace::RecoveryResult r =
            workspace::recoverWorkspace(source.toStdString(), absolute.toStdString());
        OpenedWorkspace recovered;
        recovered.workspace = workspace::Workspace::open(absolute.toStdString());
        recovered.message = tr("Recovered %1 rows into %2").arg(r.rows()).arg(absolute);
        return recovered;
    });
    return true;
}

void MainWindow::chooseOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), QFileInfo(workspacePath()).absolutePath(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseNew()
{
    const QString path =
        askNewWorkspacePath(this, tr("New workspace"), QStringLiteral("workspace.kestrel"));
    if (!path.isEmpty())
        newWorkspace(path);
}

void MainWindow::chooseNewDemo()
{
    const QString path =
        askNewWorkspacePath(this, tr("New demo workspace"), QStringLiteral("demo.kestrel"));
    if (!path.isEmpty())
        createDemoWorkspace(path);
}

} // namespace kestrel::ui
