#pragma once

#include "core/common/Error.h"
#include "core/workspace/Database.h"

#include <cstdint>

#include <memory>
#include <string>

namespace kestrel::workspace {

// The result of PRAGMA quick_check: "ok" or SQLite's findings.
struct IntegrityCheck
{
    std::string message;
    bool complete = false; // false: the time budget ran out first (nothing found so far)
    bool ok() const { return message == "ok"; }
};

// Thrown by Workspace::open when the file fails its integrity check; the
// message offers read-only opening and recovery.
class CorruptWorkspace : public Error
{
public:
    CorruptWorkspace(const std::string& path, const std::string& detail);
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

// A Kestrel workspace: one SQLite file (`*.kestrel`) or a schema on a
// PostgreSQL server (a team workspace, `postgresql://…?schema=team`; see
// WorkspaceUrl), holding every product of the pipeline. Every function taking
// a `path` takes either. For a file: Opening checks that the file is a Kestrel workspace this build
// can write, migrates an older schema, and refuses anything else without
// touching the file: not SQLite, another application's database, a workspace
// from a newer Kestrel, or a location that cannot be written.
//
// The Workspace owns the connection of the thread that opened it. Workers open
// their own with connect() (one connection per thread).
class Workspace
{
public:
    // 'KSTR': marks a SQLite file as a Kestrel workspace (PRAGMA application_id).
    static constexpr int kApplicationId = 0x4B535452;

    // Time open() gives PRAGMA quick_check before the first write.
    static constexpr std::int64_t kOpenCheckBudgetMs = 500;

    // Opens an existing workspace, migrating it to the current schema. Rolls
    // back a rollback journal a crashed writer left, then runs PRAGMA
    // quick_check (bounded by kOpenCheckBudgetMs; a complete pass is recorded
    // as the setting integrity_checked_at) and throws CorruptWorkspace on a
    // damaged file. An empty file is refused, not initialised.
    static std::unique_ptr<Workspace> open(const std::string& path);
    // Opens an existing workspace for reading only: nothing in the file is
    // ever changed (no pragma, no migration), so it also works on a file
    // without write permission and on a damaged one.
    static std::unique_ptr<Workspace> openReadOnly(const std::string& path);
    // PRAGMA quick_check, stopped after budgetMs (0: no limit).
    static IntegrityCheck quickCheck(Database& db, std::int64_t budgetMs);
    // Creates a new workspace; refuses when the file exists and is not empty.
    static std::unique_ptr<Workspace> create(const std::string& path);
    // open() when the file exists, create() otherwise.
    static std::unique_ptr<Workspace> openOrCreate(const std::string& path);

    const std::string& path() const { return m_path; }
    Database& db() { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }
    bool readOnly() const { return m_readOnly; }

    // A new connection to the same workspace for another thread.
    Database connect() const;
    // Opens a connection to an existing workspace (file or URL) without the
    // checks of open(); for workers and other processes that know it is valid.
    static Database connect(const std::string& path);

    std::string setting(const std::string& key, const std::string& fallback = {});
    void setSetting(const std::string& key, const std::string& value);

private:
    Workspace(std::string path, Database db, int version);
    // A team workspace: checks and migrates its schema (pg::openSchema).
    static std::unique_ptr<Workspace> openTeam(const std::string& location, bool readOnly);
    // Checks the file is a Kestrel workspace this build can open and returns
    // its schema version; rolls back a crashed writer's journal first.
    static int inspect(const std::string& path, bool forWriting);
    std::string m_path;
    Database m_db;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};

// The workspace's settings table (key/value text) on any connection: the
// one reader and writer of it (Workspace::setting, core/ai's settings). A
// write records who made it (updated_by, schema v8).
std::string readSetting(Database& db, const std::string& key, const std::string& fallback = {});
void writeSetting(Database& db, const std::string& key, const std::string& value);

} // namespace kestrel::workspace
