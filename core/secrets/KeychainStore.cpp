#include "core/secrets/KeychainStore.h"

#include <QCoreApplication>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace kestrel::secrets {

namespace {

KeychainStatus statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainStatus::Ok;
    case QKeychain::EntryNotFound:
        return KeychainStatus::NotFound;
    // QtKeychain reports a missing D-Bus session or secret service as one of
    // these two at the first job.
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return KeychainStatus::Unavailable;
    default:
        return KeychainStatus::Failed;
    }
}

// QtKeychain's Secret Service backend (libsecret) binds its D-Bus objects to
// the GLib context of the thread that first used it, and needs that context
// running for later calls. So every job runs on one long-lived thread whose
// event loop always runs; callers on any thread wait for the answer with a
// timeout. Nothing here spins an event loop on the caller's thread.
class KeychainThread
{
public:
    static KeychainThread& instance()
    {
        static KeychainThread* thread = [] {
            auto* t = new KeychainThread;
            // Stopped when the application object goes away, before statics die.
            qAddPostRoutine([] { instance().stop(); });
            return t;
        }();
        return *thread;
    }

    KeychainResult run(std::function<QKeychain::Job*()> makeJob, int timeoutMs)
    {
        struct State
        {
            std::mutex mutex;
            std::condition_variable done;
            bool finished = false;
            KeychainResult result;
        };
        auto state = std::make_shared<State>();
        QMetaObject::invokeMethod(
            m_context,
            [state, makeJob = std::move(makeJob)] {
                QKeychain::Job* job = makeJob();
                job->setAutoDelete(true);
                job->setInsecureFallback(false); // never a plain-text QSettings copy
                QObject::connect(job, &QKeychain::Job::finished, [state](QKeychain::Job* j) {
                    KeychainResult r;
                    r.status = statusOf(j->error());
                    if (r.status == KeychainStatus::Ok) {
                        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j))
                            r.value = read->textData().toStdString();
                    } else {
                        r.message = j->errorString().toStdString();
                    }
                    std::lock_guard lock(state->mutex);
                    state->result = std::move(r);
                    state->finished = true;
                    state->done.notify_all();
                });
                job->start();
            },
            Qt::QueuedConnection);

        std::unique_lock lock(state->mutex);
        if (!state->done.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                  [&] { return state->finished; })) {
            KeychainResult r;
            r.status = KeychainStatus::Failed;
            r.message = "the keychain did not answer within " + std::to_string(timeoutMs / 1000) +
                        " s (is it waiting to be unlocked?)";
            return r;
        }
        return state->result;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("kestrel-keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }

    void stop()
    {
        m_thread.quit();
        m_thread.wait(5'000);
    }

    QThread m_thread;
    QObject* m_context = nullptr;
};

} // namespace

KeychainStore::KeychainStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

KeychainResult KeychainStore::read(const std::string& name) const
{
    const QString service = m_service;
    const QString key = QString::fromStdString(name);
    return KeychainThread::instance().run(
        [service, key]() -> QKeychain::Job* {
            auto* job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        m_timeoutMs);
}

KeychainResult KeychainStore::write(const std::string& name, const std::string& value) const
{
    const QString service = m_service;
    const QString key = QString::fromStdString(name);
    const QString text = QString::fromStdString(value);
    return KeychainThread::instance().run(
        [service, key, text]() -> QKeychain::Job* {
            auto* job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setTextData(text);
            return job;
        },
        m_timeoutMs);
}

KeychainResult KeychainStore::remove(const std::string& name) const
{
    const QString service = m_service;
    const QString key = QString::fromStdString(name);
    KeychainResult result = KeychainThread::instance().run(
        [service, key]() -> QKeychain::Job* {
            auto* job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        m_timeoutMs);
    if (result.status == KeychainStatus::NotFound)
        result.status = KeychainStatus::Ok; // already gone
    return result;
}

} // namespace kestrel::secrets
