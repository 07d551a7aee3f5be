#pragma once

#include "core/jobs/JobRunner.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace kestrel::ui {

// Keeps one view's background recomputation current: each run() cancels the
// job started before it and drops its result, so a burst of filter changes
// ends with the newest result on screen, never an older one arriving late.
class LatestJob : public QObject
{
    Q_OBJECT
public:
    explicit LatestJob(QObject* parent = nullptr);
    ~LatestJob() override;

    void setRunner(jobs::JobRunner* runner);
    jobs::JobRunner* runner() const { return m_runner; }

    // Runs `work` on the pool, then `apply` with its result on the UI thread,
    // unless a newer run() came in between.
    template <typename T>
    void run(const QString& title, std::function<T(jobs::JobContext&)> work,
             std::function<void(const T&)> apply)
    {
        auto result = std::make_shared<T>();
        start(
            title,
            [result, work = std::move(work)](jobs::JobContext& ctx) { *result = work(ctx); },
            [result, apply = std::move(apply)] { apply(*result); });
    }

    // Cancels the running job, if any; its result will be ignored.
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    // The newest job failed; `error` is its message.
    void failed(const QString& error);

private:
    void start(const QString& title, std::function<void(jobs::JobContext&)> work,
               std::function<void()> apply);
    void setBusy(bool busy);

    QPointer<jobs::JobRunner> m_runner;
    int m_jobId = 0;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace kestrel::ui
