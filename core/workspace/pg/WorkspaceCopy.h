#pragma once

#include "core/workspace/WorkspaceUrl.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::workspace::pg {

// One table of a workspace: its rows and a SHA-256 over them in a canonical
// form (rows in primary-key order, text compared byte by byte, whole numbers
// in decimal, reals in their shortest exact form), so the same rows give the
// same checksum on SQLite and on PostgreSQL.
struct TableSummary
{
    std::string name;
    std::int64_t rows = 0;
    std::string checksum; // hex
    bool operator==(const TableSummary&) const = default;
};

struct CopyReport
{
    std::vector<TableSummary> tables;
    double seconds = 0;
    std::int64_t rows() const;
};

// Every table's summary, read in one snapshot. Opens the workspace for
// reading only: a SQLite file must be at the current schema version, a
// PostgreSQL schema at the PostgreSQL backend's current version.
std::vector<TableSummary> summariseWorkspace(const WorkspaceUrl& url);

// Copies every table of the workspace `from` into `to`, between any two
// backends. The destination must be new: a SQLite file that does not exist
// (or is empty), a PostgreSQL schema that does not exist, is empty, or holds a
// team workspace nothing has been written to since create-team. Loads into
// PostgreSQL with COPY. All or nothing: the destination is checked table by
// table against the source's counts and checksums before it is committed; on
// any failure a new SQLite file is removed and a PostgreSQL transaction rolled
// back. Throws kestrel::Error saying what went wrong.
CopyReport copyWorkspace(const WorkspaceUrl& from, const WorkspaceUrl& to);

} // namespace kestrel::workspace::pg
