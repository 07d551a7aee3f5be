#pragma once

#include "core/workspace/Dialect.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace kestrel::workspace {

namespace pg {
class Connection;
}

class Statement;

// One connection to a workspace: a SQLite file or a PostgreSQL schema. Code
// above core/workspace/ writes its SQL once, in the subset both backends
// share, with placeholders `?` or `?N` (rewritten to `$N` for PostgreSQL), and
// asks dialect() for what differs. Move-only; closes on destruction. Every
// failure throws kestrel::Error with the backend's message and the statement
// that failed. A connection belongs to one thread: open one per worker
// (ARCHITECTURE.md).
class Database
{
public:
    enum class Access
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly
    };

    Database();
    // A SQLite file.
    Database(const std::string& path, Access access);
    // A PostgreSQL connection whose search_path is the workspace's schema;
    // `location` is the workspace URL it was opened from.
    Database(pg::Connection connection, std::string location);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_db != nullptr || m_pg != nullptr; }
    // The file's path, or the workspace URL of a PostgreSQL connection.
    const std::string& path() const { return m_path; }
    Backend backend() const { return m_pg ? Backend::Postgres : Backend::Sqlite; }
    Dialect dialect() const { return Dialect(backend()); }

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    // The first column of the first row of `sql`, or nothing when no row.
    std::optional<std::int64_t> queryInt(std::string_view sql);
    bool inTransaction() const;

    // The SQLite handle; null on a PostgreSQL connection. Only code inside
    // core/workspace/ and SQLite-only tuning (pragmas, bulk paths) uses it.
    sqlite3* handle() const { return m_db; }
    // The libpq connection; null on SQLite.
    pg::Connection* postgres() const;

    // Makes the statement running on this connection stop with an
    // "interrupted" error (sqlite3_interrupt; a cancel request on
    // PostgreSQL). Safe to call from any thread while the connection is open
    // (InterruptOnStop guarantees that).
    void interrupt() const;

    struct PgSide;

private:
    sqlite3* m_db = nullptr;
    std::unique_ptr<PgSide> m_pg;
    std::string m_path;
};

// While it lives, a stop requested on `stop` interrupts the statement running
// on `db` from the requesting thread, so a long query ends at once with an
// error. Declare it after the connection: its destructor waits for a running
// interrupt, so the connection is never closed under one.
class InterruptOnStop
{
public:
    InterruptOnStop(const Database& db, std::stop_token stop)
        : m_callback(std::move(stop), Call{&db})
    {
    }

private:
    struct Call
    {
        const Database* db;
        void operator()() const { db->interrupt(); }
    };
    std::stop_callback<Call> m_callback;
};

// A prepared statement; bind indexes are 1-based on both backends. On
// PostgreSQL the statement runs when step() is first called after binding,
// and its rows are read from the result one by one.
class Statement
{
public:
    Statement();
    Statement(sqlite3* db, std::string_view sql);
    Statement(Database::PgSide& pg, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    // Copied: SQLite keeps its own copy (SQLITE_TRANSIENT). Borrowed: SQLite
    // reads the caller's bytes (SQLITE_STATIC), which must stay alive and
    // unchanged until the statement is reset (run() resets it).
    enum class Text
    {
        Copied,
        Borrowed
    };
    Statement& bind(int index, std::string_view value, Text text = Text::Copied);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value)
    {
        return bind(index, std::string_view(value));
    }
    Statement& bindNull(int index);
    // Null for an empty optional / an empty string.
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bindTextOrNull(int index, std::string_view value, Text text = Text::Copied);

    // Advances; true while a row is available. Throws on error.
    bool step();
    // Steps a statement that returns no row.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::optional<double> optReal(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const;
    int columnCount() const;

    // The SQLite statement; null on PostgreSQL.
    sqlite3_stmt* handle() const { return m_stmt; }

    struct PgState;

private:
    void check(int rc) const;
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    std::unique_ptr<PgState> m_pg;
};

class WriterTurn;

// Whether `path` names a database file on disk: not empty, not ":memory:",
// not a "file:" URI (temporary and shared-cache databases).
bool isFileDatabase(const std::string& path);

// BEGIN IMMEDIATE (SQLite) or BEGIN (PostgreSQL) on construction; ROLLBACK
// unless commit() was called. On a workspace file it first takes a
// WriterTurn (ImportLock.h), so a running bulk import pauses at its next
// chunk and this writer gets the lock within SQLite's busy wait instead of
// being starved; the importing thread itself takes none.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    std::unique_ptr<WriterTurn> m_turn;
    bool m_done = false;
};

// One read snapshot for several statements, so a count and the ids it counts
// agree even while other connections commit. PostgreSQL: BEGIN ISOLATION
// LEVEL REPEATABLE READ READ ONLY (its default, READ COMMITTED, gives every
// statement a snapshot of its own). SQLite: a deferred BEGIN, whose snapshot
// is taken at its first read and kept under WAL. Takes no writer lock and no
// WriterTurn; on PostgreSQL a write inside it fails. Ends with end(), or with
// a ROLLBACK on destruction.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    void end();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace kestrel::workspace
