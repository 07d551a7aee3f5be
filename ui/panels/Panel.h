#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class KpiTile;

// What a panel shows, in words: the seam the report module of issue 15
// fills with tables and charts. Today a title and plain lines (what the
// filter selects, what is selected, the figures on screen), enough for a
// text summary of the window.
struct ReportSection
{
    QString title;
    QStringList lines;
    // "## title" then one "- line" per line.
    QString toText() const;
};

// The workspace a panel is pointed at. An empty path: no workspace open.
struct WorkspaceRef
{
    QString path;
    bool readOnly = false;
    bool isOpen() const { return !path.isEmpty(); }
};

// What panels tell each other, through the main window, so that no panel
// knows another: a panel emits the event after its own change and listens to
// the ones it shows.
class PanelEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // Runs arrived (import, `kestrel log-run` in another process, a demo).
    void runsChanged();
    // Detection ran or a review moved a state.
    void anomaliesChanged();
    // An AI report was generated (spend and history moved).
    void reportsChanged();
    // The Settings dialog applied a change (budgets, limits).
    void settingsChanged();
    // A panel's empty state asks the main window for File › Import runs… or
    // File › New demo workspace….
    void importRunsRequested();
    void demoWorkspaceRequested();
};

// A tab of the main window. The main window creates panels from a list of
// PanelRegistration, adds each as a tab (title, icon), calls attach() once,
// then workspaceChanged() for every workspace opened, refresh() for
// View › Refresh, puts panelActions() in a menu named after the panel and
// overviewTiles() on the Overview.
class Panel
{
public:
    virtual ~Panel() = default;

    virtual QWidget* widget() = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }

    // Once, before the first workspace: the job runner every background
    // query goes through and the events hub shared with the other panels.
    virtual void attach(jobs::JobRunner* runner, PanelEvents* events) = 0;
    // Another workspace is open (or none). The panel RESETS: filters,
    // selection, results, pending jobs and choices of the previous workspace
    // are gone, and it shows the new one as on first start.
    virtual void workspaceChanged(const WorkspaceRef& workspace) = 0;
    // Reads the workspace again, keeping filters and selection.
    virtual void refresh() = 0;
    // Actions for the panel's menu (and toolbars); owned by the panel.
    virtual QList<QAction*> panelActions() { return {}; }
    // KPI tiles the panel contributes to the Overview; owned by the Overview once added.
    virtual QList<KpiTile*> overviewTiles() { return {}; }
    // What the panel shows now, for a report.
    virtual ReportSection reportSection() const = 0;
};

// One entry of the main window's panel list: a stable id (the widget's
// object name, used by tests and settings) and how to make the panel.
struct PanelRegistration
{
    QString id;
    std::function<Panel*(QWidget* parent)> create;
};

} // namespace kestrel::ui
