#include "core/runs/io/RunSink.h"

#include <utility>

#include <pthread.h>

namespace kestrel::runs::io {

RunSink::RunSink(workspace::Database& db, StagedImport& stage, ImportResult& result)
    : RunSink(db, &stage, StagedImport::kTable, stage.importId(), stage.firstId(), result)
{
}

RunSink::RunSink(workspace::Database& db, std::int64_t importId, ImportResult& result)
    : RunSink(db, nullptr, "runs", importId, 0, result)
{
}

RunSink::RunSink(workspace::Database& db, StagedImport* stage, const std::string& table,
                 std::int64_t importId, std::int64_t firstId, ImportResult& result)
    : m_stage(stage), m_inserter(db, table, importId, firstId), m_result(result), m_now(nowMs()),
      m_filling(kBatchSize)
{
    {
        workspace::Statement st =
            db.prepare("SELECT external_id FROM runs WHERE external_id IS NOT NULL");
        while (st.step())
            m_externalIds.emplace(st.textView(0));
    }
    const auto runs =
        db.queryInt("SELECT count(*) FROM runs WHERE fingerprint IS NOT NULL").value_or(0);
    m_fingerprints.reserve(static_cast<std::size_t>(runs));
    workspace::Statement st =
        db.prepare("SELECT fingerprint FROM runs WHERE fingerprint IS NOT NULL");
    while (st.step())
        m_fingerprints.insert(st.int64(0));
    // Started last: the writer uses the connection from here on.
    m_writer = std::jthread([this] { writeLoop(); });
}

RunSink::~RunSink()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    // m_writer joins here, before the statements it uses are finalised.
    m_writer = {};
}

void RunSink::add(RunRecord& run)
{
    std::swap(m_filling[m_filled], run);
    if (++m_filled == kBatchSize)
        send(false);
}

void RunSink::skip(const std::string& note)
{
    ++m_result.skipped;
    if (!note.empty() && m_result.notes.size() < 100)
        m_result.notes.push_back(note);
}

void RunSink::finish()
{
    send(true);
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_done; });
    if (m_error)
        std::rethrow_exception(m_error);
    if (m_stage)
        m_stage->endWrites();
    else
        m_inserter.flush();
    m_result.imported += m_imported;
    m_result.duplicates += m_duplicates;
    m_result.skipped += m_duplicates;
}

// Hands the filled part of the current batch to the writer, waiting while the
// queue is full, and takes a spare batch to fill next.
void RunSink::send(bool last)
{
    Batch next;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued || m_done; });
        if (m_error)
            std::rethrow_exception(m_error);
        m_filling.resize(m_filled);
        m_queue.push_back(std::move(m_filling));
        m_lastSent = last;
        if (!m_spare.empty()) {
            next = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_changed.notify_all();
    next.resize(kBatchSize);
    m_filling = std::move(next);
    m_filled = 0;
}

void RunSink::writeLoop()
{
    pthread_setname_np(pthread_self(), "kestrel-import");
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_lastSent || m_stopping; });
            if (m_stopping || m_queue.empty()) {
                m_done = true;
                break;
            }
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        try {
            write(batch);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_done = true;
            break;
        }
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

void RunSink::write(Batch& batch)
{
    if (m_stage)
        m_stage->beforeWrite(batch.size());
    // Consecutive new runs go in several to a statement; a duplicate ends
    // the group before it.
    std::size_t pending = 0; // start of the runs not yet inserted
    for (std::size_t i = 0; i < batch.size(); ++i) {
        RunRecord& run = batch[i];
        run.createdAt = m_now;
        const bool duplicate =
            run.externalId.empty()
                ? !m_fingerprints.empty() && m_fingerprints.contains(runFingerprint(run))
                : !m_externalIds.insert(run.externalId).second;
        if (!duplicate)
            continue;
        m_inserter.addAll(std::span(batch).subspan(pending, i - pending));
        m_imported += static_cast<std::int64_t>(i - pending);
        pending = i + 1;
        ++m_duplicates;
    }
    m_inserter.addAll(std::span(batch).subspan(pending));
    m_imported += static_cast<std::int64_t>(batch.size() - pending);
}

} // namespace kestrel::runs::io
