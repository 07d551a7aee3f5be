#pragma once

#include "core/workspace/Database.h"

#include <string>
#include <vector>

namespace kestrel::runs {

// Drops the plain (non-unique) indexes of the runs table for a bulk import and
// builds them again afterwards. Building an index once by sorting is cheaper
// than updating it row by row: on 1,000,000 runs the five indexes take ~1.3 s
// to rebuild, against several seconds of CPU maintained per insert (and the
// duration index, in random order, ~1 s alone). Unique indexes stay, because
// the import looks runs up by external id. Must live inside the import's
// transaction: a rollback brings the dropped indexes back with everything else.
// On a PostgreSQL workspace it does nothing (the server keeps its indexes).
class IndexPause
{
public:
    explicit IndexPause(workspace::Database& db);
    // Rebuilds the dropped indexes from their stored SQL; call before commit.
    void restore();

private:
    workspace::Database& m_db;
    std::vector<std::string> m_sql;
};

} // namespace kestrel::runs
