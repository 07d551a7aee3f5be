#pragma once

#include "core/workspace/Database.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::workspace {

namespace pg {
class CopyIn;
}

// Many rows into one table, the fastest way each backend takes them: one
// prepared INSERT run per row on SQLite, COPY FROM STDIN on PostgreSQL. The
// rows belong to the caller's transaction (a copy destroyed unfinished is
// aborted and fails that transaction on PostgreSQL). While a copy is open no
// other statement may run on the connection: finish() first.
//
// A row is its values in column order, then endRow(). Text is read when the
// row ends, so it must stay alive until endRow() returns.
class BulkInsert
{
public:
    BulkInsert(Database& db, std::string table, std::vector<std::string> columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    BulkInsert& value(std::int64_t v);
    BulkInsert& value(double v);
    // NULL for an empty optional.
    BulkInsert& value(const std::optional<double>& v);
    BulkInsert& text(std::string_view v);
    // NULL for an empty string.
    BulkInsert& textOrNull(std::string_view v);
    BulkInsert& null();
    void endRow();

    // Ends the copy (PostgreSQL); returns the rows written since the start.
    // Rows added after it start a new copy.
    std::int64_t finish();
    std::int64_t rows() const { return m_rows; }

private:
    void open();
    int next();

    Database& m_db;
    std::string m_table;
    std::vector<std::string> m_columns;
    std::optional<Statement> m_insert;
    std::unique_ptr<pg::CopyIn> m_copy;
    int m_column = 0;
    std::int64_t m_rows = 0;
};

} // namespace kestrel::workspace
