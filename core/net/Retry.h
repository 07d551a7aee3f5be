#pragma once

#include "core/net/HttpClient.h"

#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>

namespace kestrel::net {

// When to send a request again: only after an answer that says "try later"
// (429, 529, 5xx). A request whose connection failed is never re-sent, so a
// POST that may have reached the server is not billed twice.
struct RetryPolicy
{
    // Retries after the first attempt.
    int maxRetries = 3;
    // First backoff; doubles per attempt, with jitter in [50 %, 100 %].
    int baseDelayMs = 1'000;
    // Longest single wait (also caps a server's retry-after).
    int maxDelayMs = 60'000;
};

// 429, 529 and every 5xx.
bool retryableStatus(int status);

// Seconds from a retry-after header value (delta-seconds form), if valid.
std::optional<double> parseRetryAfter(const std::string& value);

// Throws Cancelled after sleeping up to `ms` when `stop` is requested meanwhile.
void sleepFor(std::int64_t ms, std::stop_token stop);

// Sends with retries: a retryable status is retried after
// min(maxDelay, retry-after or base * 2^attempt * jitter). Waits are
// interruptible by `stop` (throws Cancelled). `sink` only ever sees the body
// of the attempt that succeeded; `attempts` receives how many were made.
HttpResponse sendWithRetry(const HttpRequest& request, const RetryPolicy& policy,
                           const HttpClient::DataSink& sink, std::stop_token stop, int& attempts);

} // namespace kestrel::net
