#pragma once

#include "core/common/Error.h"
#include "core/common/Json.h"
#include "core/net/HttpClient.h"
#include "core/net/Retry.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::net {
struct SseEvent;
}

namespace kestrel::ai {

// How to reach one provider. The key is kept only in memory and is never
// written to a message, a log, the ledger or the workspace.
struct ProviderConfig
{
    std::string baseUrl;
    std::string apiKey;
    int connectTimeoutMs = 15'000;
    int readTimeoutMs = 60'000;
    // Retries after the first attempt for 429, 529 and other 5xx answers.
    int maxRetries = 3;
    // First backoff; doubles per attempt, with jitter in [50 %, 100 %].
    int retryBaseMs = 1'000;
    // Longest single wait (also caps a server's retry-after).
    int retryMaxDelayMs = 60'000;
};

struct ModelInfo
{
    std::string id;
    std::string displayName;
};

struct ModelList
{
    std::vector<ModelInfo> models;
    // True when the provider could not be asked and a built-in list was used.
    bool fromFallback = false;
    // Why the fallback was used (redacted), empty otherwise.
    std::string note;
};

struct CompletionRequest
{
    std::string model;
    std::string system;
    std::string prompt;
    int maxTokens = 2'048;
    double temperature = 0.2;
};

// What one call produced. Token counts are those the provider reported
// (nothing when it reported none). A stream cut short keeps its text and is
// marked incomplete with the reason.
struct Completion
{
    std::string provider;
    std::string model;
    std::string text;
    std::string stopReason;
    std::optional<std::int64_t> inputTokens;
    std::optional<std::int64_t> outputTokens;
    bool incomplete = false;
    std::string incompleteReason;
    std::int64_t durationMs = 0;
    int attempts = 0;
};

// A provider failure a person can act on; the message is already redacted.
class ProviderError : public Error
{
public:
    ProviderError(const std::string& message, int status = 0, bool retryable = false);
    int status() const { return m_status; }
    bool retryable() const { return m_retryable; }

private:
    int m_status;
    bool m_retryable;
};

// Receives the answer's text as it streams (UTF-8, always whole characters).
// Throwing from it stops the call and the exception propagates.
using TextSink = std::function<void(std::string_view)>;

// One AI provider: lists its models and streams a completion. Implementations
// are used from one thread at a time; every call blocks the calling thread
// (a JobRunner job, a QThread) and returns within ~25 ms of `stop` being
// requested, throwing kestrel::Cancelled - unless text had already arrived,
// in which case the partial Completion comes back marked incomplete.
class Provider
{
public:
    virtual ~Provider() = default;

    // One of provider_id::kAll (core/common/ProviderIds.h): the id stored in the ledger.
    virtual std::string id() const = 0;
    // For a person: "Anthropic", "OpenAI-compatible (http://localhost:8080)".
    virtual std::string displayName() const = 0;
    virtual bool usesNetwork() const { return true; }

    // Models the provider offers, newest first when it says so. Never throws
    // for a provider failure: falls back to a built-in list with a note.
    virtual ModelList listModels(std::stop_token stop) = 0;

    // The exact JSON body complete() would send: the prompt preview.
    virtual Json requestBody(const CompletionRequest& request) const = 0;

    // Sends the request and streams the answer. Throws ProviderError with an
    // actionable message, or kestrel::Cancelled.
    virtual Completion complete(const CompletionRequest& request, const TextSink& onText,
                                std::stop_token stop) = 0;
};

// The actionable message for an HTTP failure status (`body` is the error
// response, from which the provider's own message is quoted). Redacted.
std::string describeHttpFailure(const std::string& providerName, int status,
                                const std::string& body, const std::string& model, int attempts);

// The actionable message for a response that never completed (timeouts,
// refused connections). Redacted.
std::string transportFailureMessage(const std::string& providerName,
                                    const net::HttpResponse& response,
                                    const ProviderConfig& config);

// The retry policy of a provider's configuration.
net::RetryPolicy retryPolicy(const ProviderConfig& config);

// `base` without a trailing slash, checked to be an http(s) URL.
std::string normaliseBaseUrl(const std::string& base, const std::string& providerName);

// A request to `url` with the provider's headers and the configured timeouts.
net::HttpRequest providerRequest(const std::string& url,
                                 std::vector<std::pair<std::string, std::string>> headers,
                                 const ProviderConfig& config);

// A POST of the JSON `body` to `url` that asks for server-sent events.
net::HttpRequest streamingRequest(const std::string& url,
                                  std::vector<std::pair<std::string, std::string>> headers,
                                  std::string body, const ProviderConfig& config);

// Sends a streaming completion request with retries, handing every
// server-sent event to `onEvent`, and records attempts and duration in `c`.
// A cancellation after some text arrived keeps that text: `c` is marked
// incomplete and nothing is returned; before any text it throws Cancelled.
std::optional<net::HttpResponse>
streamCompletion(const net::HttpRequest& request, const ProviderConfig& config,
                 std::stop_token stop, Completion& c,
                 const std::function<void(const net::SseEvent&)>& onEvent);

// Why a stream ended without its end marker.
std::string streamEndReason(const std::string& streamError, const net::HttpResponse& response);

// The model ids of a list, comma separated.
std::string joinModelIds(const ModelList& models);

} // namespace kestrel::ai
