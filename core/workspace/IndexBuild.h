#pragma once

#include "core/workspace/Database.h"

#include <cstdint>

namespace kestrel::workspace {

// While alive, SQLite sorts for CREATE INDEX on both cores. Its sorter hands
// full batches to a second thread only when they outgrow its memory, which
// follows cache_size, and only when its temporary files may be real files: a
// small cache and file temp storage let both cores sort (~25 % off rebuilding
// the runs indexes of 1M runs). Restores the connection's settings when it
// goes. SQLite refuses the temp_store change inside a transaction once the
// connection has used its temporary database (e.g. for the integrity check on
// opening); the build then sorts in memory, on one thread.
class IndexBuildSettings
{
public:
    explicit IndexBuildSettings(Database& db);
    ~IndexBuildSettings();
    IndexBuildSettings(const IndexBuildSettings&) = delete;
    IndexBuildSettings& operator=(const IndexBuildSettings&) = delete;

private:
    Database& m_db;
    std::int64_t m_cacheSize;
    std::int64_t m_threads;
    std::int64_t m_tempStore;
    bool m_tempChanged = true;
};

} // namespace kestrel::workspace
