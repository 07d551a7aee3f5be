#pragma once

#include <QMainWindow>

#include <memory>

namespace kestrel::jobs {
class JobRunner;
}
namespace kestrel::workspace {
class Workspace;
}

namespace kestrel::ui {

class JobsDock;

// Assembles the panels, the menus and the Jobs dock. Owns the open workspace
// and the job runner; panels get what they need from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum OpenFlag { OpenExisting = 0, CreateDemoIfMissing = 1 };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; on refusal shows the reason and keeps the current one.
    bool openWorkspace(const QString& path, OpenFlag flag = OpenExisting);
    workspace::Workspace* workspace() const { return m_workspace.get(); }
    jobs::JobRunner* jobRunner() const { return m_jobs; }

signals:
    void workspaceChanged();

private:
    void buildMenus();
    jobs::JobRunner* m_jobs = nullptr;
    JobsDock* m_jobsDock = nullptr;
    std::unique_ptr<workspace::Workspace> m_workspace;
};

} // namespace kestrel::ui
