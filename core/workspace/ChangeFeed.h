#pragma once

#include "core/workspace/Database.h"

#include <set>
#include <stop_token>
#include <string>
#include <string_view>

namespace kestrel::workspace {

// What other connections committed since the last look.
struct Changes
{
    bool any = false;
    // PostgreSQL names the tables that changed (the triggers' NOTIFY
    // payload); SQLite only says that something did (`tables` stays empty).
    bool tablesKnown = false;
    std::set<std::string> tables;

    // Whether a table whose name starts with `prefix` may have changed.
    bool touches(std::string_view prefix) const;
};

// Tells a process, without polling the tables, when another connection (another
// process, another user on a team workspace, a worker of this process)
// commits a change to the workspace. It has its own connection, which only
// reads: on SQLite it watches PRAGMA data_version; on PostgreSQL it LISTENs on
// the schema's channel, which every table's trigger notifies
// (Dialect::changeChannel).
//
// One thread calls wait() in a loop (the GUI's WorkspaceWatcher does, on a
// thread of its own).
class ChangeFeed
{
public:
    // Interval of SQLite's data_version check.
    static constexpr int kSqlitePollMs = 200;

    explicit ChangeFeed(const std::string& location);

    // Waits up to timeoutMs for a change and returns what changed (nothing
    // when none came or a stop was requested).
    Changes wait(int timeoutMs, const std::stop_token& stop);

private:
    Database m_db;
    std::int64_t m_version = 0;
};

} // namespace kestrel::workspace
