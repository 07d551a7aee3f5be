#include "core/common/Json.h"
#include "core/ai/AnthropicProvider.h"

#include "core/net/Redaction.h"
#include "core/net/SseParser.h"

namespace kestrel::ai {

AnthropicProvider::AnthropicProvider(ProviderConfig config) : m_config(std::move(config))
{
    m_base = normaliseBaseUrl(m_config.baseUrl.empty() ? kDefaultBaseUrl : m_config.baseUrl,
                              "Anthropic");
    net::Redaction::registerSecret(m_config.apiKey);
}

std::string AnthropicProvider::displayName() const
{
    return m_base == kDefaultBaseUrl ? "Anthropic" : "Anthropic (" + m_base + ")";
}

std::vector<std::pair<std::string, std::string>> AnthropicProvider::headers() const
{
    std::vector<std::pair<std::string, std::string>> h = {
        {"anthropic-version", kApiVersion},
        {"content-type", "application/json"},
        {"accept", "application/json"},
    };
    if (!m_config.apiKey.empty())
        h.emplace_back("x-api-key", m_config.apiKey);
    return h;
}

std::vector<ModelInfo> AnthropicProvider::fallbackModels()
{
    // Aliases that follow the newest model of each family.
    return {{"claude-sonnet-4-5", "Claude Sonnet 4.5"},
            {"claude-opus-4-1", "Claude Opus 4.1"},
            {"claude-haiku-4-5", "Claude Haiku 4.5"}};
}

ModelList AnthropicProvider::listModels(std::stop_token stop)
{
    ModelList list;
    std::string after;
    try {
        for (int page = 0; page < 50; ++page) {
            const net::HttpRequest req = providerRequest(
                m_base + "/v1/models?limit=100" + (after.empty() ? "" : "&after_id=" + after),
                headers(), m_config);
            int attempts = 0;
            const net::HttpResponse r =
                net::sendWithRetry(req, retryPolicy(m_config), {}, stop, attempts);
            if (r.outcome != net::HttpOutcome::Finished)
                throw ProviderError(transportFailureMessage("Anthropic", r, m_config));
            if (r.status != 200)
                throw ProviderError(
                    describeHttpFailure("Anthropic", r.status, r.body, "", attempts), r.status);
            const Json j = Json::parse(r.body, nullptr, false);
            if (!j.is_object() || !j.contains("data") || !j["data"].is_array())
                throw ProviderError(
                    "Anthropic answered the model list with something that is not a model list.");
            for (const Json& m : j["data"]) {
                if (!m.contains("id") || !m["id"].is_string())
                    continue;
                list.models.push_back({m["id"].get<std::string>(),
                                       m.value("display_name", m["id"].get<std::string>())});
            }
            if (!j.value("has_more", false))
                break;
            const std::string last = j.contains("last_id") && j["last_id"].is_string()
                                         ? j["last_id"].get<std::string>()
                                         : std::string();
            if (last.empty() || last == after)
                break;
            after = last;
        }
        if (list.models.empty())
            throw ProviderError("Anthropic listed no models for this key.");
    } catch (const Cancelled&) {
        throw;
    } catch (const Error& e) {
        list.models = fallbackModels();
        list.fromFallback = true;
        list.note = net::Redaction::redact(std::string("Could not list models (") + e.what() +
                                           "); showing Kestrel's built-in list.");
    }
    return list;
}

Json AnthropicProvider::requestBody(const CompletionRequest& request) const
{
    Json body = {
        {"model", request.model},
        {"max_tokens", request.maxTokens},
        {"temperature", request.temperature},
        {"stream", true},
        {"messages", Json::array({{{"role", "user"}, {"content", request.prompt}}})},
    };
    if (!request.system.empty())
        body["system"] = request.system;
    return body;
}

Completion AnthropicProvider::complete(const CompletionRequest& request, const TextSink& onText,
                                       std::stop_token stop)
{
    if (request.model.empty())
        throw ProviderError(
            "No Anthropic model chosen: pick one in Settings › AI providers or pass --model.");
    Completion c;
    c.provider = id();
    c.model = request.model;

    const net::HttpRequest req = streamingRequest(m_base + "/v1/messages", headers(),
                                                  dumpJson(requestBody(request)), m_config);

    bool stopped = false;
    std::string streamError;
    auto handle = [&](const net::SseEvent& ev) {
        const Json j = Json::parse(ev.data, nullptr, false);
        if (j.is_discarded())
            return;
        const std::string type = j.value("type", ev.event);
        if (type == "message_start") {
            const Json& m = j.value("message", Json::object());
            if (m.contains("model") && m["model"].is_string())
                c.model = m["model"].get<std::string>();
            if (m.contains("usage")) {
                const Json& u = m["usage"];
                if (u.contains("input_tokens") && u["input_tokens"].is_number())
                    c.inputTokens = u["input_tokens"].get<std::int64_t>();
                if (u.contains("output_tokens") && u["output_tokens"].is_number())
                    c.outputTokens = u["output_tokens"].get<std::int64_t>();
            }
        } else if (type == "content_block_delta") {
            const Json& d = j.value("delta", Json::object());
            if (d.value("type", "") == "text_delta" && d.contains("text") &&
                d["text"].is_string()) {
                const std::string text = d["text"].get<std::string>();
                c.text += text;
                if (onText)
                    onText(text);
            }
        } else if (type == "message_delta") {
            const Json& d = j.value("delta", Json::object());
            if (d.contains("stop_reason") && d["stop_reason"].is_string())
                c.stopReason = d["stop_reason"].get<std::string>();
            if (j.contains("usage")) {
                const Json& u = j["usage"];
                if (u.contains("output_tokens") && u["output_tokens"].is_number())
                    c.outputTokens = u["output_tokens"].get<std::int64_t>();
                if (u.contains("input_tokens") && u["input_tokens"].is_number())
                    c.inputTokens = u["input_tokens"].get<std::int64_t>();
            }
        } else if (type == "message_stop") {
            stopped = true;
        } else if (type == "error") {
            const Json& e = j.value("error", Json::object());
            streamError = e.value("type", "error") + ": " + e.value("message", "");
        }
        // ping, content_block_start and content_block_stop carry nothing we keep.
    };

    const std::optional<net::HttpResponse> streamed =
        streamCompletion(req, m_config, stop, c, handle);
    if (!streamed)
        return c;
    const net::HttpResponse& r = *streamed;

    if (r.status == 404) {
        std::string msg =
            describeHttpFailure("Anthropic", r.status, r.body, request.model, c.attempts);
        const ModelList models = listModels(stop);
        msg += " Available models" + std::string(models.fromFallback ? " (built-in list)" : "") +
               ": " + joinModelIds(models) + ".";
        throw ProviderError(msg, 404);
    }
    if (r.status != 0 && (r.status < 200 || r.status >= 300))
        throw ProviderError(
            describeHttpFailure("Anthropic", r.status, r.body, request.model, c.attempts),
            r.status);
    if (r.outcome != net::HttpOutcome::Finished && c.text.empty())
        throw ProviderError(transportFailureMessage("Anthropic", r, m_config));
    if (!streamError.empty() && c.text.empty())
        throw ProviderError("Anthropic reported an error in the stream: " + streamError +
                            ". Try again, or pick another model.");
    if (!stopped) {
        c.incomplete = true;
        c.incompleteReason = streamEndReason(streamError, r);
    }
    if (c.stopReason == "max_tokens" && !c.incomplete) {
        c.incomplete = true;
        c.incompleteReason = "the answer reached the max tokens limit";
    }
    return c;
}

} // namespace kestrel::ai
