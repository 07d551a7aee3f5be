#include "core/anomaly/Parallel.h"

#include "core/common/Error.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kestrel::anomaly {

int resolveThreads(int threads)
{
    if (threads > 0)
        return threads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void parallelChunks(std::size_t chunks, int threads, const std::function<void(std::size_t)>& work,
                    Feedback& feedback, double progressFrom, double progressTo)
{
    if (chunks == 0)
        return;
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex errorMutex;

    auto loop = [&](bool reporter) {
        for (;;) {
            if (failed.load(std::memory_order_relaxed) || feedback.stopRequested())
                return;
            const std::size_t chunk = next.fetch_add(1);
            if (chunk >= chunks)
                return;
            try {
                work(chunk);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                failed = true;
                return;
            }
            const std::size_t finished = done.fetch_add(1) + 1;
            if (reporter)
                feedback.report(progressFrom + (progressTo - progressFrom) *
                                                   static_cast<double>(finished) /
                                                   static_cast<double>(chunks));
        }
    };

    const int n = std::min<int>(resolveThreads(threads), static_cast<int>(chunks));
    {
        std::vector<std::jthread> pool;
        pool.reserve(static_cast<std::size_t>(n - 1));
        for (int t = 1; t < n; ++t)
            pool.emplace_back([&] { loop(false); });
        loop(true);
    }
    if (error)
        std::rethrow_exception(error);
    feedback.throwIfStopped();
    feedback.report(progressTo);
}

} // namespace kestrel::anomaly
