#include "ui/WorkspaceWatcher.h"

#include "core/workspace/ChangeFeed.h"
#include "ui/panels/Panel.h"

#include <QMetaObject>

#include <chrono>
#include <memory>

namespace kestrel::ui {

namespace {

// Time between two attempts to reach a workspace whose feed failed.
constexpr int kRetryMs = 2000;

void merge(workspace::Changes& into, const workspace::Changes& more)
{
    if (!more.any)
        return;
    into.tablesKnown = (into.any ? into.tablesKnown : true) && more.tablesKnown;
    into.any = true;
    into.tables.insert(more.tables.begin(), more.tables.end());
}

} // namespace

WorkspaceWatcher::WorkspaceWatcher(PanelEvents* events, QObject* parent)
    : QObject(parent), m_events(events)
{
}

WorkspaceWatcher::~WorkspaceWatcher()
{
    stop();
}

void WorkspaceWatcher::stop()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
}

void WorkspaceWatcher::watch(const QString& location)
{
    stop();
    if (location.isEmpty())
        return;
    m_thread = std::jthread([this, location = location.toStdString()](std::stop_token stop) {
        std::unique_ptr<workspace::ChangeFeed> feed;
        while (!stop.stop_requested()) {
            try {
                if (!feed)
                    feed = std::make_unique<workspace::ChangeFeed>(location);
                workspace::Changes changes = feed->wait(1000, stop);
                if (!changes.any)
                    continue;
                // A burst (an import's chunks, a detection's inserts) becomes one event.
                merge(changes, feed->wait(kCoalesceMs, stop));
                const bool runs = changes.touches("runs") || changes.touches("imports");
                const bool anomalies = changes.touches("anomal") || changes.touches("detect") ||
                                       changes.touches("metric_series");
                const bool reports = changes.touches("ai_");
                const bool settings = changes.touches("settings");
                QMetaObject::invokeMethod(
                    this, [=, this] { publish(runs, anomalies, reports, settings); },
                    Qt::QueuedConnection);
            } catch (const std::exception& e) {
                feed.reset();
                const QString message = QString::fromUtf8(e.what());
                QMetaObject::invokeMethod(
                    this, [this, message] { emit unavailable(message); }, Qt::QueuedConnection);
                for (int waited = 0; waited < kRetryMs && !stop.stop_requested(); waited += 100)
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    });
}

void WorkspaceWatcher::publish(bool runs, bool anomalies, bool reports, bool settings)
{
    if (runs)
        emit m_events->runsChanged();
    if (anomalies)
        emit m_events->anomaliesChanged();
    if (reports)
        emit m_events->reportsChanged();
    if (settings)
        emit m_events->settingsChanged();
}

} // namespace kestrel::ui
