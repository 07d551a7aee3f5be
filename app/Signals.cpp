#include "app/Signals.h"

#include <pthread.h>
#include <signal.h>

namespace kestrel::app {

namespace {

sigset_t interruptSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

sigset_t g_previous;

} // namespace

InterruptScope::InterruptScope()
{
    const sigset_t set = interruptSignals();
    pthread_sigmask(SIG_BLOCK, &set, &g_previous);
    m_waiter = std::thread([this, set] {
        const timespec tick{0, 100'000'000};
        while (!m_done.load()) {
            const int sig = sigtimedwait(&set, nullptr, &tick);
            if (sig > 0) {
                m_signal = sig;
                m_stop.request_stop();
                return;
            }
        }
    });
}

InterruptScope::~InterruptScope()
{
    m_done = true;
    m_waiter.join();
    pthread_sigmask(SIG_SETMASK, &g_previous, nullptr);
}

} // namespace kestrel::app
