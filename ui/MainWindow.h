#pragma once

#include "core/common/OutputFile.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <vector>

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

class DemoBanner;
class WorkspaceWatcher;
class JobsDock;
class LatestJob;
class OverviewPanel;
class Panel;
class PanelEvents;
struct PanelRegistration;
class RunHistoryPanel;

// The panels of the main window, in tab order. A new panel is one entry here.
const std::vector<PanelRegistration>& panelRegistrations();

// Assembles the panels (from panelRegistrations(), through the Panel
// interface), the menus and the Jobs dock. Owns the open workspace, the job
// runner and the PanelEvents hub the panels talk through.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum OpenFlag
    {
        OpenExisting = 0,
        CreateDemoIfMissing = 1,
        OpenReadOnly = 2
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace in a job (its integrity check and migration can take
    // seconds; the window stays responsive and says "Opening workspace…").
    // The panels move to it when the job ends and workspaceChanged() is
    // emitted; on refusal the reason is shown, workspaceRefused() emitted and
    // the current workspace stays. A newer open replaces one still running.
    // With CreateDemoIfMissing a missing file becomes a demo workspace, made in
    // the background. Returns false only when refused at once (a demo that
    // cannot start); otherwise the answer comes as one of the two signals.
    bool openWorkspace(const QString& path, OpenFlag flag = OpenExisting);
    // Copies every readable row of the workspace `source` into a new workspace
    // at `target` (File › Recover…) and opens it, both in the open's job.
    bool recoverWorkspace(const QString& source, const QString& target);
    // Creates an empty workspace at `path` and opens it, in the open's job.
    bool newWorkspace(const QString& path);
    // Generates a demo workspace at `path` as a job (settings::demoRuns runs),
    // then opens it. Returns the job id, or 0 when refused.
    int createDemoWorkspace(const QString& path);

    workspace::Workspace* workspace() const { return m_workspace.get(); }
    QString workspacePath() const;
    jobs::JobRunner* jobRunner() const { return m_jobs; }
    QTabWidget* panels() const { return m_tabs; }
    // Every panel, in tab order.
    const std::vector<Panel*>& panelList() const { return m_panels; }
    // The first panel of type T, or null.
    template <class T> T* panel() const
    {
        for (Panel* p : m_panels)
            if (auto* t = dynamic_cast<T*>(p))
                return t;
        return nullptr;
    }
    OverviewPanel* overview() const;
    RunHistoryPanel* runHistory() const;
    // Every panel's report section, as text.
    QString reportText() const;
    JobsDock* jobsDock() const { return m_jobsDock; }
    DemoBanner* demoBanner() const { return m_demoBanner; }
    // The run count on the status bar, once counted.
    qint64 runCount() const { return m_runCount; }
    // True while the window waits for a demo workspace, an open or a count.
    bool isBusy() const;

signals:
    void workspaceChanged();
    // A workspace was refused (or a demo could not be made); the current one stays.
    void workspaceRefused(const QString& path, const QString& message);
    void runCountChanged(qint64 runs);
    // File › Undo last import ended: the runs removed, or -1 (declined, nothing to undo, failed).
    void importUndone(qint64 removed);

private:
    // What the open job hands back: the workspace, or why it was refused.
    struct OpenedWorkspace
    {
        std::shared_ptr<workspace::Workspace> workspace;
        QString error;
        bool corrupt = false; // failed its integrity check: offer read-only and recovery
        QString message;      // for the status bar once open
    };
    void startOpen(const QString& target, const QString& errorTitle,
                   std::function<OpenedWorkspace()> open);
    void finishOpen(const QString& target, const QString& errorTitle, OpenedWorkspace&& opened);
    void buildPanels();
    void buildMenus();
    // Ctrl+F: the search field of the panel in front.
    void focusSearch();
    void fillRecentMenu();
    void rememberRecent(const QString& path);
    void showError(const QString& title, const QString& message);
    void refreshRunCount();
    void chooseOpen();
    // File › Open team workspace…: a URL and, if the server wants one, a password.
    void chooseOpenTeam();
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
    std::shared_ptr<workspace::Workspace> m_workspace;
    // No export may overwrite the open workspace (see core/common/OutputFile.h).
    std::unique_ptr<ProtectedPath> m_protectedWorkspace;
    QTabWidget* m_tabs = nullptr;
    DemoBanner* m_demoBanner = nullptr;
    PanelEvents* m_events = nullptr;
    // Turns other connections' commits into m_events (live updates).
    WorkspaceWatcher* m_watcher = nullptr;
    std::vector<Panel*> m_panels;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QProgressBar* m_demoProgress = nullptr;
    LatestJob* m_countJob = nullptr;
    LatestJob* m_openJob = nullptr;
    QProgressBar* m_openProgress = nullptr;
    qint64 m_runCount = -1;
    int m_demoJob = 0;
};

} // namespace kestrel::ui
