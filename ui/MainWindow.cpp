#include "ui/MainWindow.h"

#include "core/secrets/WorkspacePasswords.h"
#include "core/workspace/WorkspaceUrl.h"
#include "ui/TeamWorkspaceDialog.h"
#include "ui/WorkspaceWatcher.h"
#include "ui/settings/SessionSecrets.h"
#include "ui/help/HelpMenu.h"

#include "core/detection/AnomalyService.h"
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

// A demo that failed or was cancelled leaves no file behind.
void removeWorkspaceFiles(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(QString::fromStdString(path + suffix));
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Kestrel"));
    // 1400×900, or less on a smaller screen (a 1366×768 laptop).
    resize(screen() ? QSize(1400, 900).boundedTo(screen()->availableGeometry().size() * 0.95)
                    : QSize(1400, 900));
    m_jobs = new jobs::JobRunner(this);
    m_jobs->setThreadCount(settings::workerThreads.value());
    m_jobsDock = new JobsDock(m_jobs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide();
    m_countJob = new LatestJob(this);
    m_countJob->setRunner(m_jobs);
    m_openJob = new LatestJob(this);
    m_openJob->setRunner(m_jobs);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_events = new PanelEvents(this);
    m_watcher = new WorkspaceWatcher(m_events, this);
    buildPanels();
    m_tabs->setEnabled(false);
    // The demo workspace's note sits over the panels.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_demoBanner = new DemoBanner(central);
    centralLayout->addWidget(m_demoBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(
        overview(), &OverviewPanel::factsUpdated, m_demoBanner,
        [this](const overview::WorkspaceFacts& f) { m_demoBanner->setDemoWorkspace(f.isDemo()); });
    connect(m_demoBanner, &DemoBanner::linkActivated, this, [this](const QString& target) {
        const QString panel = target.section(QLatin1Char('/'), 0, 0);
        for (Panel* p : m_panels)
            if (p->widget()->objectName() == panel)
                m_tabs->setCurrentWidget(p->widget());
        if (target == QLatin1String(DemoBanner::kErrorPatterns))
            runHistory()->tabs()->setCurrentIndex(RunHistoryPanel::ErrorsTab);
        else if (target == QLatin1String(DemoBanner::kCharts))
            runHistory()->tabs()->setCurrentIndex(RunHistoryPanel::ChartsTab);
    });
    // The panels' empty states offer File › Import runs… and File › New demo workspace….
    connect(m_events, &PanelEvents::importRunsRequested, this, &MainWindow::chooseImport);
    connect(m_events, &PanelEvents::demoWorkspaceRequested, this, &MainWindow::chooseNewDemo);

    m_pathLabel = new QLabel(tr("No workspace open"), this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_demoProgress = new QProgressBar(this);
    m_demoProgress->setRange(0, 1000);
    m_demoProgress->setMaximumWidth(220);
    m_demoProgress->hide();
    statusBar()->addWidget(m_pathLabel, 1);
    m_openProgress = new QProgressBar(this);
    m_openProgress->setRange(0, 0); // busy: opening has no measurable progress
    m_openProgress->setMaximumWidth(120);
    m_openProgress->hide();
    statusBar()->addPermanentWidget(m_openProgress);
    statusBar()->addPermanentWidget(m_demoProgress);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_jobs, &jobs::JobRunner::jobProgress, this, [this](int id, double progress) {
        if (id == m_demoJob)
            m_demoProgress->setValue(int(progress * 1000));
    });
    // Runs logged by other processes or imported from the panel change the count.
    connect(m_events, &PanelEvents::runsChanged, this, &MainWindow::refreshRunCount);
    if (RunHistoryPanel* history = runHistory())
        connect(history, &RunHistoryPanel::summaryUpdated, this, &MainWindow::refreshRunCount);
    // An anomaly's "Show runs": Run History comes to the front with the model and the window.
    if (AnomalyReviewPanel* anomalies = panel<AnomalyReviewPanel>())
        connect(anomalies, &AnomalyReviewPanel::runsRequested, this,
                [this](const QString& model, qint64 from, qint64 to) {
                    RunHistoryPanel* history = runHistory();
                    if (!history)
                        return;
                    runs::RunFilter f;
                    f.models = {model.toStdString()};
                    f.from = from;
                    f.to = to;
                    history->setFilter(f);
                    m_tabs->setCurrentWidget(history);
                });
    connect(m_jobs, &jobs::JobRunner::jobCancelled, this, [this](int id) {
        if (id != m_demoJob)
            return;
        m_demoJob = 0;
        m_demoProgress->hide();
        statusBar()->showMessage(tr("Demo workspace creation cancelled."), 8000);
    });
    buildMenus();
}

MainWindow::~MainWindow()
{
    // Workers may still hold connections to the workspace: stop them first.
    m_jobs->cancelAll();
    m_jobs->waitForDone();
}

const std::vector<PanelRegistration>& panelRegistrations()
{
    static const std::vector<PanelRegistration> panels = {
        {QStringLiteral("overview"),
         [](QWidget* parent) -> Panel* { return new OverviewPanel(parent); }},
        {QStringLiteral("run-history"),
         [](QWidget* parent) -> Panel* { return new RunHistoryPanel(parent); }},
        {QStringLiteral("anomaly-review"),
         [](QWidget* parent) -> Panel* { return new AnomalyReviewPanel(parent); }},
        {QStringLiteral("ai-analysis"),
         [](QWidget* parent) -> Panel* { return new AiAnalysisPanel(parent); }},
    };
    return panels;
}

void MainWindow::buildPanels()
{
    for (const PanelRegistration& registration : panelRegistrations()) {
        Panel* panel = registration.create(m_tabs);
        panel->widget()->setObjectName(registration.id);
        m_tabs->addTab(panel->widget(), panel->icon(), panel->title());
        panel->attach(m_jobs, m_events);
        m_panels.push_back(panel);
    }
    // The Overview hosts the tiles other panels contribute.
    if (OverviewPanel* host = overview()) {
        for (Panel* panel : m_panels)
            for (KpiTile* tile : panel->overviewTiles())
                host->addTile(tile);
    }
}

OverviewPanel* MainWindow::overview() const
{
    return panel<OverviewPanel>();
}

RunHistoryPanel* MainWindow::runHistory() const
{
    return panel<RunHistoryPanel>();
}

QString MainWindow::reportText() const
{
    QStringList sections;
    for (Panel* p : m_panels)
        sections << p->reportSection().toText();
    return sections.join(QLatin1Char('\n'));
}

QString MainWindow::workspacePath() const
{
    return m_workspace ? QString::fromStdString(m_workspace->path()) : QString();
}

bool MainWindow::isBusy() const
{
    return m_demoJob != 0 || m_countJob->isBusy() || m_openJob->isBusy();
}

namespace {

// `key` and the platform's bindings of `standard`, each once (a sequence
// listed twice on one action makes it ambiguous).
QList<QKeySequence> withKey(const QKeySequence& key, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys{key};
    for (const QKeySequence& k : QKeySequence::keyBindings(standard))
        if (!keys.contains(k))
            keys << k;
    return keys;
}

} // namespace

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, this, &MainWindow::chooseNew);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseOpen);
    file->addAction(tr("Open &team workspace…"), this, &MainWindow::chooseOpenTeam);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addAction(tr("New &demo workspace…"), this, &MainWindow::chooseNewDemo)
        ->setObjectName(QStringLiteral("newDemoAction"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import runs…"), this, &MainWindow::chooseImport);
    QAction* undoImport = file->addAction(tr("&Undo last import…"), this, [this] {
        if (!m_workspace)
            return;
        ImportDialog::undoLastImport(workspacePath(), m_jobs, this, [this](qint64 removed) {
            if (removed >= 0)
                runsChanged();
            emit importUndone(removed);
        });
    });
    undoImport->setObjectName(QStringLiteral("undoImportAction"));
    connect(m_importAction, &QAction::changed, undoImport,
            [this, undoImport] { undoImport->setEnabled(m_importAction->isEnabled()); });
    m_exportAction = file->addAction(tr("&Export runs…"), this, &MainWindow::chooseExport);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_importAction->setEnabled(false);
    m_exportAction->setEnabled(false);
    file->addAction(tr("&Recover…"), this,
                    [this] {
                        const QString source = QFileDialog::getOpenFileName(
                            this, tr("Recover workspace"), workspacePath(),
                            tr("Kestrel workspaces (*.kestrel);;All files (*)"));
                        if (!source.isEmpty())
                            chooseRecover(source);
                    })
        ->setObjectName(QStringLiteral("recoverAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* jobs = m_jobsDock->toggleViewAction();
    jobs->setText(tr("&Jobs"));
    view->addAction(jobs);
    view->addSeparator();
    QAction* refresh =
        view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshAll);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcuts(withKey(QKeySequence(Qt::Key_F5), QKeySequence::Refresh));
    QAction* find =
        view->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    view->addSeparator();
    // Ctrl+1 … Ctrl+9 bring a panel to the front.
    for (int i = 0; i < m_tabs->count() && i < 9; ++i) {
        QAction* go =
            view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setObjectName(QStringLiteral("showPanel%1").arg(i + 1));
    }

    // A menu per panel that contributes actions, named after it.
    for (Panel* panel : m_panels) {
        const QList<QAction*> actions = panel->panelActions();
        if (actions.isEmpty())
            continue;
        QMenu* menu = menuBar()->addMenu(panel->title());
        menu->setObjectName(panel->widget()->objectName() + QStringLiteral("-menu"));
        menu->addActions(actions);
    }

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu
        ->addAction(tr("&Settings…"), QKeySequence::Preferences, this,
                    [this] {
                        auto* dialog = new SettingsDialog(workspacePath(), nullptr, this, m_jobs);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        connect(dialog, &SettingsDialog::applied, this, [this] {
                            m_jobs->setThreadCount(settings::workerThreads.value());
                            emit m_events->settingsChanged();
                        });
                        dialog->open();
                    })
        ->setObjectName(QStringLiteral("settingsAction"));
    if (QAction* settings = settingsMenu->actions().value(0))
        settings->setShortcuts(withKey(QKeySequence(tr("Ctrl+,")), QKeySequence::Preferences));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this,
                    [this] {
                        auto* dialog = new ShortcutsDialog(menuBar(), this);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->open();
                    })
        ->setObjectName(QStringLiteral("shortcutsAction"));
    addHelpActions(help, this);
}

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
            try {
                auto ws = workspace::Workspace::create(file);
                Feedback feedback = ctx.feedback();
                const runs::DemoSummary summary = runs::generateDemo(ws->db(), options, feedback);
                // A new user should find the planted incidents already raised.
                detection::AnomalyService(ws->db()).runDetection(std::nullopt, feedback);
                return QVariant(qint64(summary.runs));
            } catch (...) {
                removeWorkspaceFiles(file);
                throw;
            }
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

void MainWindow::showError(const QString& title, const QString& message)
{
    // Window-modal but not blocking: the event loop (and background jobs) go on.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::refreshRunCount()
{
    if (!m_workspace)
        return;
    const std::string path = m_workspace->path();
    m_countJob->run<qint64>(
        tr("Count runs"),
        [path](jobs::JobContext& ctx) {
            return qint64(runs::RunHistoryService(path).count({}, ctx.feedback()));
        },
        [this](const qint64& count) {
            m_runCount = count;
            m_countLabel->setText(tr("%1 runs").arg(Format::count(count)));
            emit runCountChanged(count);
        });
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

void MainWindow::chooseImport()
{
    if (!m_workspace)
        return;
    auto* dialog = new ImportDialog(workspacePath(), m_jobs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](qint64 runs) {
        statusBar()->showMessage(tr("Imported %1 runs.").arg(Format::count(runs)), 10000);
        runsChanged();
    });
    dialog->open();
}

void MainWindow::chooseExport()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export runs matching the Run History filter"),
        QDir(QFileInfo(workspacePath()).absolutePath()).filePath(QStringLiteral("runs.csv")),
        tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        runHistory()->exportTo(path);
}

void MainWindow::focusSearch()
{
    QWidget* current = m_tabs->currentWidget();
    if (!current)
        return;
    QLineEdit* field = nullptr;
    for (QLineEdit* edit : current->findChildren<QLineEdit*>()) {
        if (!edit->isVisibleTo(current) || !edit->isEnabled() || edit->isReadOnly())
            continue;
        if (edit->objectName().contains(QLatin1String("search"), Qt::CaseInsensitive)) {
            field = edit;
            break;
        }
        if (!field)
            field = edit;
    }
    if (!field) {
        statusBar()->showMessage(tr("This panel has no search field."), 4000);
        return;
    }
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void MainWindow::refreshAll()
{
    if (!m_workspace)
        return;
    for (Panel* panel : m_panels)
        panel->refresh();
    refreshRunCount();
}

void MainWindow::runsChanged()
{
    if (RunHistoryPanel* history = runHistory())
        history->refresh();
    emit m_events->runsChanged();
}

} // namespace kestrel::ui
