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
        if (id == m_jobId)
            setBusy(false);
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

void LatestJob::start(const QString& title, std::function<void(jobs::JobContext&)> work,
                      std::function<void()> apply)
{
    if (!m_runner)
        return;
    if (m_jobId)
        m_runner->cancel(m_jobId);
    const quint64 generation = ++m_generation;
    QPointer<LatestJob> self(this);
    setBusy(true);
    m_jobId = m_runner->submit(
        title,
        [work = std::move(work)](jobs::JobContext& ctx) {
            work(ctx);
            return QVariant();
        },
        [self, generation, apply = std::move(apply)](const QVariant&, const QString& error) {
            if (!self || generation != self->m_generation)
                return;
            self->m_jobId = 0;
            self->setBusy(false);
            if (error.isEmpty())
                apply();
            else
                emit self->failed(error);
        });
}

void LatestJob::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace kestrel::ui
