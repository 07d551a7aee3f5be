#pragma once

#include "core/workspace/Database.h"

#include <memory>
#include <string>

namespace kestrel::workspace {

// A Kestrel workspace: one SQLite file (`*.kestrel`) holding every product of
// the pipeline. Opening checks that the file is a Kestrel workspace this build
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

    // Opens an existing workspace, migrating it to the current schema.
    static std::unique_ptr<Workspace> open(const std::string& path);
    // Creates a new workspace; refuses when the file exists and is not empty.
    static std::unique_ptr<Workspace> create(const std::string& path);
    // open() when the file exists, create() otherwise.
    static std::unique_ptr<Workspace> openOrCreate(const std::string& path);

    const std::string& path() const { return m_path; }
    Database& db() { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }

    // A new connection to the same file for another thread.
    Database connect() const;
    // Opens a connection to an existing workspace file without the checks of
    // open(); for workers and other processes that know the file is valid.
    static Database connect(const std::string& path);

    std::string setting(const std::string& key, const std::string& fallback = {});
    void setSetting(const std::string& key, const std::string& value);

private:
    Workspace(std::string path, Database db, int version);
    std::string m_path;
    Database m_db;
    int m_schemaVersion = 0;
};

} // namespace kestrel::workspace
