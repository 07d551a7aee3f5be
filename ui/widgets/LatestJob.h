#pragma once

#include "core/jobs/JobRunner.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

namespace kestrel::ui {

// Keeps one view's background recomputation current: each run() cancels the
// job started before it and drops its result, so a burst of filter changes
// ends with the newest result on screen, never an older one arriving late.
// Runs on the JobRunner's Interactive lane as an unlisted job (a view refresh
// is not user work for the Jobs dock), through submit<T>.
class LatestJob : public QObject
{
    Q_OBJECT
public:
    explicit LatestJob(QObject* parent = nullptr);
    ~LatestJob() override;

    void setRunner(jobs::JobRunner* runner);
    jobs::JobRunner* runner() const { return m_runner; }

    // Runs `work` on the Interactive lane, then `apply` with its result (moved
    // in; a lambda taking const T& fits too) on this object's thread, unless a
    // newer run() or cancel() came in between.
    template <typename T>
    void run(const QString& title, std::function<T(jobs::JobContext&)> work,
             std::function<void(T&&)> apply)
    {
        if (!m_runner)
            return;
        const quint64 generation = begin();
        m_jobId = m_runner->submit<T>(
            title, jobs::JobOptions::view(), std::move(work), this,
            [this, generation, apply = std::move(apply)](T result) {
                if (end(generation))
                    apply(std::move(result));
            },
            [this, generation](const QString& error) {
                if (end(generation))
                    emit failed(error);
            });
    }

    // Cancels the running job, if any; its result will be ignored.
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    // The newest job failed; `error` is its message.
    void failed(const QString& error);

private:
    // Cancels the previous job and marks busy; returns the new generation.
    quint64 begin();
    // True when `generation` is still the newest (and clears busy then).
    bool end(quint64 generation);
    void setBusy(bool busy);

    QPointer<jobs::JobRunner> m_runner;
    int m_jobId = 0;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace kestrel::ui
