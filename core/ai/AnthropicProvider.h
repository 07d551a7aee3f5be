#pragma once

#include "core/ai/Provider.h"
#include "core/common/ProviderIds.h"

namespace kestrel::ai {

// Anthropic's Messages API: POST {base}/v1/messages with stream true, read as
// server-sent events (message_start, content_block_start/delta/stop,
// message_delta, message_stop, ping, error); models from GET {base}/v1/models,
// followed page by page (has_more / last_id -> after_id). The built-in model
// list is used only when listing fails.
class AnthropicProvider : public Provider
{
public:
    static constexpr const char* kDefaultBaseUrl = "https://api.anthropic.com";
    static constexpr const char* kApiVersion = "2023-06-01";

    explicit AnthropicProvider(ProviderConfig config);

    std::string id() const override { return provider_id::kAnthropic; }
    std::string displayName() const override;
    ModelList listModels(std::stop_token stop) override;
    Json requestBody(const CompletionRequest& request) const override;
    Completion complete(const CompletionRequest& request, const TextSink& onText,
                        std::stop_token stop) override;

    // The list used when the API cannot be asked; never relied on otherwise.
    static std::vector<ModelInfo> fallbackModels();

private:
    std::vector<std::pair<std::string, std::string>> headers() const;

    ProviderConfig m_config;
    std::string m_base;
};

} // namespace kestrel::ai
