#pragma once

#include "core/runs/RunStore.h"
#include "core/runs/io/RunImport.h"
#include "core/workspace/Database.h"

namespace kestrel::runs::io {

// Where every importer puts its runs: one prepared insert inside the caller's
// transaction, with the import's creation time, skipping runs whose external
// id the workspace already holds so that importing the same store twice adds
// nothing the second time.
class RunSink
{
public:
    RunSink(workspace::Database& db, ImportResult& result);

    // Inserts `run` (createdAt set here) unless its external id is known.
    void add(RunRecord& run);
    // Counts a run the importer chose not to insert (e.g. a deleted MLflow run).
    void skip(const std::string& note = {});

private:
    RunStore::Inserter m_inserter;
    workspace::Statement m_exists;
    ImportResult& m_result;
    EpochMs m_now;
};

} // namespace kestrel::runs::io
