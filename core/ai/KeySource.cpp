#include "core/ai/KeySource.h"

#include "core/ai/Redaction.h"

#include <cstdlib>

namespace kestrel::ai {

std::string keyEnvironmentVariable(const std::string& provider)
{
    if (provider == "anthropic")
        return "ANTHROPIC_API_KEY";
    if (provider == "openai")
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
    Redaction::registerSecret(value);
    return ApiKey{value, "environment variable " + var};
}

FixedKeySource::FixedKeySource(std::string provider, std::string key)
    : m_provider(std::move(provider)), m_key(std::move(key))
{
    Redaction::registerSecret(m_key);
}

std::optional<ApiKey> FixedKeySource::key(const std::string& provider) const
{
    if (provider != m_provider || m_key.empty())
        return std::nullopt;
    return ApiKey{m_key, "given"};
}

} // namespace kestrel::ai
