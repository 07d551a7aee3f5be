#pragma once

#include "core/common/Progress.h"

#include <cstddef>
#include <functional>

namespace kestrel::anomaly {

// Runs work(chunk) for chunk in [0, chunks) on up to `threads` threads
// (0 = all cores), the calling thread included. Chunks are handed out in
// order; each chunk must write only its own outputs, so results do not depend
// on the thread count. Progress is reported from the calling thread; a stop
// request ends the work and throws kestrel::Cancelled once the threads joined.
void parallelChunks(std::size_t chunks, int threads, const std::function<void(std::size_t)>& work,
                    Feedback& feedback, double progressFrom = 0.0, double progressTo = 1.0);

// Threads to use for `threads` (0 = hardware concurrency, at least 1).
int resolveThreads(int threads);

} // namespace kestrel::anomaly
