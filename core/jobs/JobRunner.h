#pragma once

#include "core/common/Progress.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVariant>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <stop_token>

namespace kestrel::jobs {

enum class JobState { Queued, Running, Finished, Failed, Cancelled };

QString toString(JobState state);

// What the Jobs view shows about one job.
struct JobInfo
{
    int id = 0;
    QString title;
    JobState state = JobState::Queued;
    double progress = 0.0;
    QString message; // last status line, or the error when failed
    QDateTime submitted;
    QDateTime finished;
};

// Handed to the work function on its worker thread. Thread-safe.
class JobContext
{
public:
    bool isCancelled() const { return m_stop.stop_requested(); }
    std::stop_token stopToken() const { return m_stop; }
    // Reports progress in [0, 1] (throttled before it reaches the UI thread).
    void setProgress(double fraction);
    void setMessage(const QString& message);
    // A Feedback for the compute modules, wired to this job's progress and stop.
    Feedback feedback();

private:
    friend class JobRunner;
    std::stop_token m_stop;
    std::function<void(double)> m_onProgress;
    std::function<void(const QString&)> m_onMessage;
};

// Runs background work on a QThreadPool. A job is a function of a JobContext
// returning a QVariant; it ends Finished with that result, Failed when it throws
// (the exception's message becomes the error) or Cancelled when it stops after
// cancel() (throwing kestrel::Cancelled, or returning after isCancelled()).
// Signals arrive on the thread that owns the runner. The destructor cancels
// every job and waits for the workers.
//
// A finished job keeps only its JobInfo, and only the newest kHistory finished
// jobs are kept at all (jobForgotten() tells when an older one goes): the
// result and the completion callback, which may own large data, are released
// as soon as the callback has run, so a view that recomputes all day keeps
// its memory flat.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<QVariant(JobContext&)>;
    // Called on the runner's thread when the job ends; `error` is empty unless
    // it failed. Not called when the job was cancelled.
    using Done = std::function<void(const QVariant& result, const QString& error)>;

    // How many finished, failed or cancelled jobs jobs() still lists.
    static constexpr int kHistory = 200;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    int submit(const QString& title, Work work, Done done = {});
    void cancel(int id);
    void cancelAll();
    // Blocks until every job has ended (or msecs passed); for tests and shutdown.
    bool waitForDone(int msecs = -1);

    void setThreadCount(int count);
    int threadCount() const;

    QList<JobInfo> jobs() const;
    JobInfo job(int id) const;
    int runningCount() const;

signals:
    void jobAdded(int id);
    void jobChanged(int id);
    void jobProgress(int id, double progress);
    void jobFinished(int id, const QVariant& result);
    void jobFailed(int id, const QString& error);
    void jobCancelled(int id);
    // An ended job dropped from the history (job(id) now returns an empty JobInfo).
    void jobForgotten(int id);

private:
    struct Entry;
    void finish(int id, JobState state, const QVariant& result, const QString& error);

    QThreadPool m_pool;
    QHash<int, std::shared_ptr<Entry>> m_entries;
    std::deque<int> m_ended; // ids of ended jobs still kept, oldest first
    int m_nextId = 1;
};

} // namespace kestrel::jobs
