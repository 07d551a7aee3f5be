#include "core/ai/Provider.h"

#include "core/net/Redaction.h"
#include "core/net/SseParser.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace kestrel::ai {

ProviderError::ProviderError(const std::string& message, int status, bool retryable)
    : Error(net::Redaction::redact(message)), m_status(status), m_retryable(retryable)
{
}

namespace {

// The provider's own words from an error body: Anthropic's
// {"type":"error","error":{"message":...}} or OpenAI's {"error":{"message":...}}.
std::string providerMessage(const std::string& body)
{
    const Json j = Json::parse(body, nullptr, false);
    if (j.is_object()) {
        if (j.contains("error")) {
            const Json& e = j["error"];
            if (e.is_object() && e.contains("message") && e["message"].is_string())
                return e["message"].get<std::string>();
            if (e.is_string())
                return e.get<std::string>();
        }
        if (j.contains("message") && j["message"].is_string())
            return j["message"].get<std::string>();
    }
    std::string text = body.substr(0, 300);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

} // namespace

std::string describeHttpFailure(const std::string& providerName, int status,
                                const std::string& body, const std::string& model, int attempts)
{
    const std::string quoted = providerMessage(body);
    const std::string said =
        quoted.empty() ? std::string() : " The provider said: \"" + quoted + "\".";
    const std::string tries =
        attempts > 1 ? " (after " + std::to_string(attempts) + " attempts)" : std::string();
    std::string msg;
    switch (status) {
    case 400:
        msg =
            providerName + " rejected the request as invalid (400)." + said +
            " Check the model, max tokens and temperature in Settings › AI providers, or lower the "
            "token cap.";
        break;
    case 401:
        msg =
            providerName + ": the API key was refused (401): check it in Settings › AI providers.";
        break;
    case 403:
        msg = providerName + ": the API key is not allowed to do this (403)." + said +
              " Check the key's permissions or the organisation's access to model '" + model + "'.";
        break;
    case 404:
        msg = providerName + ": model '" + model + "' was not found (404)." + said;
        break;
    case 413:
        msg = providerName +
              ": the request is too large (413). Lower the token cap in the analysis "
              "options or narrow the timeframe or the models.";
        break;
    case 429:
        msg = providerName + " is rate-limiting these requests (429)" + tries + "." + said +
              " Wait a minute, lower requests per minute in Settings, or raise the retry count.";
        break;
    case 529:
        msg = providerName + " is overloaded (529)" + tries +
              ". Try again in a few minutes, pick another model, or use the built-in analyst.";
        break;
    default:
        if (status >= 500)
            msg = providerName + " had a server error (" + std::to_string(status) + ")" + tries +
                  "." + said + " Try again later or use the built-in analyst.";
        else
            msg = providerName + " answered HTTP " + std::to_string(status) + "." + said;
    }
    return net::Redaction::redact(msg);
}

std::string transportFailureMessage(const std::string& providerName,
                                    const net::HttpResponse& response, const ProviderConfig& config)
{
    auto seconds = [](int ms) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", ms / 1000.0);
        return std::string(buf);
    };
    std::string msg;
    switch (response.outcome) {
    case net::HttpOutcome::ConnectTimeout:
        msg = providerName + " did not answer within " + seconds(config.connectTimeoutMs) +
              " s (connect timeout). Check the base URL and the network, or raise the timeout in "
              "Settings › AI providers.";
        break;
    case net::HttpOutcome::ReadTimeout:
        msg = providerName + " stopped sending for more than " + seconds(config.readTimeoutMs) +
              " s (read timeout). Try again, or raise the timeout in Settings › AI providers.";
        break;
    default:
        msg = providerName + " could not be reached (" + response.errorString +
              "). Check the base URL and the network connection.";
    }
    return net::Redaction::redact(msg);
}

net::RetryPolicy retryPolicy(const ProviderConfig& config)
{
    return net::RetryPolicy{config.maxRetries, config.retryBaseMs, config.retryMaxDelayMs};
}

std::string normaliseBaseUrl(const std::string& base, const std::string& providerName)
{
    std::string url = base;
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
        throw Error("The base URL for " + providerName +
                    " must start with http:// or https:// (got '" + net::Redaction::redact(base) +
                    "'). Fix it in Settings › AI providers.");
    // Accept a base given with the version path as many gateways document it.
    if (url.size() >= 3 && url.compare(url.size() - 3, 3, "/v1") == 0)
        url.erase(url.size() - 3);
    return url;
}

net::HttpRequest providerRequest(const std::string& url,
                                 std::vector<std::pair<std::string, std::string>> headers,
                                 const ProviderConfig& config)
{
    net::HttpRequest req;
    req.url = url;
    req.headers = std::move(headers);
    req.connectTimeoutMs = config.connectTimeoutMs;
    req.readTimeoutMs = config.readTimeoutMs;
    return req;
}

net::HttpRequest streamingRequest(const std::string& url,
                                  std::vector<std::pair<std::string, std::string>> headers,
                                  std::string body, const ProviderConfig& config)
{
    net::HttpRequest req = providerRequest(url, std::move(headers), config);
    req.method = "POST";
    req.headers.emplace_back("accept", "text/event-stream");
    req.body = std::move(body);
    return req;
}

std::optional<net::HttpResponse>
streamCompletion(const net::HttpRequest& request, const ProviderConfig& config,
                 std::stop_token stop, Completion& c,
                 const std::function<void(const net::SseEvent&)>& onEvent)
{
    const auto t0 = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now() - t0)
            .count();
    };
    net::SseParser parser;
    net::HttpResponse r;
    try {
        r = net::sendWithRetry(
            request, retryPolicy(config),
            [&](std::string_view bytes) {
                for (const net::SseEvent& ev : parser.feed(bytes))
                    onEvent(ev);
            },
            stop, c.attempts);
    } catch (const Cancelled&) {
        if (c.text.empty())
            throw;
        c.incomplete = true;
        c.incompleteReason = "cancelled";
        c.durationMs = elapsed();
        return std::nullopt;
    }
    for (const net::SseEvent& ev : parser.finish())
        onEvent(ev);
    c.durationMs = elapsed();
    return r;
}

std::string streamEndReason(const std::string& streamError, const net::HttpResponse& response)
{
    return !streamError.empty() ? "the stream reported " + streamError
           : response.outcome == net::HttpOutcome::ReadTimeout ? "read timeout"
                                                               : "the connection ended early";
}

std::string joinModelIds(const ModelList& models)
{
    std::string names;
    for (const ModelInfo& m : models.models)
        names += (names.empty() ? "" : ", ") + m.id;
    return names;
}

} // namespace kestrel::ai
