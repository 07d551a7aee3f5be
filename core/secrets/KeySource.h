#pragma once

#include <optional>
#include <string>

namespace kestrel::secrets {

// Where API keys come from: the environment (EnvKeySource), the OS keychain or
// the passphrase-encrypted file (KeychainKeySource). Every key returned has
// been registered with net::Redaction, so it can never be printed by mistake.
struct ApiKey
{
    std::string value;
    std::string origin; // for a person: "environment variable ANTHROPIC_API_KEY", "keychain"
};

class KeySource
{
public:
    virtual ~KeySource() = default;
    // The key for a provider id (provider_id::kAnthropic, kOpenAi), or nothing.
    virtual std::optional<ApiKey> key(const std::string& provider) const = 0;
};

// ANTHROPIC_API_KEY for "anthropic", OPENAI_API_KEY for "openai".
class EnvKeySource : public KeySource
{
public:
    std::optional<ApiKey> key(const std::string& provider) const override;
};

// A fixed key, for tests and for a key typed into a dialog before it is saved.
class FixedKeySource : public KeySource
{
public:
    FixedKeySource(std::string provider, std::string key);
    std::optional<ApiKey> key(const std::string& provider) const override;

private:
    std::string m_provider;
    std::string m_key;
};

// The name of the environment variable holding a provider's key.
std::string keyEnvironmentVariable(const std::string& provider);

} // namespace kestrel::secrets
