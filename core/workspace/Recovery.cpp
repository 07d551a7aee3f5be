#include "core/workspace/Recovery.h"

#include "core/common/Error.h"
#include "core/workspace/Workspace.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

namespace kestrel::workspace {

namespace {

std::string quoted(const std::string& name)
{
    std::string s = "\"";
    for (char c : name) {
        if (c == '"')
            s.push_back('"');
        s.push_back(c);
    }
    s.push_back('"');
    return s;
}

std::vector<std::string> columns(Database& db, const std::string& table)
{
    std::vector<std::string> names;
    Statement st = db.prepare("SELECT name FROM pragma_table_info(?)");
    st.bind(1, table);
    while (st.step())
        names.push_back(st.text(0));
    return names;
}

bool hasRowid(Database& db, const std::string& table)
{
    try {
        db.prepare("SELECT rowid FROM " + quoted(table) + " LIMIT 0");
        return true;
    } catch (const Error&) {
        return false;
    }
}

RecoveredTable copyTable(Database& from, Database& to, const std::string& table)
{
    RecoveredTable out{table};
    std::vector<std::string> shared;
    const std::vector<std::string> targetColumns = columns(to, table);
    for (const std::string& c : columns(from, table))
        if (std::find(targetColumns.begin(), targetColumns.end(), c) != targetColumns.end())
            shared.push_back(c);
    if (shared.empty())
        return out;
    std::string list;
    std::string marks;
    for (const std::string& c : shared) {
        list += (list.empty() ? "" : ", ") + quoted(c);
        marks += marks.empty() ? "?" : ", ?";
    }
    // The new workspace's seed rows (settings, default detectors) give way to the old ones.
    Statement insert = to.prepare("INSERT OR REPLACE INTO " + quoted(table) + " (" + list +
                                  ") VALUES (" + marks + ")");
    const int n = static_cast<int>(shared.size());
    auto copyRow = [&](Statement& row, int first) {
        for (int i = 0; i < n; ++i)
            sqlite3_bind_value(insert.handle(), i + 1,
                               sqlite3_column_value(row.handle(), first + i));
        try {
            insert.run();
            ++out.rows;
        } catch (const Error&) { // a row the schema's constraints refuse
            insert.reset();
            ++out.unreadable;
        }
    };

    if (!hasRowid(from, table)) {
        try {
            Statement row = from.prepare("SELECT " + list + " FROM " + quoted(table));
            while (row.step())
                copyRow(row, 0);
        } catch (const Error&) {
            ++out.unreadable;
        }
        return out;
    }
    // Scanned in rowid order, so that a damaged page costs only the rows it
    // held: after an error the scan starts again past the last rowid read.
    std::int64_t last = INT64_MIN;
    std::int64_t failures = 0;
    while (failures < 100'000) {
        try {
            Statement row = from.prepare("SELECT rowid, " + list + " FROM " + quoted(table) +
                                         " WHERE rowid > ? ORDER BY rowid");
            row.bind(1, last);
            while (row.step()) {
                last = row.int64(0);
                copyRow(row, 1);
            }
            break;
        } catch (const Error&) {
            ++out.unreadable;
            ++failures;
            if (last == INT64_MAX)
                break;
            ++last;
        }
    }
    return out;
}

} // namespace

std::int64_t RecoveryResult::rows() const
{
    std::int64_t n = 0;
    for (const RecoveredTable& t : tables)
        n += t.rows;
    return n;
}

RecoveryResult recoverWorkspace(const std::string& source, const std::string& target)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::equivalent(source, target, ec))
        throw Error("The recovered workspace " + target + " must be a new file, not " + source +
                    ".");
    Database from(source, Database::Access::ReadOnly);
    std::vector<std::string> tables;
    {
        Statement st = from.prepare(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'");
        while (st.step())
            tables.push_back(st.text(0));
    }
    auto ws = Workspace::create(target);
    Database& to = ws->db();
    to.exec("PRAGMA foreign_keys=OFF");
    RecoveryResult result;
    Transaction tx(to);
    for (const std::string& t : tables) {
        if (columns(to, t).empty())
            continue; // not a table of the current schema
        result.tables.push_back(copyTable(from, to, t));
    }
    tx.commit();
    return result;
}

} // namespace kestrel::workspace
