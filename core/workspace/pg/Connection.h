#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace kestrel::workspace::pg {

// A statement parameter in libpq's text format; an empty optional is SQL NULL.
using Param = std::optional<std::string>;

// One result of a statement (PGresult), freed on destruction. Row and column
// indexes are 0-based as in libpq.
class Result
{
public:
    Result() = default;
    explicit Result(pg_result* result) : m_result(result) {}
    ~Result();
    Result(Result&& other) noexcept;
    Result& operator=(Result&& other) noexcept;
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;

    int rows() const;
    int columns() const;
    std::string columnName(int column) const;
    bool isNull(int row, int column) const;
    std::string_view text(int row, int column) const;
    std::int64_t int64(int row, int column) const;
    double real(int row, int column) const;
    // Rows an INSERT, UPDATE, DELETE or COPY touched.
    std::int64_t affected() const;

private:
    pg_result* m_result = nullptr;
};

// A notification received on a channel the connection listens on.
struct Notification
{
    std::string channel;
    std::string payload;
};

// One libpq connection (PGconn). Move-only; closes on destruction. Every
// failure throws kestrel::Error with the server's message (and SQLSTATE) and
// the statement that failed. Like a SQLite connection it belongs to one
// thread, except cancel(), which any thread may call.
class Connection
{
public:
    Connection() = default;
    // `conninfo` is libpq's key=value form (WorkspaceUrl::conninfo()); the
    // password comes from PGPASSWORD or ~/.pgpass, and when the server still
    // asks for one, from the password source (the user's keychain), never
    // from Kestrel's files. A server that cannot be reached throws an Error
    // naming host and port.
    explicit Connection(const std::string& conninfo);

    // Gives the password of a server login, by its credentialName()
    // (WorkspaceUrl.h); nothing when it has none. Called on the connecting
    // thread, only when the server demands a password libpq did not find.
    using PasswordSource = std::function<std::optional<std::string>(const std::string& name)>;
    // Process-wide; the app sets the keychain's (app/main.cpp).
    static void setPasswordSource(PasswordSource source);
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_conn != nullptr; }
    // True inside a transaction block (BEGIN without COMMIT or ROLLBACK yet).
    bool inTransaction() const;

    // Runs one or more statements without parameters.
    void exec(std::string_view sql);
    // One statement with $1, $2 placeholders bound to `params`.
    Result query(std::string_view sql, const std::vector<Param>& params = {});
    // The first column of the first row, or nothing when no row or NULL.
    std::optional<std::int64_t> queryInt(std::string_view sql,
                                         const std::vector<Param>& params = {});
    // Calls `row` with each row of the query in turn, so a table of millions
    // is read with flat memory: inside a transaction through a cursor, 10,000
    // rows a fetch; outside one in libpq's single-row mode.
    void forEachRow(std::string_view sql, const std::vector<Param>& params,
                    const std::function<void(const Result&, int row)>& row);

    // Asks the server to stop the statement this connection is running (from
    // any thread). The statement then fails with SQLSTATE 57014.
    bool cancel();

    // LISTEN on `channel`; the notifications arrive through waitForNotifications().
    void listen(const std::string& channel);
    // Notifications received so far, waiting up to timeoutMs for the first.
    std::vector<Notification> waitForNotifications(int timeoutMs);

    // Identifier quoting for names that come from the user (schemas).
    std::string quoteIdentifier(std::string_view name) const;

    pg_conn* handle() const { return m_conn; }

private:
    friend class CopyIn;
    Result checked(pg_result* result, std::string_view sql, bool copyIn = false);
    pg_conn* m_conn = nullptr;
    pg_cancel* m_cancel = nullptr;
};

// BEGIN on construction (with the given options, e.g. "ISOLATION LEVEL
// REPEATABLE READ, READ ONLY"); ROLLBACK unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Connection& connection, std::string_view options = {});
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_connection;
    bool m_done = false;
};

// COPY table (columns) FROM STDIN in text format, for bulk load. Rows are
// built with field()/null()/endRow() and sent in blocks; finish() ends the
// copy and returns the rows the server stored. Destroyed unfinished, the copy
// is aborted (the server rolls the statement back).
class CopyIn
{
public:
    CopyIn(Connection& connection, const std::string& table,
           const std::vector<std::string>& columns);
    ~CopyIn();
    CopyIn(const CopyIn&) = delete;
    CopyIn& operator=(const CopyIn&) = delete;

    void field(std::string_view value);
    void null();
    void endRow();
    std::int64_t finish();

private:
    void separate();
    void flush();
    Connection& m_connection;
    std::string m_buffer;
    bool m_rowStarted = false;
    bool m_open = false;
};

} // namespace kestrel::workspace::pg
