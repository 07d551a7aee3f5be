#pragma once

#include <QObject>
#include <QString>

#include <thread>

namespace kestrel::ui {

class PanelEvents;

// Live updates between processes and users: watches the open workspace
// through a workspace::ChangeFeed on a thread of its own (it waits on the
// feed all the time, which no job lane should do) and turns what other
// connections commit into the PanelEvents the panels already listen to
// (runs, anomalies, reports, settings), on the UI thread, at most one burst
// of events per kCoalesceMs. On SQLite the feed is data_version; on a team
// workspace LISTEN/NOTIFY, so another user's run, review or report reaches
// every panel within about a second.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 300;

    WorkspaceWatcher(PanelEvents* events, QObject* parent = nullptr);
    ~WorkspaceWatcher() override;

    // Watches `location` (a file or a team workspace URL); empty: nothing.
    void watch(const QString& location);
    void stop();

signals:
    // The feed could not be opened or was lost; it retries on its own.
    void unavailable(const QString& message);

private:
    void publish(bool runs, bool anomalies, bool reports, bool settings);
    PanelEvents* m_events;
    std::jthread m_thread;
};

} // namespace kestrel::ui
