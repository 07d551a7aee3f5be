#pragma once

#include "core/workspace/Database.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace kestrel::ui {

// Runs read queries of one kind (the run ids of a filter, a summary, ...) on a
// worker thread with its own connection to the workspace (one connection per
// thread), and hands the result back on the owner's thread. Only the latest
// request counts: a request still queued when a newer one arrives is skipped,
// and the result of an older one that already ran is dropped, so a burst of
// filter changes costs one query, not one per keystroke.
class BackgroundQuery : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundQuery(QObject* parent = nullptr);
    ~BackgroundQuery() override;

    void setWorkspace(const QString& path);
    const QString& workspace() const { return m_path; }
    bool isBusy() const { return m_pending > 0; }

    // `work` runs on the worker; `done` on this object's thread with the result
    // or the error message (result default-constructed then).
    template<class T>
    void run(std::function<T(workspace::Database&)> work,
             std::function<void(T&& result, const QString& error)> done);

    // Drops the results of every request made so far.
    void discard() { m_latest->fetch_add(1); }
    // Blocks until the worker is idle; for tests and shutdown.
    void wait() { m_pool.waitForDone(); }

signals:
    void busyChanged(bool busy);

private:
    void started();
    void ended();
    // Opens the connection the worker uses; throws kestrel::Error.
    static workspace::Database connect(const QString& path);

    QThreadPool m_pool;
    QString m_path;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    int m_pending = 0;
};

template<class T>
void BackgroundQuery::run(std::function<T(workspace::Database&)> work,
                          std::function<void(T&& result, const QString& error)> done)
{
    const int generation = m_latest->fetch_add(1) + 1;
    auto latest = m_latest;
    const QString path = m_path;
    started();
    m_pool.start([this, generation, latest, path, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<T>();
        QString error;
        if (latest->load() == generation) {
            try {
                workspace::Database db = connect(path);
                *result = work(db);
            } catch (const std::exception& e) {
                error = QString::fromUtf8(e.what());
            }
        }
        // The destructor waits for the pool, so `this` outlives the worker;
        // a queued call to a destroyed object is dropped by Qt.
        QMetaObject::invokeMethod(
            this,
            [this, generation, latest, result, error, done] {
                ended();
                if (latest->load() == generation)
                    done(std::move(*result), error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace kestrel::ui
