#pragma once

#include "core/runs/io/RunImport.h"
#include "core/workspace/Database.h"
#include "core/workspace/ImportLock.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::runs::io {

// An import written in short committed chunks into a staging table, then
// published: other writers (log-run, the GUI) get the write lock between
// two chunks, readers never see part of a bulk import (a small one only while
// it is published, below), and a failed, cancelled or killed import leaves
// no run behind.
//
// The staging table runs_next has the runs table's shape and no index.
//  - small import: it holds the new runs only. Up to kAtomicPublishRuns,
//    publishing moves them into runs (whose indexes take them one by one),
//    drops runs_next and records the import in one transaction: readers see
//    all of it or none. A larger one moves in chunks of kPublishChunkRuns,
//    the writers getting their turn between two, then is recorded at once.
//    Readers may see it grow during those chunks (seconds for 500,000 runs);
//    a failure takes the moved runs back, and after a kill Workspace::open
//    removes them (their import id is not in imports).
//  - bulk import (more runs than the workspace holds): it first receives a
//    copy of every run, chunk by chunk; publishing adds the runs other
//    writers logged meanwhile, drops runs and renames runs_next to runs.
//    The indexes are then built one per transaction, so a writer waits at
//    most for one index; readers see every run at once, briefly without
//    indexes. Until all are built they are listed in the setting
//    import_pending_indexes, which Workspace::open completes after a kill.
// Imported runs of a bulk import get the ids that follow the copied runs; the
// few runs other writers logged while it ran are numbered after them when it
// is published (their ids change, their contents do not).
//
// Holds the workspace's ImportLock throughout: one import at a time.
class StagedImport
{
public:
    // Runs per committed chunk: ~0.1 s of writing.
    static constexpr std::int64_t kChunkRuns = 32'768;
    // Runs per transaction when a small import is published into the
    // indexed runs table (each row updates every index): about as long.
    static constexpr std::int64_t kPublishChunkRuns = 8'192;
    // A small import up to this size is published in one transaction, all
    // at once (about 0.4 s of writing: a concurrent log-run waits no longer).
    static constexpr std::int64_t kAtomicPublishRuns = 32'768;

    StagedImport(workspace::Database& db, bool bulk);
    // Drops the staging table unless published.
    ~StagedImport();
    StagedImport(const StagedImport&) = delete;
    StagedImport& operator=(const StagedImport&) = delete;

    static constexpr const char* kTable = "runs_next";
    std::int64_t importId() const { return m_importId; }
    // The id of the first imported run (bulk), or 0: SQLite's next.
    std::int64_t firstId() const { return m_firstId; }

    // Called before each write into the staging table: opens the chunk's
    // transaction, or after kChunkRuns rows commits it, lets waiting writers
    // in, and opens the next.
    void beforeWrite(std::size_t rows);
    // Commits the last chunk.
    void endWrites();

    // Makes the import visible, all at once, and records it in imports.
    void publish(const ImportRecord& record);

private:
    void begin();
    void commit();
    void pause();
    void copyExisting();
    void rebuildIndexes();

    workspace::Database& m_db;
    std::string m_path;
    workspace::ImportLock m_lock;
    bool m_bulk;
    bool m_inTx = false;
    bool m_published = false;
    bool m_publishing = false; // small: runs moved into runs by chunks, not yet recorded
    std::int64_t m_rowsInChunk = 0;
    std::int64_t m_importId = 0;
    std::int64_t m_copiedMax = 0;
    std::int64_t m_firstId = 0;
    std::int64_t m_startedAt = 0;
    std::int64_t m_autoCheckpoint = 1000;
    std::vector<std::string> m_indexSql; // bulk: every index of runs, rebuilt after the swap
};

} // namespace kestrel::runs::io
