#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kestrel::workspace {

class Statement;

enum class Backend
{
    Sqlite,
    Postgres
};

// A value bound to a placeholder: NULL, a whole number, a real or text.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

// The SQL that differs between the SQLite and the PostgreSQL workspace, in one
// place: code above core/workspace/ asks the Dialect instead of writing
// SQLite-only syntax (`?`, `LIMIT -1`, `WHERE 1`, scalar max(), julianday,
// PRAGMA data_version). Placeholders are numbered from 1 on both backends
// (`?1` / `$1`), so one builder output binds the same values everywhere.
class Dialect
{
public:
    explicit Dialect(Backend backend) : m_backend(backend) {}
    Backend backend() const { return m_backend; }

    std::string placeholder(int index) const;
    // "col IN (?1, ?2)"; an empty list is a condition no row meets.
    std::string inList(std::string_view column, int firstIndex, std::size_t count) const;
    // LIMIT/OFFSET; no limit is `LIMIT -1` on SQLite and no LIMIT on PostgreSQL.
    std::string paging(std::optional<std::int64_t> limit, std::int64_t offset) const;
    // INSERT of `columns` (placeholders from 1) that updates the other columns
    // of the row whose `key` columns match (ON CONFLICT on both backends).
    std::string upsert(std::string_view table, const std::vector<std::string>& columns,
                       const std::vector<std::string>& key) const;
    // An expression: now as milliseconds since the Unix epoch, the same for
    // every row of one statement on both backends (statement_timestamp(),
    // not clock_timestamp(), which moves between two columns of one row).
    std::string nowMs() const;
    // A query of one integer that changes whenever any connection commits a
    // change to the workspace: SQLite's data_version, a sequence on
    // PostgreSQL that every table's trigger advances (it also NOTIFYs
    // changeChannel()).
    std::string changeTokenQuery() const;
    // The NOTIFY channel of a PostgreSQL workspace schema.
    static std::string changeChannel(std::string_view schema);
    // The larger of two expressions (SQLite's scalar max()).
    std::string greatest(std::string_view a, std::string_view b) const;
    // Orders text byte by byte, as SQLite's BINARY collation does.
    std::string bytewise(std::string_view column) const;
    // The column type of an integer key the database numbers.
    std::string identityKey() const;

    static std::string quote(std::string_view identifier);

    // `sql` with SQLite's placeholders rewritten for PostgreSQL: `?N` becomes
    // `$N` and each bare `?` the next number after the highest seen, as
    // SQLite numbers them. Quoted text and identifiers are left alone.
    static std::string postgresPlaceholders(std::string_view sql);

private:
    Backend m_backend;
};

// A WHERE clause built from conditions (ANDed), with the values to bind in
// placeholder order. Identifiers are quoted; values are never spliced in.
class Filter
{
public:
    explicit Filter(const Dialect& dialect, int firstIndex = 1)
        : m_dialect(dialect), m_next(firstIndex)
    {
    }

    Filter& equals(std::string_view column, SqlValue value);
    Filter& in(std::string_view column, const std::vector<SqlValue>& values);
    Filter& atLeast(std::string_view column, SqlValue value);
    Filter& before(std::string_view column, SqlValue value);

    // " WHERE a = ?1 AND b IN (?2, ?3)", or empty when there is no condition.
    std::string where() const;
    const std::vector<SqlValue>& values() const { return m_values; }
    // The index the next placeholder after this filter takes.
    int nextIndex() const { return m_next; }

private:
    Filter& compare(std::string_view column, std::string_view op, SqlValue value);
    const Dialect& m_dialect;
    std::vector<std::string> m_conditions;
    std::vector<SqlValue> m_values;
    int m_next;
};

// A value as PostgreSQL's text format takes it (reals in their shortest
// exact form); nothing for NULL.
std::optional<std::string> toText(const SqlValue& value);
// Binds `values` to placeholders first, first + 1, on a SQLite statement.
void bindAll(Statement& statement, const std::vector<SqlValue>& values, int first = 1);

} // namespace kestrel::workspace
