#include "core/runs/io/RunSink.h"

namespace kestrel::runs::io {

RunSink::RunSink(workspace::Database& db, ImportResult& result)
    : m_inserter(db), m_exists(db.prepare("SELECT 1 FROM runs WHERE external_id = ?")),
      m_result(result), m_now(nowMs())
{
}

void RunSink::add(RunRecord& run)
{
    if (!run.externalId.empty()) {
        m_exists.bind(1, run.externalId);
        const bool known = m_exists.step();
        m_exists.reset();
        if (known) {
            ++m_result.skipped;
            return;
        }
    }
    run.createdAt = m_now;
    m_inserter.add(run);
    ++m_result.imported;
}

void RunSink::skip(const std::string& note)
{
    ++m_result.skipped;
    if (!note.empty() && m_result.notes.size() < 100)
        m_result.notes.push_back(note);
}

} // namespace kestrel::runs::io
