#pragma once

#include "core/runs/RunStore.h"
#include "core/runs/io/RunImport.h"
#include "core/workspace/Database.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kestrel::runs::io {

// Where every importer puts its runs: one prepared insert inside the caller's
// transaction, with the import's creation time, skipping runs whose external
// id the workspace already holds so that importing the same store twice adds
// nothing the second time.
//
// The inserts run on a writer thread of their own, in batches, while the
// importer parses the next runs on its thread: parsing and SQLite's work
// overlap on two cores. The writer uses the caller's connection, which the
// caller must leave alone until finish() returns or the sink is destroyed.
class RunSink
{
public:
    RunSink(workspace::Database& db, ImportResult& result);
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

    RunStore::Inserter m_inserter;
    workspace::Statement m_exists;
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
    std::int64_t m_known = 0;
    std::jthread m_writer;
};

} // namespace kestrel::runs::io
