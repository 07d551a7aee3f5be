#pragma once

class QMenu;
class QWidget;

namespace kestrel::ui {

// Fills the Help menu of `window`: User guide (F1) and About Kestrel.
// The guide opens once and is raised again on the next F1.
void addHelpActions(QMenu* help, QWidget* window);

} // namespace kestrel::ui
