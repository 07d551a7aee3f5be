#include "core/workspace/Database.h"

#include "core/common/Error.h"
#include "core/workspace/ImportLock.h"
#include "core/workspace/pg/Connection.h"

#include <sqlite3.h>

#include <cctype>
#include <charconv>
#include <utility>
#include <vector>

namespace kestrel::workspace {

namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what)
{
    std::string message(what);
    if (db) {
        message += ": ";
        message += sqlite3_errmsg(db);
    }
    throw Error(message);
}

// Before SQLite's first use in the process: no memory statistics, whose
// global mutex every allocation would otherwise take (Debian's SQLite has no
// lookaside, so a bulk insert allocates per row).
void configureSqliteOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // refused if SQLite is already in use: harmless
        return true;
    }();
    (void)configured;
}

} // namespace

// The PostgreSQL side of a Database, on the heap so statements keep a stable
// pointer to it when the Database moves.
struct Database::PgSide
{
    pg::Connection connection;
    std::int64_t changes = 0; // rows the last statement touched
    // The table of the last INSERT, whose identity sequence lastInsertId()
    // reads: lastval() would be the change trigger's sequence, which every
    // workspace table's trigger advances after the insert.
    std::string insertedTable;

    void noteInsert(std::string_view sql)
    {
        std::size_t i = sql.find_first_not_of(" \t\n");
        constexpr std::string_view kInsert = "INSERT INTO ";
        if (i == std::string_view::npos || sql.size() - i < kInsert.size())
            return;
        for (std::size_t k = 0; k < kInsert.size(); ++k)
            if (std::toupper(static_cast<unsigned char>(sql[i + k])) != kInsert[k])
                return;
        i = sql.find_first_not_of(' ', i + kInsert.size());
        if (i == std::string_view::npos)
            return;
        const std::size_t end =
            sql[i] == '"' ? sql.find('"', i + 1) + 1 : sql.find_first_of(" (\t\n", i);
        insertedTable = std::string(sql.substr(i, end == std::string_view::npos ? end : end - i));
    }
};

// A PostgreSQL statement: its SQL with `$N` placeholders, the bound values,
// and after step() the result being read.
struct Statement::PgState
{
    Database::PgSide* side = nullptr;
    std::string sql;
    std::vector<pg::Param> params;
    pg::Result result;
    bool executed = false;
    int row = -1;

    void execute()
    {
        result = side->connection.query(sql, params);
        side->changes = result.affected();
        side->noteInsert(sql);
        executed = true;
        row = -1;
    }
};

Database::Database() = default;

Database::Database(pg::Connection connection, std::string location)
    : m_pg(std::make_unique<PgSide>(PgSide{std::move(connection), 0, {}})),
      m_path(std::move(location))
{
}

pg::Connection* Database::postgres() const
{
    return m_pg ? &m_pg->connection : nullptr;
}

Database::Database(const std::string& path, Access access) : m_path(path)
{
    configureSqliteOnce();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message =
            "Cannot open " + path + ": " + (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (kestrel log-run, a script) may hold the write lock briefly.
    sqlite3_busy_timeout(m_db, 10000);
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_pg(std::move(other.m_pg)),
      m_path(std::move(other.m_path))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_pg = std::move(other.m_pg);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::exec(std::string_view sql)
{
    if (m_pg) {
        m_pg->connection.exec(sql);
        return;
    }
    char* err = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : "unknown error";
        sqlite3_free(err);
        throw Error("SQL failed (" + message + "): " + text.substr(0, 200));
    }
}

Statement Database::prepare(std::string_view sql)
{
    if (m_pg)
        return Statement(*m_pg, sql);
    return Statement(m_db, sql);
}

void Database::interrupt() const
{
    if (m_db)
        sqlite3_interrupt(m_db);
    if (m_pg)
        m_pg->connection.cancel();
}

std::int64_t Database::lastInsertId() const
{
    if (m_pg) {
        if (m_pg->insertedTable.empty())
            return m_pg->connection.queryInt("SELECT lastval()").value_or(0);
        return m_pg->connection
            .queryInt("SELECT currval(pg_get_serial_sequence($1, 'id'))", {m_pg->insertedTable})
            .value_or(0);
    }
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    if (m_pg)
        return static_cast<int>(m_pg->changes);
    return sqlite3_changes(m_db);
}

std::optional<std::int64_t> Database::queryInt(std::string_view sql)
{
    Statement st = prepare(sql);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return st.int64(0);
}

bool Database::inTransaction() const
{
    if (m_pg)
        return m_pg->connection.inTransaction();
    return sqlite3_get_autocommit(m_db) == 0;
}

Statement::Statement() = default;

Statement::Statement(Database::PgSide& pg, std::string_view sql) : m_pg(std::make_unique<PgState>())
{
    m_pg->side = &pg;
    m_pg->sql = Dialect::postgresPlaceholders(sql);
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, "Cannot prepare SQL \"" + std::string(sql.substr(0, 200)) + "\"");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(std::exchange(other.m_db, nullptr)),
      m_pg(std::move(other.m_pg))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_pg = std::move(other.m_pg);
    }
    return *this;
}

namespace {

// The slot of 1-based placeholder `index`, growing the list as needed.
pg::Param& slot(std::vector<pg::Param>& params, int index)
{
    if (index < 1)
        throw Error("SQL placeholders are numbered from 1");
    if (params.size() < static_cast<std::size_t>(index))
        params.resize(static_cast<std::size_t>(index));
    return params[static_cast<std::size_t>(index - 1)];
}

// A column of a PostgreSQL result as a whole number, as SQLite's
// sqlite3_column_int64 reads one: booleans as 0/1, reals and numerics
// truncated.
std::int64_t wholeNumber(std::string_view s)
{
    std::int64_t v = 0;
    if (std::from_chars(s.data(), s.data() + s.size(), v).ec == std::errc() &&
        s.find('.') == std::string_view::npos)
        return v;
    if (s == "t" || s == "f")
        return s == "t" ? 1 : 0;
    double d = 0;
    if (std::from_chars(s.data(), s.data() + s.size(), d).ec == std::errc())
        return static_cast<std::int64_t>(d);
    throw Error("PostgreSQL returned '" + std::string(s) + "' where a number was expected");
}

double realNumber(std::string_view s)
{
    double d = 0;
    if (std::from_chars(s.data(), s.data() + s.size(), d).ec == std::errc())
        return d;
    if (s == "t" || s == "f")
        return s == "t" ? 1.0 : 0.0;
    throw Error("PostgreSQL returned '" + std::string(s) + "' where a number was expected");
}

} // namespace

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        fail(m_db, "Cannot bind SQL parameter");
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (m_pg) {
        slot(m_pg->params, index) = std::to_string(value);
        return *this;
    }
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (m_pg) {
        slot(m_pg->params, index) = toText(SqlValue(value));
        return *this;
    }
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value, Text text)
{
    if (m_pg) {
        slot(m_pg->params, index) = std::string(value);
        return *this;
    }
    check(sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                            text == Text::Borrowed ? SQLITE_STATIC : SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_pg) {
        slot(m_pg->params, index) = std::nullopt;
        return *this;
    }
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindTextOrNull(int index, std::string_view value, Text text)
{
    return value.empty() ? bindNull(index) : bind(index, value, text);
}

bool Statement::step()
{
    if (m_pg) {
        if (!m_pg->executed)
            m_pg->execute();
        return ++m_pg->row < m_pg->result.rows();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    std::string sql = sqlite3_sql(m_stmt) ? sqlite3_sql(m_stmt) : "";
    sqlite3_reset(m_stmt);
    fail(m_db, "SQL failed \"" + sql.substr(0, 200) + "\"");
}

void Statement::run()
{
    if (m_pg) {
        m_pg->execute();
        reset();
        return;
    }
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    if (m_pg) {
        m_pg->executed = false;
        m_pg->row = -1;
        m_pg->result = pg::Result();
        m_pg->params.clear();
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    if (m_pg)
        return m_pg->result.isNull(m_pg->row, column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    if (m_pg)
        return isNull(column) ? 0 : wholeNumber(m_pg->result.text(m_pg->row, column));
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    if (m_pg)
        return isNull(column) ? 0.0 : realNumber(m_pg->result.text(m_pg->row, column));
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> Statement::optReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::string Statement::text(int column) const
{
    return std::string(textView(column));
}

std::string_view Statement::textView(int column) const
{
    if (m_pg)
        return isNull(column) ? std::string_view() : m_pg->result.text(m_pg->row, column);
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return {p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

int Statement::columnCount() const
{
    if (m_pg) {
        if (!m_pg->executed)
            throw Error("A PostgreSQL statement knows its columns only after step()");
        return m_pg->result.columns();
    }
    return sqlite3_column_count(m_stmt);
}

bool isFileDatabase(const std::string& path)
{
    return !path.empty() && path != ":memory:" && path.rfind("file:", 0) != 0;
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (db.backend() == Backend::Postgres) {
        m_db.exec("BEGIN");
        return;
    }
    if (isFileDatabase(db.path()) && !thisThreadImports())
        m_turn = std::make_unique<WriterTurn>(db.path());
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
    m_turn.reset();
}

ReadTransaction::ReadTransaction(Database& db) : m_db(db)
{
    m_db.exec(db.backend() == Backend::Postgres ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                                                : "BEGIN");
}

ReadTransaction::~ReadTransaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void ReadTransaction::end()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace kestrel::workspace
