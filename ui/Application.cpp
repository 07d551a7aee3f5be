#include "ui/Application.h"

#include "ui/MainWindow.h"

namespace kestrel::ui {

int runGui(QApplication& app, const QString& workspacePath)
{
    MainWindow window;
    window.show();
    window.openWorkspace(workspacePath, MainWindow::CreateDemoIfMissing);
    return app.exec();
}

} // namespace kestrel::ui
