#include "core/common/Json.h"
#include "core/ai/OpenAiCompatibleProvider.h"

#include "core/net/Redaction.h"
#include "core/net/SseParser.h"

namespace kestrel::ai {

OpenAiCompatibleProvider::OpenAiCompatibleProvider(ProviderConfig config)
    : m_config(std::move(config))
{
    m_base = normaliseBaseUrl(m_config.baseUrl.empty() ? kDefaultBaseUrl : m_config.baseUrl,
                              "the OpenAI-compatible provider");
    net::Redaction::registerSecret(m_config.apiKey);
}

std::string OpenAiCompatibleProvider::displayName() const
{
    return "OpenAI-compatible (" + m_base + ")";
}

std::vector<std::pair<std::string, std::string>> OpenAiCompatibleProvider::headers() const
{
    std::vector<std::pair<std::string, std::string>> h = {{"content-type", "application/json"}};
    if (!m_config.apiKey.empty())
        h.emplace_back("authorization", "Bearer " + m_config.apiKey);
    return h;
}

ModelList OpenAiCompatibleProvider::listModels(std::stop_token stop)
{
    ModelList list;
    try {
        const net::HttpRequest req = providerRequest(m_base + "/v1/models", headers(), m_config);
        int attempts = 0;
        const net::HttpResponse r =
            net::sendWithRetry(req, retryPolicy(m_config), {}, stop, attempts);
        if (r.outcome != net::HttpOutcome::Finished)
            throw ProviderError(transportFailureMessage(displayName(), r, m_config));
        if (r.status != 200)
            throw ProviderError(describeHttpFailure(displayName(), r.status, r.body, "", attempts),
                                r.status);
        const Json j = Json::parse(r.body, nullptr, false);
        // OpenAI: {"object":"list","data":[{"id":...}]}; some servers answer "models".
        const char* key = j.is_object() && j.contains("data") ? "data" : "models";
        if (!j.is_object() || !j.contains(key) || !j[key].is_array())
            throw ProviderError(
                displayName() +
                " answered the model list with something that is not a model list.");
        for (const Json& m : j[key]) {
            std::string name;
            if (m.contains("id") && m["id"].is_string())
                name = m["id"].get<std::string>();
            else if (m.contains("name") && m["name"].is_string())
                name = m["name"].get<std::string>();
            if (!name.empty())
                list.models.push_back({name, name});
        }
        if (list.models.empty())
            throw ProviderError(displayName() + " listed no models.");
    } catch (const Cancelled&) {
        throw;
    } catch (const Error& e) {
        // There is no sensible built-in list for an arbitrary server.
        list.models.clear();
        list.fromFallback = true;
        list.note = net::Redaction::redact(std::string("Could not list models (") + e.what() +
                                           "); type the model name the server expects.");
    }
    return list;
}

Json OpenAiCompatibleProvider::requestBody(const CompletionRequest& request) const
{
    Json messages = Json::array();
    if (!request.system.empty())
        messages.push_back({{"role", "system"}, {"content", request.system}});
    messages.push_back({{"role", "user"}, {"content", request.prompt}});
    return {
        {"model", request.model},
        {"messages", messages},
        {"max_tokens", request.maxTokens},
        {"temperature", request.temperature},
        {"stream", true},
        {"stream_options", {{"include_usage", true}}},
    };
}

Completion OpenAiCompatibleProvider::complete(const CompletionRequest& request,
                                              const TextSink& onText, std::stop_token stop)
{
    if (request.model.empty())
        throw ProviderError("No model chosen for " + displayName() +
                            ": pick one in Settings › AI providers or pass --model.");
    Completion c;
    c.provider = id();
    c.model = request.model;

    const net::HttpRequest req = streamingRequest(m_base + "/v1/chat/completions", headers(),
                                                  dumpJson(requestBody(request)), m_config);

    bool done = false;
    std::string streamError;
    auto handle = [&](const net::SseEvent& ev) {
        if (ev.data == "[DONE]") {
            done = true;
            return;
        }
        const Json j = Json::parse(ev.data, nullptr, false);
        if (!j.is_object())
            return;
        if (j.contains("error")) {
            const Json& e = j["error"];
            streamError = e.is_object() ? e.value("message", "error") : dumpJson(e);
            return;
        }
        if (j.contains("model") && j["model"].is_string())
            c.model = j["model"].get<std::string>();
        if (j.contains("choices") && j["choices"].is_array() && !j["choices"].empty()) {
            const Json& choice = j["choices"][0];
            if (choice.contains("delta") && choice["delta"].is_object()) {
                const Json& d = choice["delta"];
                if (d.contains("content") && d["content"].is_string()) {
                    const std::string text = d["content"].get<std::string>();
                    if (!text.empty()) {
                        c.text += text;
                        if (onText)
                            onText(text);
                    }
                }
            }
            if (choice.contains("finish_reason") && choice["finish_reason"].is_string())
                c.stopReason = choice["finish_reason"].get<std::string>();
        }
        if (j.contains("usage") && j["usage"].is_object()) {
            const Json& u = j["usage"];
            if (u.contains("prompt_tokens") && u["prompt_tokens"].is_number())
                c.inputTokens = u["prompt_tokens"].get<std::int64_t>();
            if (u.contains("completion_tokens") && u["completion_tokens"].is_number())
                c.outputTokens = u["completion_tokens"].get<std::int64_t>();
        }
    };

    const std::optional<net::HttpResponse> streamed =
        streamCompletion(req, m_config, stop, c, handle);
    if (!streamed)
        return c;
    const net::HttpResponse& r = *streamed;

    if (r.status == 404) {
        std::string msg =
            describeHttpFailure(displayName(), r.status, r.body, request.model, c.attempts);
        const ModelList models = listModels(stop);
        msg += models.models.empty() ? " " + models.note
                                     : " Available models: " + joinModelIds(models) + ".";
        throw ProviderError(msg, 404);
    }
    if (r.status != 0 && (r.status < 200 || r.status >= 300))
        throw ProviderError(
            describeHttpFailure(displayName(), r.status, r.body, request.model, c.attempts),
            r.status);
    if (r.outcome != net::HttpOutcome::Finished && c.text.empty())
        throw ProviderError(transportFailureMessage(displayName(), r, m_config));
    if (!streamError.empty() && c.text.empty())
        throw ProviderError(displayName() + " reported an error in the stream: " + streamError +
                            ".");
    // Servers that skip [DONE] still end with a finish_reason.
    if (!done && c.stopReason.empty()) {
        c.incomplete = true;
        c.incompleteReason = streamEndReason(streamError, r);
    }
    if (c.stopReason == "length" && !c.incomplete) {
        c.incomplete = true;
        c.incompleteReason = "the answer reached the max tokens limit";
    }
    return c;
}

} // namespace kestrel::ai
