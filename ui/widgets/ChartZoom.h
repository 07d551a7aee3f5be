#pragma once

#include <functional>

class QAction;
class QCustomPlot;

namespace kestrel::ui {

// Every zoomable chart resets the same way: a double-click, or "Reset zoom"
// in its context menu (right-click), runs `reset`, which puts the whole
// series back in view.
class ChartZoom
{
public:
    // Returns the menu action (object name "resetZoom").
    static QAction* install(QCustomPlot* plot, std::function<void()> reset);
};

} // namespace kestrel::ui
