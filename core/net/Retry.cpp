#include "core/net/Retry.h"

#include "core/common/Error.h"
#include "core/common/Random.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <random>

namespace kestrel::net {

bool retryableStatus(int status)
{
    return status == 429 || status == 529 || (status >= 500 && status <= 599);
}

std::optional<double> parseRetryAfter(const std::string& value)
{
    if (value.empty())
        return std::nullopt;
    char* end = nullptr;
    const double s = std::strtod(value.c_str(), &end);
    if (end == value.c_str() || !std::isfinite(s) || s < 0)
        return std::nullopt;
    return s;
}

void sleepFor(std::int64_t ms, std::stop_token stop)
{
    if (ms <= 0)
        return;
    std::mutex m;
    std::condition_variable_any cv;
    std::unique_lock lock(m);
    cv.wait_for(lock, stop, std::chrono::milliseconds(ms), [] { return false; });
    if (stop.stop_requested())
        throw Cancelled();
}

HttpResponse sendWithRetry(const HttpRequest& request, const RetryPolicy& policy,
                           const HttpClient::DataSink& sink, std::stop_token stop, int& attempts)
{
    thread_local Rng rng(std::random_device{}());
    attempts = 0;
    for (;;) {
        if (stop.stop_requested())
            throw Cancelled();
        ++attempts;
        // Only a 2xx body reaches the sink, so a retried attempt leaves no trace in it.
        HttpResponse response = HttpClient::send(request, sink, stop);
        if (response.outcome == HttpOutcome::Cancelled)
            throw Cancelled();
        if (response.outcome != HttpOutcome::Finished || !retryableStatus(response.status) ||
            attempts > policy.maxRetries)
            return response;

        double waitMs = policy.baseDelayMs * std::pow(2.0, attempts - 1);
        waitMs *= std::uniform_real_distribution<double>(0.5, 1.0)(rng);
        const auto it = response.headers.find("retry-after");
        if (it != response.headers.end()) {
            if (const auto s = parseRetryAfter(it->second))
                waitMs = *s * 1000.0 + std::uniform_real_distribution<double>(0.0, 100.0)(rng);
        }
        waitMs = std::min<double>(waitMs, policy.maxDelayMs);
        sleepFor(static_cast<std::int64_t>(waitMs), stop);
    }
}

} // namespace kestrel::net
