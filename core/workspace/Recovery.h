#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::workspace {

struct RecoveredTable
{
    std::string name;
    std::int64_t rows = 0;       // copied into the new workspace
    std::int64_t unreadable = 0; // read errors met (each skips at least one row)
};

struct RecoveryResult
{
    std::vector<RecoveredTable> tables;
    std::int64_t rows() const;
};

// Copies every readable row of every table the current schema knows from the
// (possibly damaged) workspace `source`, opened read-only and never written,
// into a new workspace at `target` (which must not exist or be empty). Rows of
// a table with rowids are read in rowid order; a read error skips past the
// damaged rowid and goes on. Throws kestrel::Error when `source` cannot be
// read at all or `target` cannot be created.
RecoveryResult recoverWorkspace(const std::string& source, const std::string& target);

} // namespace kestrel::workspace
