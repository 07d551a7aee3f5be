#pragma once

#include "core/common/OutputFile.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace kestrel::jobs {
class JobRunner;
}
namespace kestrel::workspace {
class Workspace;
}

namespace kestrel::ui {

class JobsDock;
class LatestJob;
class OverviewPanel;
class RunHistoryPanel;
class AnomalyReviewPanel;
class AiSpendTile;

// Assembles the panels, the menus and the Jobs dock. Owns the open workspace
// and the job runner; panels get what they need from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum OpenFlag { OpenExisting = 0, CreateDemoIfMissing = 1, OpenReadOnly = 2 };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; on refusal shows the reason and keeps the current one.
    // With CreateDemoIfMissing a missing file becomes a demo workspace, made in
    // the background (the window opens it when it is ready; returns true).
    bool openWorkspace(const QString& path, OpenFlag flag = OpenExisting);
    // Copies every readable row of the workspace `source` into a new workspace
    // at `target` (File › Recover…) and opens it.
    bool recoverWorkspace(const QString& source, const QString& target);
    // Creates an empty workspace at `path` and opens it.
    bool newWorkspace(const QString& path);
    // Generates a demo workspace at `path` as a job (settings::demoRuns runs),
    // then opens it. Returns the job id, or 0 when refused.
    int createDemoWorkspace(const QString& path);

    workspace::Workspace* workspace() const { return m_workspace.get(); }
    QString workspacePath() const;
    jobs::JobRunner* jobRunner() const { return m_jobs; }
    QTabWidget* panels() const { return m_tabs; }
    OverviewPanel* overview() const { return m_overview; }
    RunHistoryPanel* runHistory() const { return m_runHistory; }
    JobsDock* jobsDock() const { return m_jobsDock; }
    // The run count on the status bar, once counted.
    qint64 runCount() const { return m_runCount; }
    // True while the window waits for a demo workspace or a count.
    bool isBusy() const;

signals:
    void workspaceChanged();
    // A workspace was refused (or a demo could not be made); the current one stays.
    void workspaceRefused(const QString& path, const QString& message);
    void runCountChanged(qint64 runs);

private:
    void buildMenus();
    void fillRecentMenu();
    void rememberRecent(const QString& path);
    void showError(const QString& title, const QString& message);
    void refreshRunCount();
    void chooseOpen();
    void chooseNew();
    void chooseNewDemo();
    void chooseImport();
    void chooseExport();
    void chooseRecover(const QString& source);
    // The dialog for a workspace that failed its integrity check: open it
    // read-only, recover it into a new file, or leave it.
    void offerRecovery(const QString& path, const QString& message);
    void runsChanged();
    // View › Refresh (F5): every panel reads the workspace again.
    void refreshAll();

    jobs::JobRunner* m_jobs = nullptr;
    JobsDock* m_jobsDock = nullptr;
    std::unique_ptr<workspace::Workspace> m_workspace;
    // No export may overwrite the open workspace (see core/common/OutputFile.h).
    std::unique_ptr<ProtectedPath> m_protectedWorkspace;
    QTabWidget* m_tabs = nullptr;
    OverviewPanel* m_overview = nullptr;
    RunHistoryPanel* m_runHistory = nullptr;
    AnomalyReviewPanel* m_anomalyReview = nullptr;
    AiSpendTile* m_aiSpend = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QProgressBar* m_demoProgress = nullptr;
    LatestJob* m_countJob = nullptr;
    qint64 m_runCount = -1;
    int m_demoJob = 0;
};

} // namespace kestrel::ui
