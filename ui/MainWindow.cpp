#include "ui/MainWindow.h"

#include "core/jobs/JobRunner.h"
#include "core/workspace/Workspace.h"
#include "ui/JobsDock.h"

#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>

namespace kestrel::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Kestrel"));
    resize(1400, 900);
    m_jobs = new jobs::JobRunner(this);
    m_jobsDock = new JobsDock(m_jobs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    buildMenus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), {},
                                                          tr("Kestrel workspaces (*.kestrel)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close);
}

bool MainWindow::openWorkspace(const QString& path, OpenFlag)
{
    try {
        m_workspace = workspace::Workspace::openOrCreate(path.toStdString());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot open workspace"), QString::fromUtf8(e.what()));
        return false;
    }
    setWindowTitle(tr("Kestrel — %1").arg(path));
    emit workspaceChanged();
    return true;
}

} // namespace kestrel::ui
