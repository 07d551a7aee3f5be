#pragma once

#include <functional>
#include <stop_token>

namespace kestrel {

// Receives progress in [0, 1]. Called from the worker thread.
using ProgressFn = std::function<void(double)>;

// What every long algorithm takes: where to report progress and when to stop.
// Reports are throttled so a tight loop can call report() freely: only a move
// of at least `step` (default 1 %) reaches the callback.
class Feedback
{
public:
    Feedback() = default;
    Feedback(ProgressFn progress, std::stop_token stop, double step = 0.01)
        : m_progress(std::move(progress)), m_stop(std::move(stop)), m_step(step)
    {
    }

    void report(double fraction);
    bool stopRequested() const { return m_stop.stop_requested(); }
    // Throws kestrel::Cancelled when a stop was requested.
    void throwIfStopped() const;
    const std::stop_token& stopToken() const { return m_stop; }

private:
    ProgressFn m_progress;
    std::stop_token m_stop;
    double m_step = 0.01;
    double m_last = -1.0;
};

} // namespace kestrel
