#include "core/workspace/pg/Connection.h"

#include "core/common/Error.h"
#include "core/workspace/WorkspaceUrl.h"

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <mutex>
#include <utility>

namespace kestrel::workspace::pg {

namespace {

// Bytes of COPY data collected before they are handed to libpq.
constexpr std::size_t kCopyBlock = 256 * 1024;

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

std::string describe(std::string_view sql)
{
    constexpr std::size_t kShown = 200;
    std::string s(sql.substr(0, kShown));
    if (sql.size() > kShown)
        s += " (cut)";
    return s;
}

} // namespace

Result::~Result()
{
    if (m_result)
        PQclear(m_result);
}

Result::Result(Result&& other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

Result& Result::operator=(Result&& other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int Result::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int Result::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

std::string Result::columnName(int column) const
{
    return PQfname(m_result, column);
}

bool Result::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

std::string_view Result::text(int row, int column) const
{
    return {PQgetvalue(m_result, row, column),
            static_cast<std::size_t>(PQgetlength(m_result, row, column))};
}

std::int64_t Result::int64(int row, int column) const
{
    const std::string_view s = text(row, column);
    std::int64_t v = 0;
    if (std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc())
        throw Error("PostgreSQL returned '" + std::string(s) +
                    "' where a whole number was expected");
    return v;
}

double Result::real(int row, int column) const
{
    return std::strtod(PQgetvalue(m_result, row, column), nullptr);
}

std::int64_t Result::affected() const
{
    const char* n = PQcmdTuples(m_result);
    return n && *n ? std::strtoll(n, nullptr, 10) : 0;
}

namespace {

std::mutex& passwordMutex()
{
    static std::mutex m;
    return m;
}

Connection::PasswordSource& passwordSource()
{
    static Connection::PasswordSource source;
    return source;
}

// The password the source has for the login `conn` tried; nothing when the
// server did not ask for one or the source has none.
std::optional<std::string> passwordFor(pg_conn* conn)
{
    if (!conn || !PQconnectionNeedsPassword(conn))
        return std::nullopt;
    Connection::PasswordSource source;
    {
        std::lock_guard lock(passwordMutex());
        source = passwordSource();
    }
    if (!source)
        return std::nullopt;
    const char* port = PQport(conn);
    return source(credentialName(PQuser(conn) ? PQuser(conn) : "", PQhost(conn) ? PQhost(conn) : "",
                                 port && *port ? std::atoi(port) : 5432,
                                 PQdb(conn) ? PQdb(conn) : ""));
}

} // namespace

void Connection::setPasswordSource(PasswordSource source)
{
    std::lock_guard lock(passwordMutex());
    passwordSource() = std::move(source);
}

Connection::Connection(const std::string& conninfo) : m_conn(PQconnectdb(conninfo.c_str()))
{
    if (!m_conn)
        throw Error("Out of memory opening a PostgreSQL connection");
    if (PQstatus(m_conn) != CONNECTION_OK) {
        // Asked for a password libpq had not: once more with the keychain's.
        // It exists only in this string, never in a message or a file.
        if (std::optional<std::string> password = passwordFor(m_conn)) {
            PQfinish(m_conn);
            std::string withPassword = conninfo + " password=" + conninfoQuoted(*password);
            m_conn = PQconnectdb(withPassword.c_str());
            std::fill(withPassword.begin(), withPassword.end(), '\0');
            std::fill(password->begin(), password->end(), '\0');
            if (!m_conn)
                throw Error("Out of memory opening a PostgreSQL connection");
        }
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = trimmed(PQerrorMessage(m_conn));
        const std::string where = std::string(PQhost(m_conn) ? PQhost(m_conn) : "") + ":" +
                                  (PQport(m_conn) ? PQport(m_conn) : "");
        PQfinish(m_conn);
        m_conn = nullptr;
        throw Error("Cannot connect to the PostgreSQL server at " + where + ": " + message +
                    "\nCheck that the server runs and accepts connections there; a password comes "
                    "from PGPASSWORD or ~/.pgpass.");
    }
    m_cancel = PQgetCancel(m_conn);
    // Quiet: notices (e.g. "schema exists, skipping") are not for the user.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
    exec("SET client_encoding = 'UTF8'");
}

Connection::~Connection()
{
    if (m_cancel)
        PQfreeCancel(m_cancel);
    if (m_conn)
        PQfinish(m_conn);
}

Connection::Connection(Connection&& other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr)), m_cancel(std::exchange(other.m_cancel, nullptr))
{
}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        this->~Connection();
        m_conn = std::exchange(other.m_conn, nullptr);
        m_cancel = std::exchange(other.m_cancel, nullptr);
    }
    return *this;
}

Result Connection::checked(pg_result* result, std::string_view sql, bool copyIn)
{
    Result r(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE ||
        (copyIn && status == PGRES_COPY_IN))
        return r;
    std::string message = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (message.empty())
        message = trimmed(PQerrorMessage(m_conn));
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    throw Error("PostgreSQL: " + message +
                (state ? std::string(" [") + state + "]" : std::string()) +
                "\nin: " + describe(sql));
}

void Connection::exec(std::string_view sql)
{
    checked(PQexec(m_conn, std::string(sql).c_str()), sql);
}

namespace {

std::vector<const char*> values(const std::vector<Param>& params)
{
    std::vector<const char*> v;
    v.reserve(params.size());
    for (const Param& p : params)
        v.push_back(p ? p->c_str() : nullptr);
    return v;
}

} // namespace

Result Connection::query(std::string_view sql, const std::vector<Param>& params)
{
    const std::vector<const char*> v = values(params);
    return checked(PQexecParams(m_conn, std::string(sql).c_str(), static_cast<int>(v.size()),
                                nullptr, v.data(), nullptr, nullptr, 0),
                   sql);
}

std::optional<std::int64_t> Connection::queryInt(std::string_view sql,
                                                 const std::vector<Param>& params)
{
    const Result r = query(sql, params);
    if (r.rows() == 0 || r.columns() == 0 || r.isNull(0, 0))
        return std::nullopt;
    return r.int64(0, 0);
}

void Connection::forEachRow(std::string_view sql, const std::vector<Param>& params,
                            const std::function<void(const Result&, int row)>& row)
{
    if (inTransaction()) {
        query("DECLARE kestrel_rows NO SCROLL CURSOR FOR " + std::string(sql), params);
        for (;;) {
            const Result batch = query("FETCH 10000 FROM kestrel_rows");
            for (int i = 0; i < batch.rows(); ++i)
                row(batch, i);
            if (batch.rows() < 10000)
                break;
        }
        exec("CLOSE kestrel_rows");
        return;
    }
    const std::vector<const char*> v = values(params);
    if (!PQsendQueryParams(m_conn, std::string(sql).c_str(), static_cast<int>(v.size()), nullptr,
                           v.data(), nullptr, nullptr, 0))
        checked(nullptr, sql);
    PQsetSingleRowMode(m_conn);
    // Every result must be read before the connection takes the next
    // statement, also when the callback throws: the first error is kept.
    std::exception_ptr failure;
    while (pg_result* raw = PQgetResult(m_conn)) {
        if (failure) {
            PQclear(raw);
            continue;
        }
        try {
            Result r = checked(raw, sql);
            if (PQresultStatus(raw) == PGRES_SINGLE_TUPLE)
                row(r, 0);
        } catch (...) {
            failure = std::current_exception();
            cancel();
        }
    }
    if (failure)
        std::rethrow_exception(failure);
}

bool Connection::inTransaction() const
{
    return m_conn && PQtransactionStatus(m_conn) == PQTRANS_INTRANS;
}

bool Connection::cancel()
{
    char message[256] = {};
    return m_cancel && PQcancel(m_cancel, message, sizeof message) == 1;
}

void Connection::listen(const std::string& channel)
{
    exec("LISTEN " + quoteIdentifier(channel));
}

std::vector<Notification> Connection::waitForNotifications(int timeoutMs)
{
    std::vector<Notification> out;
    auto drain = [&] {
        if (!PQconsumeInput(m_conn))
            throw Error("PostgreSQL connection lost: " + trimmed(PQerrorMessage(m_conn)));
        while (PGnotify* n = PQnotifies(m_conn)) {
            out.push_back({n->relname, n->extra ? n->extra : ""});
            PQfreemem(n);
        }
    };
    drain();
    if (out.empty() && timeoutMs > 0) {
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (poll(&fd, 1, timeoutMs) > 0)
            drain();
    }
    return out;
}

std::string Connection::quoteIdentifier(std::string_view name) const
{
    char* q = PQescapeIdentifier(m_conn, name.data(), name.size());
    if (!q)
        throw Error("Cannot quote the name '" + std::string(name) + "'");
    std::string s(q);
    PQfreemem(q);
    return s;
}

Transaction::Transaction(Connection& connection, std::string_view options)
    : m_connection(connection)
{
    m_connection.exec(options.empty() ? std::string("BEGIN") : "BEGIN " + std::string(options));
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_connection.exec("ROLLBACK");
        } catch (const Error&) { // the connection is gone: the server rolled back
        }
    }
}

void Transaction::commit()
{
    m_connection.exec("COMMIT");
    m_done = true;
}

CopyIn::CopyIn(Connection& connection, const std::string& table,
               const std::vector<std::string>& columns)
    : m_connection(connection)
{
    std::string sql = "COPY " + connection.quoteIdentifier(table) + " (";
    for (std::size_t i = 0; i < columns.size(); ++i)
        sql += (i ? ", " : "") + connection.quoteIdentifier(columns[i]);
    sql += ") FROM STDIN";
    connection.checked(PQexec(connection.handle(), sql.c_str()), sql, true);
    m_open = true;
    m_buffer.reserve(kCopyBlock + 4096);
}

CopyIn::~CopyIn()
{
    if (m_open) {
        PQputCopyEnd(m_connection.handle(), "aborted by Kestrel");
        while (pg_result* r = PQgetResult(m_connection.handle()))
            PQclear(r);
    }
}

void CopyIn::separate()
{
    if (m_rowStarted)
        m_buffer.push_back('\t');
    m_rowStarted = true;
}

void CopyIn::field(std::string_view value)
{
    separate();
    for (char c : value) {
        switch (c) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer.push_back(c);
        }
    }
}

void CopyIn::null()
{
    separate();
    m_buffer += "\\N";
}

void CopyIn::endRow()
{
    m_buffer.push_back('\n');
    m_rowStarted = false;
    if (m_buffer.size() >= kCopyBlock)
        flush();
}

void CopyIn::flush()
{
    if (!m_buffer.empty() && PQputCopyData(m_connection.handle(), m_buffer.data(),
                                           static_cast<int>(m_buffer.size())) != 1)
        throw Error("PostgreSQL COPY failed: " + trimmed(PQerrorMessage(m_connection.handle())));
    m_buffer.clear();
}

std::int64_t CopyIn::finish()
{
    flush();
    m_open = false;
    if (PQputCopyEnd(m_connection.handle(), nullptr) != 1)
        throw Error("PostgreSQL COPY failed: " + trimmed(PQerrorMessage(m_connection.handle())));
    std::int64_t rows = 0;
    std::exception_ptr failure;
    while (pg_result* raw = PQgetResult(m_connection.handle())) {
        try {
            rows = m_connection.checked(raw, "COPY").affected();
        } catch (...) {
            if (!failure)
                failure = std::current_exception();
        }
    }
    if (failure)
        std::rethrow_exception(failure);
    return rows;
}

} // namespace kestrel::workspace::pg
