#include "ui/widgets/LatestJob.h"

namespace kestrel::ui {

LatestJob::LatestJob(QObject* parent) : QObject(parent) {}

LatestJob::~LatestJob()
{
    cancel();
}

void LatestJob::setRunner(jobs::JobRunner* runner)
{
    if (m_runner == runner)
        return;
    cancel();
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (!m_runner)
        return;
    // The done callback is not called for a cancelled job: clear "busy" here.
    connect(m_runner, &jobs::JobRunner::jobCancelled, this, [this](int id) {
        if (id == m_jobId) {
            m_jobId = 0;
            setBusy(false);
        }
    });
}

void LatestJob::cancel()
{
    ++m_generation;
    if (m_runner && m_jobId)
        m_runner->cancel(m_jobId);
    m_jobId = 0;
    setBusy(false);
}

quint64 LatestJob::begin()
{
    if (m_jobId)
        m_runner->cancel(m_jobId);
    setBusy(true);
    return ++m_generation;
}

bool LatestJob::end(quint64 generation)
{
    if (generation != m_generation)
        return false;
    m_jobId = 0;
    setBusy(false);
    return true;
}

void LatestJob::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace kestrel::ui
