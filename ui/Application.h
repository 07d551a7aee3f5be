#pragma once

#include <QApplication>
#include <QString>

namespace kestrel::ui {

// Opens the main window on `workspacePath` (creating the demo workspace when
// the file does not exist yet) and runs the event loop.
//
// With the environment variable KESTREL_SCREENSHOT_DIR set (used by
// scripts/screenshots), the window waits until every background job has
// finished, saves overview.png and run-history.png (plus the Run History tabs,
// anomaly-review.png and ai-analysis.png)
// in that folder and quits.
int runGui(QApplication& app, const QString& workspacePath);

} // namespace kestrel::ui
