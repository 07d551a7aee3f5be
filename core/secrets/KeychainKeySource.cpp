#include "core/secrets/KeychainKeySource.h"

#include "core/net/Redaction.h"
#include "core/common/Error.h"

namespace kestrel::secrets {

KeychainKeySource::KeychainKeySource(std::shared_ptr<SecretStore> store) : m_store(std::move(store))
{
}

std::string KeychainKeySource::entryName(const std::string& provider)
{
    return "api-key/" + provider;
}

std::optional<ApiKey> KeychainKeySource::environmentKey(const std::string& provider)
{
    return EnvKeySource().key(provider);
}

std::optional<ApiKey> KeychainKeySource::key(const std::string& provider) const
{
    if (auto fromEnvironment = environmentKey(provider))
        return fromEnvironment;
    if (!m_store)
        return std::nullopt;
    std::optional<std::string> stored = m_store->read(entryName(provider));
    if (!stored || stored->empty())
        return std::nullopt;
    net::Redaction::registerSecret(*stored);
    return ApiKey{std::move(*stored), m_store->backendName()};
}

void KeychainKeySource::save(const std::string& provider, const std::string& key) const
{
    if (key.empty())
        throw Error("The key is empty; nothing was saved.");
    if (!m_store)
        throw Error("No key store is available; nothing was saved.");
    net::Redaction::registerSecret(key);
    m_store->write(entryName(provider), key);
}

void KeychainKeySource::forget(const std::string& provider) const
{
    if (m_store)
        m_store->remove(entryName(provider));
}

} // namespace kestrel::secrets
