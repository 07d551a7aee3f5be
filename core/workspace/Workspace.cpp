#include "core/workspace/Workspace.h"

#include "core/common/Error.h"
#include "core/workspace/CurrentUser.h"
#include "core/workspace/ImportLock.h"
#include "core/workspace/Migrations.h"
#include "core/workspace/WorkspaceUrl.h"
#include "core/workspace/pg/Connection.h"
#include "core/workspace/pg/Migrations.h"

#include "core/common/Time.h"

#include <sqlite3.h>
#include <unistd.h>

#include <chrono>

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace kestrel::workspace {

namespace fs = std::filesystem;

namespace {

constexpr std::array<char, 16> kSqliteHeader = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

bool hasSqliteHeader(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::array<char, 16> head{};
    in.read(head.data(), head.size());
    return in.gcount() == static_cast<std::streamsize>(head.size()) && head == kSqliteHeader;
}

// Refuses what cannot be a workspace before any connection touches it: a
// missing file, a folder, an empty file or one that is not SQLite.
void requireWorkspaceFile(const std::string& path)
{
    if (!fs::exists(path))
        throw Error("No workspace at " + path + ". Use File › New to create one.");
    if (fs::is_directory(path))
        throw Error(path + " is a folder, not a workspace file.");
    if (!hasSqliteHeader(path))
        throw Error(path + " is not a Kestrel workspace (it is " +
                    (fs::file_size(path) == 0 ? std::string("empty") : "not a SQLite database") +
                    "). The file was left untouched.");
}

bool writable(const fs::path& p)
{
    return ::access(p.c_str(), W_OK) == 0;
}

// Refuses a location where the file (or, with WAL, its folder) cannot be written.
void requireWritable(const fs::path& file)
{
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (fs::exists(file) && !writable(file))
        throw Error("The workspace " + file.string() +
                    " is read-only. Copy it to a folder you can write to, or change its "
                    "permissions, then open it again.");
    if (!writable(dir))
        throw Error("The folder " + dir.string() +
                    " cannot be written, so a workspace there cannot be opened or created. "
                    "Choose a folder you can write to.");
}

// Whether `path`-journal holds a rollback journal a crashed writer left: only
// a connection that may write can roll it back.
bool hasHotJournal(const std::string& path)
{
    std::error_code ec;
    const auto size = fs::file_size(path + "-journal", ec);
    return !ec && size > 0;
}

// Per-connection settings, and WAL for the file. The journal mode is written
// to the file's header only when it is not WAL yet: setting it needs a lock
// another writer may hold, and a read-only command must not rewrite the file.
void configure(Database& db)
{
    if (Statement st = db.prepare("PRAGMA journal_mode"); !st.step() || st.text(0) != "wal") {
        st.reset();
        db.exec("PRAGMA journal_mode=WAL");
    }
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA foreign_keys=ON");
    db.exec("PRAGMA temp_store=MEMORY");
    db.exec("PRAGMA cache_size=-65536");
}

int migrate(Database& db, int from)
{
    const auto& steps = migrations();
    for (int v = from; v < static_cast<int>(steps.size()); ++v) {
        Transaction tx(db);
        db.exec(steps[static_cast<size_t>(v)]);
        db.exec("PRAGMA user_version=" + std::to_string(v + 1));
        tx.commit();
    }
    return static_cast<int>(steps.size());
}

bool isPostgres(const std::string& location)
{
    return WorkspaceUrl::looksLikePostgres(location);
}

// A connection to the team workspace at `location`, its search_path on the
// workspace's schema (WorkspaceUrl::conninfo).
Database connectPostgres(const std::string& location, bool readOnly)
{
    const WorkspaceUrl url = WorkspaceUrl::parse(location);
    pg::Connection connection(url.conninfo());
    if (readOnly)
        connection.exec("SET default_transaction_read_only = on");
    return Database(std::move(connection), url.display());
}

} // namespace

Workspace::Workspace(std::string path, Database db, int version)
    : m_path(std::move(path)), m_db(std::move(db)), m_schemaVersion(version)
{
}

std::unique_ptr<Workspace> Workspace::openTeam(const std::string& location, bool readOnly)
{
    const WorkspaceUrl url = WorkspaceUrl::parse(location);
    pg::Connection connection(url.conninfo());
    const int version = pg::openSchema(connection, url.schema());
    if (readOnly)
        connection.exec("SET default_transaction_read_only = on");
    auto ws = std::unique_ptr<Workspace>(
        new Workspace(url.display(), Database(std::move(connection), url.display()), version));
    ws->m_readOnly = readOnly;
    return ws;
}

std::unique_ptr<Workspace> Workspace::open(const std::string& path)
{
    if (isPostgres(path))
        return openTeam(path, false);
    requireWorkspaceFile(path);
    requireWritable(path);
    inspect(path, true);

    Database db(path, Database::Access::ReadWrite);
    configure(db);
    const int stored = static_cast<int>(db.queryInt("PRAGMA user_version").value_or(0));
    const bool current = stored == currentSchemaVersion();
    // Before the first write: a damaged file is refused, not written to.
    const IntegrityCheck check = quickCheck(db, kOpenCheckBudgetMs);
    if (!check.ok())
        throw CorruptWorkspace(path, check.message);
    if (db.queryInt("PRAGMA application_id").value_or(0) != kApplicationId)
        db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
    const int version = migrate(db, stored);
    tidyInterruptedImport(db, path);
    auto ws = std::unique_ptr<Workspace>(new Workspace(path, std::move(db), version));
    if (check.complete && current)
        ws->setSetting("integrity_checked_at", std::to_string(nowMs()));
    return ws;
}

std::unique_ptr<Workspace> Workspace::openReadOnly(const std::string& path)
{
    if (isPostgres(path))
        return openTeam(path, true);
    requireWorkspaceFile(path);
    const int version = inspect(path, false);
    Database db(path, Database::Access::ReadOnly);
    db.exec("PRAGMA foreign_keys=ON");
    db.exec("PRAGMA temp_store=MEMORY");
    db.exec("PRAGMA cache_size=-65536");
    auto ws = std::unique_ptr<Workspace>(new Workspace(path, std::move(db), version));
    ws->m_readOnly = true;
    return ws;
}

int Workspace::inspect(const std::string& path, bool forWriting)
{
    // A crashed writer's rollback journal is rolled back by the first
    // connection that may write: a read-only one could not read the file.
    if (hasHotJournal(path) && writable(path))
        Database(path, Database::Access::ReadWrite).queryInt("SELECT count(*) FROM sqlite_schema");
    // Inspect read-only first so a refused file is never written to.
    {
        Database probe(path, Database::Access::ReadOnly);
        const int appId = static_cast<int>(probe.queryInt("PRAGMA application_id").value_or(0));
        const int version = static_cast<int>(probe.queryInt("PRAGMA user_version").value_or(0));
        const auto tables =
            probe.queryInt("SELECT count(*) FROM sqlite_schema WHERE type='table'").value_or(0);
        if (appId != kApplicationId && tables > 0)
            throw Error(path + " is a SQLite database of another application, not a Kestrel "
                               "workspace. The file was left untouched. (To bring runs in "
                               "from MLflow, use Import instead.)");
        if (version > currentSchemaVersion())
            throw Error(path + " was written by a newer Kestrel (workspace schema " +
                        std::to_string(version) + ", this Kestrel knows up to " +
                        std::to_string(currentSchemaVersion()) +
                        "). Update Kestrel to open it; the file was left untouched.");
        if (!forWriting && version < currentSchemaVersion())
            throw Error(path + " has workspace schema " + std::to_string(version) +
                        "; open it once for writing to update it to schema " +
                        std::to_string(currentSchemaVersion()) + ".");
        return version;
    }
}

IntegrityCheck Workspace::quickCheck(Database& db, std::int64_t budgetMs)
{
    if (db.backend() == Backend::Postgres)
        return {"ok", true}; // the server keeps its own files consistent
    struct Budget
    {
        std::chrono::steady_clock::time_point deadline;
        bool expired = false;
    } budget{std::chrono::steady_clock::now() + std::chrono::milliseconds(budgetMs)};
    if (budgetMs > 0)
        sqlite3_progress_handler(
            db.handle(), 10000,
            [](void* p) {
                auto* b = static_cast<Budget*>(p);
                b->expired = std::chrono::steady_clock::now() > b->deadline;
                return b->expired ? 1 : 0;
            },
            &budget);
    IntegrityCheck result;
    try {
        Statement st = db.prepare("PRAGMA quick_check");
        std::string lines;
        while (st.step()) {
            if (!lines.empty())
                lines += "\n";
            lines += st.text(0);
        }
        result.message = lines;
        result.complete = true;
    } catch (const Error& e) {
        if (budget.expired) {
            result.message = "ok"; // nothing wrong found within the budget
            result.complete = false;
        } else {
            result.message = e.what();
            result.complete = true;
        }
    }
    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    return result;
}

CorruptWorkspace::CorruptWorkspace(const std::string& path, const std::string& detail)
    : Error("The workspace " + path +
            " is damaged (SQLite's integrity check: " + detail.substr(0, 400) +
            "). Nothing was written to it. Open it read-only, or copy every readable row "
            "into a new workspace with File › Recover… or `kestrel workspace recover --out NEW`."),
      m_path(path)
{
}

std::unique_ptr<Workspace> Workspace::create(const std::string& path)
{
    if (isPostgres(path)) {
        const WorkspaceUrl url = WorkspaceUrl::parse(path);
        pg::Connection connection(url.conninfo());
        pg::createSchema(connection, url.schema());
        return openTeam(path, false);
    }
    if (fs::exists(path) && fs::file_size(path) > 0)
        throw Error("A file already exists at " + path + "; choose another name.");
    requireWritable(path);
    Database db(path, Database::Access::ReadWriteCreate);
    // 16 KiB pages (set before WAL, while the file is empty): a bulk import of
    // a million runs writes and balances a quarter as many pages as with 4 KiB.
    db.exec("PRAGMA page_size=16384");
    configure(db);
    db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
    const int version = migrate(db, 0);
    return std::unique_ptr<Workspace>(new Workspace(path, std::move(db), version));
}

std::unique_ptr<Workspace> Workspace::openOrCreate(const std::string& path)
{
    if (isPostgres(path))
        return open(path);
    return fs::exists(path) ? open(path) : create(path);
}

Database Workspace::connect() const
{
    return connect(m_path);
}

Database Workspace::connect(const std::string& path)
{
    if (isPostgres(path))
        return connectPostgres(path, false);
    Database db(path, Database::Access::ReadWrite);
    db.exec("PRAGMA foreign_keys=ON");
    db.exec("PRAGMA temp_store=MEMORY");
    return db;
}

std::string Workspace::setting(const std::string& key, const std::string& fallback)
{
    return readSetting(m_db, key, fallback);
}

void Workspace::setSetting(const std::string& key, const std::string& value)
{
    writeSetting(m_db, key, value);
}

std::string readSetting(Database& db, const std::string& key, const std::string& fallback)
{
    Statement st = db.prepare("SELECT value FROM settings WHERE key=?");
    st.bind(1, key);
    if (st.step() && !st.isNull(0))
        return st.text(0);
    return fallback;
}

void writeSetting(Database& db, const std::string& key, const std::string& value)
{
    Statement st = db.prepare("INSERT INTO settings(key, value, updated_by) VALUES(?, ?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value=excluded.value, "
                              "updated_by=excluded.updated_by");
    st.bind(1, key).bind(2, value).bind(3, actingUser(db)).run();
}

} // namespace kestrel::workspace
