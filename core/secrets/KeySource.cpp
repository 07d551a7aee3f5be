#include "core/secrets/KeySource.h"

#include "core/common/ProviderIds.h"
#include "core/net/Redaction.h"

#include <cstdlib>

namespace kestrel::secrets {

std::string keyEnvironmentVariable(const std::string& provider)
{
    if (provider == provider_id::kAnthropic)
        return "ANTHROPIC_API_KEY";
    if (provider == provider_id::kOpenAi)
        return "OPENAI_API_KEY";
    return {};
}

std::optional<ApiKey> EnvKeySource::key(const std::string& provider) const
{
    const std::string var = keyEnvironmentVariable(provider);
    if (var.empty())
        return std::nullopt;
    const char* value = std::getenv(var.c_str());
    if (!value || !*value)
        return std::nullopt;
    net::Redaction::registerSecret(value);
    return ApiKey{value, "environment variable " + var};
}

FixedKeySource::FixedKeySource(std::string provider, std::string key)
    : m_provider(std::move(provider)), m_key(std::move(key))
{
    net::Redaction::registerSecret(m_key);
}

std::optional<ApiKey> FixedKeySource::key(const std::string& provider) const
{
    if (provider != m_provider || m_key.empty())
        return std::nullopt;
    return ApiKey{m_key, "given"};
}

} // namespace kestrel::secrets
