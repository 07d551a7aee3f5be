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
