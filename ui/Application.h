#pragma once

#include <QApplication>
#include <QString>

namespace kestrel::ui {

// Opens the main window on `workspacePath` (creating the demo workspace when
// the file does not exist yet) and runs the event loop.
int runGui(QApplication& app, const QString& workspacePath);

} // namespace kestrel::ui
