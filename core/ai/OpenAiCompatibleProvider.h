#pragma once

#include "core/ai/Provider.h"
#include "core/common/ProviderIds.h"

namespace kestrel::ai {

// Any endpoint speaking OpenAI's chat completions: OpenAI itself, gateways and
// local model servers (llama.cpp server, Ollama, vLLM), so a desk without
// internet still gets an analysis. POST {base}/v1/chat/completions streamed as
// "data:" lines ending with "data: [DONE]"; GET {base}/v1/models. The bearer
// key is optional (local servers rarely want one).
class OpenAiCompatibleProvider : public Provider
{
public:
    static constexpr const char* kDefaultBaseUrl = "https://api.openai.com";

    explicit OpenAiCompatibleProvider(ProviderConfig config);

    std::string id() const override { return provider_id::kOpenAi; }
    std::string displayName() const override;
    ModelList listModels(std::stop_token stop) override;
    Json requestBody(const CompletionRequest& request) const override;
    Completion complete(const CompletionRequest& request, const TextSink& onText,
                        std::stop_token stop) override;

private:
    std::vector<std::pair<std::string, std::string>> headers() const;

    ProviderConfig m_config;
    std::string m_base;
};

} // namespace kestrel::ai
