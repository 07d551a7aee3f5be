#pragma once

// Opening a workspace in the main window is a job (issue 9 §4): these wait
// for it to end, so a test reads like the synchronous call it replaces.
#include "ui/MainWindow.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace kestrel::test {

// Runs `start` (an open, a new workspace or a recovery) and waits until the
// window moved to a workspace (true) or refused it (false).
inline bool waitForOpen(ui::MainWindow& window, const std::function<bool()>& start,
                        int timeoutMs = 60'000)
{
    QSignalSpy changed(&window, &ui::MainWindow::workspaceChanged);
    QSignalSpy refused(&window, &ui::MainWindow::workspaceRefused);
    if (!start())
        return false;
    (void)QTest::qWaitFor([&] { return changed.count() + refused.count() > 0; }, timeoutMs);
    return changed.count() > 0;
}

inline bool openAndWait(ui::MainWindow& window, const QString& path,
                        ui::MainWindow::OpenFlag flag = ui::MainWindow::OpenExisting)
{
    return waitForOpen(window, [&] { return window.openWorkspace(path, flag); });
}

} // namespace kestrel::test
