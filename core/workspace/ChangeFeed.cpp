#include "core/workspace/ChangeFeed.h"

#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceUrl.h"
#include "core/workspace/pg/Connection.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace kestrel::workspace {

bool Changes::touches(std::string_view prefix) const
{
    if (!any)
        return false;
    if (!tablesKnown)
        return true;
    return std::any_of(tables.begin(), tables.end(),
                       [&](const std::string& t) { return t.starts_with(prefix); });
}

ChangeFeed::ChangeFeed(const std::string& location) : m_db(Workspace::connect(location))
{
    if (pg::Connection* pg = m_db.postgres())
        pg->listen(Dialect::changeChannel(WorkspaceUrl::parse(location).schema()));
    else
        m_version = m_db.queryInt(m_db.dialect().changeTokenQuery()).value_or(0);
}

Changes ChangeFeed::wait(int timeoutMs, const std::stop_token& stop)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    Changes changes;
    while (!stop.stop_requested()) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        const int slice =
            static_cast<int>(std::clamp<std::int64_t>(left.count(), 0, kSqlitePollMs));
        if (pg::Connection* pg = m_db.postgres()) {
            // The slice keeps a stop request answered within kSqlitePollMs.
            for (const pg::Notification& n : pg->waitForNotifications(slice)) {
                changes.any = true;
                changes.tablesKnown = true;
                changes.tables.insert(n.payload);
            }
        } else {
            const std::int64_t version =
                m_db.queryInt(m_db.dialect().changeTokenQuery()).value_or(0);
            if (version != m_version) {
                m_version = version;
                changes.any = true;
            } else if (slice > 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(slice));
            }
        }
        if (changes.any || Clock::now() >= deadline)
            break;
    }
    return changes;
}

} // namespace kestrel::workspace
