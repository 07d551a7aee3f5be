#pragma once

#include <atomic>
#include <stop_token>
#include <thread>

namespace kestrel::app {

// While alive, SIGINT and SIGTERM do not kill the process: they request a
// stop on token(), which a long command passes to its kestrel::Feedback so
// the work ends cleanly (a rolled-back transaction). Construct before any
// thread the work starts, so that every thread inherits the blocked signals;
// a dedicated thread waits for them with sigtimedwait(). The destructor restores
// the previous signal mask.
class InterruptScope
{
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

    std::stop_token token() const { return m_stop.get_token(); }
    // The signal that requested the stop, or 0.
    int signal() const { return m_signal; }

private:
    std::stop_source m_stop;
    std::atomic<int> m_signal{0};
    std::atomic<bool> m_done{false};
    std::thread m_waiter;
};

} // namespace kestrel::app
