#pragma once

#include "core/secrets/KeySource.h"
#include "core/secrets/SecretStore.h"

#include <memory>

namespace kestrel::secrets {

// API keys for the AI providers: the environment first (ANTHROPIC_API_KEY,
// OPENAI_API_KEY; origin "environment variable ..."; never copied into the
// store), else the key saved in the SecretStore (origin "keychain" or
// "encrypted file"). Every key returned is registered with net::Redaction.
// key() may block on the keychain or the passphrase prompt and throws
// kestrel::Error when the store cannot be read (a wrong passphrase, a locked
// keychain): call it from a worker thread.
class KeychainKeySource : public KeySource
{
public:
    explicit KeychainKeySource(std::shared_ptr<SecretStore> store);

    std::optional<ApiKey> key(const std::string& provider) const override;

    // Only the environment's key, without touching the store.
    static std::optional<ApiKey> environmentKey(const std::string& provider);
    // Saves a key typed by a person; refuses an empty key.
    void save(const std::string& provider, const std::string& key) const;
    void forget(const std::string& provider) const;

    // The store entry of a provider's key: "api-key/anthropic".
    static std::string entryName(const std::string& provider);

    const std::shared_ptr<SecretStore>& store() const { return m_store; }

private:
    std::shared_ptr<SecretStore> m_store;
};

} // namespace kestrel::secrets
