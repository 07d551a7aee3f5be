#pragma once

#include "core/common/OutputFile.h"

#include <QMainWindow>

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
    // The run count on the status bar, once counted.
    qint64 runCount() const { return m_runCount; }
    // True while the window waits for a demo workspace or a count.
    bool isBusy() const;

signals:
    void workspaceChanged();
    // A workspace was refused (or a demo could not be made); the current one stays.
    void workspaceRefused(const QString& path, const QString& message);
    void runCountChanged(qint64 runs);
    // File › Undo last import ended: the runs removed, or -1 (declined, nothing to undo, failed).
    void importUndone(qint64 removed);

private:
    void buildPanels();
    void buildMenus();
    // Ctrl+F: the search field of the panel in front.
    void focusSearch();
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
    PanelEvents* m_events = nullptr;
    std::vector<Panel*> m_panels;
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
