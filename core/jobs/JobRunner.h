#pragma once

#include "core/common/Progress.h"
#include "core/workspace/Database.h"

#include <QDateTime>
#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QVariant>

#include <array>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <type_traits>
#include <utility>

namespace kestrel::jobs {

enum class JobState
{
    Queued,
    Running,
    Finished,
    Failed,
    Cancelled
};

QString toString(JobState state);

// Each lane is its own thread pool with its own limit, so work of one kind
// never waits behind work of another: a training run in Long and an import in
// Bulk leave the Interactive threads free for the views.
enum class Lane
{
    Interactive, // view refreshes: short reads, several threads
    Bulk,        // imports, detection, exports, analyses
    Long,        // training and other runs of minutes or hours, one thread
};
inline constexpr int kLaneCount = 3;

struct JobOptions
{
    Lane lane = Lane::Bulk;
    // Shown in the Jobs dock (imports, detection, analyses). A view refresh is
    // not: it is dropped from jobs() as soon as it ends.
    bool listed = true;

    // A view refresh: Interactive lane, not listed.
    static JobOptions view() { return {Lane::Interactive, false}; }
    static JobOptions bulk() { return {Lane::Bulk, true}; }
    static JobOptions longRunning() { return {Lane::Long, true}; }
};

// What the Jobs view shows about one job.
struct JobInfo
{
    int id = 0;
    QString title;
    JobState state = JobState::Queued;
    double progress = 0.0;
    QString message; // last status line, or the error when failed
    QDateTime submitted;
    QDateTime started;
    QDateTime finished;
    Lane lane = Lane::Bulk;
    bool listed = true;

    // Milliseconds from start to end (or to now while running); -1 before it starts.
    qint64 durationMs() const;
};

// Handed to the work function on its worker thread. Thread-safe.
class JobContext
{
public:
    JobContext() = default;
    JobContext(const JobContext&) = delete;
    JobContext& operator=(const JobContext&) = delete;

    bool isCancelled() const { return m_stop.stop_requested(); }
    std::stop_token stopToken() const { return m_stop; }
    // Reports progress in [0, 1] (throttled before it reaches the UI thread).
    void setProgress(double fraction);
    void setMessage(const QString& message);
    // A Feedback for the compute modules, wired to this job's progress and stop.
    Feedback feedback();

    // While the returned guard lives, cancelling the job interrupts the
    // statement running on `db` (sqlite3_interrupt), so a long query stops at
    // once and throws; the job then ends Cancelled. Declare the guard after
    // the connection:
    //   auto db = workspace::Workspace::connect(path);
    //   auto interruption = ctx.interruptOnCancel(db);
    [[nodiscard]] workspace::InterruptOnStop interruptOnCancel(const workspace::Database& db) const
    {
        return workspace::InterruptOnStop(db, m_stop);
    }

private:
    friend class JobRunner;
    std::stop_token m_stop;
    std::function<void(double)> m_onProgress;
    std::function<void(const QString&)> m_onMessage;
};

// Runs background work on three thread pools, one per Lane. A job is a
// function of a JobContext returning a QVariant (or a T with submit<T>); it
// ends Finished with that result, Failed when it throws (the exception's
// message becomes the error) or Cancelled when it stops after cancel()
// (throwing kestrel::Cancelled, returning after isCancelled(), or any error
// raised once cancel() was called, such as an interrupted SQL statement).
// Signals arrive on the thread that owns the runner. The destructor cancels
// every job and waits for the workers.
//
// A finished job keeps only its JobInfo, and only the newest kHistory listed
// jobs are kept at all (jobForgotten() tells when an older one goes; an
// unlisted job goes as soon as it ends): the result and the completion
// callback, which may own large data, are released as soon as the callback
// has run, so a view that recomputes all day keeps its memory flat.
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
    // Threads of the Interactive lane: enough that the table's id list, its
    // preview, the summary and a chart all run at once (see docs/architecture.md).
    static constexpr int kInteractiveThreads = 4;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    int submit(const QString& title, Work work, Done done = {}, JobOptions options = {});

    // Runs `work` (returning T) and hands its result to `done(T)` on
    // `receiver`'s thread, unless `receiver` was destroyed meanwhile; `failed`
    // gets the error message. Neither is called when the job is cancelled.
    template <typename T, typename WorkFn, typename DoneFn>
    int submit(const QString& title, JobOptions options, WorkFn work, QObject* receiver,
               DoneFn done, std::function<void(const QString&)> failed = {});

    void cancel(int id);
    void cancelAll();
    // Blocks until every job has ended (or msecs passed); for tests and shutdown.
    bool waitForDone(int msecs = -1);

    // The Bulk lane's limit (the "worker threads" setting).
    void setThreadCount(int count);
    int threadCount() const;
    void setThreadCount(Lane lane, int count);
    int threadCount(Lane lane) const;

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
    QThreadPool& pool(Lane lane) { return m_pools[static_cast<size_t>(lane)]; }
    const QThreadPool& pool(Lane lane) const { return m_pools[static_cast<size_t>(lane)]; }

    std::array<QThreadPool, kLaneCount> m_pools;
    QHash<int, std::shared_ptr<Entry>> m_entries;
    std::deque<int> m_ended; // ids of ended listed jobs still kept, oldest first
    int m_nextId = 1;
};

template <typename T, typename WorkFn, typename DoneFn>
int JobRunner::submit(const QString& title, JobOptions options, WorkFn work, QObject* receiver,
                      DoneFn done, std::function<void(const QString&)> failed)
{
    static_assert(std::is_convertible_v<std::invoke_result_t<WorkFn&, JobContext&>, T>,
                  "the work function must return the job's result type");
    auto result = std::make_shared<std::optional<T>>();
    QPointer<QObject> guard(receiver);
    return submit(
        title,
        [result, work = std::move(work)](JobContext& ctx) mutable {
            result->emplace(work(ctx));
            return QVariant();
        },
        [result, guard, done = std::move(done),
         failed = std::move(failed)](const QVariant&, const QString& error) mutable {
            if (!guard)
                return;
            if (!error.isEmpty()) {
                if (failed)
                    QMetaObject::invokeMethod(guard.data(), [guard, failed, error] {
                        if (guard)
                            failed(error);
                    });
                return;
            }
            // Direct when the receiver lives on this thread, queued otherwise.
            QMetaObject::invokeMethod(guard.data(),
                                      [guard, result, done = std::move(done)]() mutable {
                                          if (guard && result->has_value())
                                              done(std::move(**result));
                                      });
        },
        options);
}

} // namespace kestrel::jobs
