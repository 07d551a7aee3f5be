#include "core/workspace/BulkInsert.h"

#include "core/common/Error.h"
#include "core/workspace/pg/Connection.h"

#include <charconv>
#include <utility>

namespace kestrel::workspace {

BulkInsert::BulkInsert(Database& db, std::string table, std::vector<std::string> columns)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
{
    if (m_columns.empty())
        throw Error("A bulk insert needs at least one column.");
    if (!m_db.postgres()) {
        std::string sql = "INSERT INTO " + Dialect::quote(m_table) + " (";
        std::string marks;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            sql += (i ? ", " : "") + Dialect::quote(m_columns[i]);
            marks += i ? ", ?" : "?";
        }
        m_insert = m_db.prepare(sql + ") VALUES (" + marks + ")");
    }
}

BulkInsert::~BulkInsert() = default;

void BulkInsert::open()
{
    if (!m_copy && m_db.postgres())
        m_copy = std::make_unique<pg::CopyIn>(*m_db.postgres(), m_table, m_columns);
}

// The 1-based index of the value being added.
int BulkInsert::next()
{
    if (m_column >= static_cast<int>(m_columns.size()))
        throw Error("A row of " + m_table + " got more values than its " +
                    std::to_string(m_columns.size()) + " columns.");
    open();
    return ++m_column;
}

BulkInsert& BulkInsert::value(std::int64_t v)
{
    const int i = next();
    if (m_copy) {
        char buf[24];
        const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
        m_copy->field(std::string_view(buf, static_cast<std::size_t>(end - buf)));
    } else {
        m_insert->bind(i, v);
    }
    return *this;
}

BulkInsert& BulkInsert::value(double v)
{
    const int i = next();
    if (m_copy)
        m_copy->field(*toText(SqlValue(v)));
    else
        m_insert->bind(i, v);
    return *this;
}

BulkInsert& BulkInsert::value(const std::optional<double>& v)
{
    return v ? value(*v) : null();
}

BulkInsert& BulkInsert::text(std::string_view v)
{
    const int i = next();
    if (m_copy)
        m_copy->field(v);
    else
        m_insert->bind(i, v, Statement::Text::Borrowed);
    return *this;
}

BulkInsert& BulkInsert::textOrNull(std::string_view v)
{
    return v.empty() ? null() : text(v);
}

BulkInsert& BulkInsert::null()
{
    const int i = next();
    if (m_copy)
        m_copy->null();
    else
        m_insert->bindNull(i);
    return *this;
}

void BulkInsert::endRow()
{
    if (m_column != static_cast<int>(m_columns.size()))
        throw Error("A row of " + m_table + " got " + std::to_string(m_column) + " values for " +
                    std::to_string(m_columns.size()) + " columns.");
    m_column = 0;
    if (m_copy)
        m_copy->endRow();
    else
        m_insert->run();
    ++m_rows;
}

std::int64_t BulkInsert::finish()
{
    if (m_column != 0)
        throw Error("A row of " + m_table + " was left unfinished.");
    if (m_copy) {
        m_copy->finish();
        m_copy.reset();
    }
    return m_rows;
}

} // namespace kestrel::workspace
