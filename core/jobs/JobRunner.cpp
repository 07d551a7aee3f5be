#include "core/jobs/JobRunner.h"

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace kestrel::jobs {

struct JobRunner::Entry
{
    JobInfo info;
    std::stop_source stop;
    Done done;
    std::atomic<double> lastReported{-1.0};
};

QString toString(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QCoreApplication::translate("Jobs", "Queued");
    case JobState::Running:
        return QCoreApplication::translate("Jobs", "Running");
    case JobState::Finished:
        return QCoreApplication::translate("Jobs", "Finished");
    case JobState::Failed:
        return QCoreApplication::translate("Jobs", "Failed");
    case JobState::Cancelled:
        return QCoreApplication::translate("Jobs", "Cancelled");
    }
    return {};
}

qint64 JobInfo::durationMs() const
{
    if (!started.isValid())
        return -1;
    return started.msecsTo(finished.isValid() ? finished : QDateTime::currentDateTime());
}

void JobContext::setProgress(double fraction)
{
    if (m_onProgress)
        m_onProgress(fraction);
}

void JobContext::setMessage(const QString& message)
{
    if (m_onMessage)
        m_onMessage(message);
}

Feedback JobContext::feedback()
{
    return Feedback([this](double f) { setProgress(f); }, m_stop);
}

JobRunner::JobRunner(QObject* parent) : QObject(parent)
{
    pool(Lane::Interactive).setMaxThreadCount(kInteractiveThreads);
    // Keep the view workers (and their stacks) alive between the frequent small reads.
    pool(Lane::Interactive).setExpiryTimeout(-1);
    pool(Lane::Bulk).setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    pool(Lane::Long).setMaxThreadCount(1);
}

JobRunner::~JobRunner()
{
    cancelAll();
    for (QThreadPool& p : m_pools)
        p.waitForDone();
}

int JobRunner::submit(const QString& title, Work work, Done done, JobOptions options)
{
    const int id = m_nextId++;
    auto entry = std::make_shared<Entry>();
    entry->info.id = id;
    entry->info.title = title;
    entry->info.submitted = QDateTime::currentDateTime();
    entry->info.lane = options.lane;
    entry->info.listed = options.listed;
    entry->done = std::move(done);
    m_entries.insert(id, entry);
    emit jobAdded(id);

    QPointer<JobRunner> self(this);
    const std::stop_token token = entry->stop.get_token();
    pool(options.lane).start([self, id, entry, token, work = std::move(work)]() {
        auto post = [self](auto fn) {
            if (self)
                QMetaObject::invokeMethod(self.data(), fn, Qt::QueuedConnection);
        };
        const QDateTime started = QDateTime::currentDateTime();
        post([self, id, started] {
            if (!self)
                return;
            auto it = self->m_entries.find(id);
            if (it != self->m_entries.end() && (*it)->info.state == JobState::Queued) {
                (*it)->info.state = JobState::Running;
                (*it)->info.started = started;
                emit self->jobChanged(id);
            }
        });
        JobContext ctx;
        ctx.m_stop = token;
        ctx.m_onProgress = [&post, self, id, entry](double f) {
            f = std::clamp(f, 0.0, 1.0);
            const double last = entry->lastReported.load();
            if (f < 1.0 && last >= 0.0 && f - last < 0.005)
                return;
            entry->lastReported.store(f);
            post([self, id, f] {
                if (!self)
                    return;
                auto it = self->m_entries.find(id);
                if (it == self->m_entries.end() || (*it)->info.state != JobState::Running)
                    return;
                (*it)->info.progress = f;
                emit self->jobProgress(id, f);
            });
        };
        ctx.m_onMessage = [&post, self, id](const QString& message) {
            post([self, id, message] {
                if (!self)
                    return;
                auto it = self->m_entries.find(id);
                if (it != self->m_entries.end()) {
                    (*it)->info.message = message;
                    emit self->jobChanged(id);
                }
            });
        };
        JobState state = JobState::Finished;
        QVariant result;
        QString error;
        if (token.stop_requested()) {
            state = JobState::Cancelled;
        } else {
            try {
                result = work(ctx);
                if (token.stop_requested())
                    state = JobState::Cancelled;
            } catch (const Cancelled&) {
                state = JobState::Cancelled;
            } catch (const std::exception& e) {
                // An error after cancel() (an interrupted statement) is the cancel.
                state = token.stop_requested() ? JobState::Cancelled : JobState::Failed;
                error = state == JobState::Failed ? QString::fromUtf8(e.what()) : QString();
            } catch (...) {
                state = token.stop_requested() ? JobState::Cancelled : JobState::Failed;
                if (state == JobState::Failed)
                    error = QCoreApplication::translate("Jobs", "Unknown error");
            }
        }
        post([self, id, state, result, error] {
            if (self)
                self->finish(id, state, result, error);
        });
    });
    return id;
}

void JobRunner::finish(int id, JobState state, const QVariant& result, const QString& error)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    const std::shared_ptr<Entry> entry = *it;
    entry->info.state = state;
    entry->info.finished = QDateTime::currentDateTime();
    if (!entry->info.started.isValid())
        entry->info.started = entry->info.finished;
    if (state == JobState::Finished)
        entry->info.progress = 1.0;
    if (state == JobState::Failed)
        entry->info.message = error;
    emit jobChanged(id);
    switch (state) {
    case JobState::Finished:
        emit jobFinished(id, result);
        break;
    case JobState::Failed:
        emit jobFailed(id, error);
        break;
    case JobState::Cancelled:
        emit jobCancelled(id);
        break;
    default:
        break;
    }
    // The callback (and whatever it captured) goes now, whether or not it runs.
    const Done done = std::exchange(entry->done, Done{});
    if (entry->info.listed) {
        m_ended.push_back(id);
    } else {
        m_entries.remove(id);
        emit jobForgotten(id);
    }
    while (static_cast<int>(m_ended.size()) > kHistory) {
        const int oldest = m_ended.front();
        m_ended.pop_front();
        m_entries.remove(oldest);
        emit jobForgotten(oldest);
    }
    if (done && state != JobState::Cancelled)
        done(result, error);
}

void JobRunner::cancel(int id)
{
    auto it = m_entries.find(id);
    if (it != m_entries.end())
        (*it)->stop.request_stop();
}

void JobRunner::cancelAll()
{
    for (auto& entry : m_entries)
        entry->stop.request_stop();
}

bool JobRunner::waitForDone(int msecs)
{
    const QDeadlineTimer deadline =
        msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
    bool done = true;
    for (QThreadPool& p : m_pools) {
        const qint64 left =
            deadline.isForever() ? -1 : std::max<qint64>(0, deadline.remainingTime());
        done = p.waitForDone(static_cast<int>(left)) && done;
    }
    // Deliver the queued state changes the workers posted.
    QCoreApplication::sendPostedEvents(this);
    return done;
}

void JobRunner::setThreadCount(int count)
{
    setThreadCount(Lane::Bulk, count);
}

int JobRunner::threadCount() const
{
    return threadCount(Lane::Bulk);
}

void JobRunner::setThreadCount(Lane lane, int count)
{
    pool(lane).setMaxThreadCount(std::max(1, count));
}

int JobRunner::threadCount(Lane lane) const
{
    return pool(lane).maxThreadCount();
}

QList<JobInfo> JobRunner::jobs() const
{
    QList<JobInfo> out;
    for (const auto& entry : m_entries)
        out.append(entry->info);
    std::sort(out.begin(), out.end(),
              [](const JobInfo& a, const JobInfo& b) { return a.id < b.id; });
    return out;
}

JobInfo JobRunner::job(int id) const
{
    auto it = m_entries.find(id);
    return it == m_entries.end() ? JobInfo{} : (*it)->info;
}

int JobRunner::runningCount() const
{
    int n = 0;
    for (const auto& entry : m_entries)
        n += entry->info.state == JobState::Running || entry->info.state == JobState::Queued;
    return n;
}

} // namespace kestrel::jobs
