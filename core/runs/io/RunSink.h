#pragma once

#include "core/runs/RunStore.h"
#include "core/runs/io/RunImport.h"
#include "core/runs/io/StagedImport.h"
#include "core/workspace/Database.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

namespace kestrel::runs::io {

// Where every importer puts its runs: one prepared insert into the staging
// table of a StagedImport (SQLite), or one COPY into runs inside the import's
// transaction (PostgreSQL, where readers and writers never wait for it), with
// the import's creation time and id. Importing
// the same file twice adds nothing the second time: a run with an external id
// the workspace (or an earlier run of the file) holds is a duplicate, and so
// is a run without one whose runFingerprint a run already in the workspace
// has. Both are looked up in memory, loaded once when the sink starts.
//
// The inserts run on a writer thread of their own, in batches, while the
// importer parses the next runs on its thread: parsing and SQLite's work
// overlap on two cores. The writer uses the caller's connection, which the
// caller must leave alone until finish() returns or the sink is destroyed.
class RunSink
{
public:
    RunSink(workspace::Database& db, StagedImport& stage, ImportResult& result);
    // Straight into runs, in the caller's transaction, as import `importId`.
    RunSink(workspace::Database& db, std::int64_t importId, ImportResult& result);
    // Stops the writer without waiting for queued runs; the caller's
    // transaction, rolled back, discards what was written.
    ~RunSink();
    RunSink(const RunSink&) = delete;
    RunSink& operator=(const RunSink&) = delete;

    // Queues `run` for insertion (createdAt set then) unless its external id is
    // known. Takes the run's contents: the caller's record is left holding an
    // earlier run's and must be cleared before it is filled again. Rethrows a
    // failure of the writer.
    void add(RunRecord& run);
    // Counts a run the importer chose not to insert (e.g. a deleted MLflow run).
    void skip(const std::string& note = {});
    // Waits until every queued run is written and adds the writer's counts to
    // the result. Rethrows a failure of the writer.
    void finish();

private:
    using Batch = std::vector<RunRecord>;
    static constexpr std::size_t kBatchSize = 512;
    static constexpr std::size_t kMaxQueued = 8;

    void send(bool last);
    void writeLoop();
    void write(Batch& batch);
    void rethrowWriterError();

    RunSink(workspace::Database& db, StagedImport* stage, const std::string& table,
            std::int64_t importId, std::int64_t firstId, ImportResult& result);

    StagedImport* m_stage; // null: no staging table
    RunStore::Inserter m_inserter;
    std::unordered_set<std::string> m_externalIds;
    std::unordered_set<std::int64_t> m_fingerprints;
    ImportResult& m_result;
    EpochMs m_now;

    Batch m_filling;
    std::size_t m_filled = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;  // full batches, oldest first
    std::vector<Batch> m_spare; // written batches, reused so records keep their string buffers
    bool m_lastSent = false;
    bool m_stopping = false;
    bool m_done = false;
    std::exception_ptr m_error;
    std::int64_t m_imported = 0; // writer's counts, read after it is done
    std::int64_t m_duplicates = 0;
    std::jthread m_writer;
};

} // namespace kestrel::runs::io
