#pragma once

#include "core/secrets/EncryptedFileStore.h"
#include "core/secrets/KeychainStore.h"
#include "core/secrets/Passphrase.h"

#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace kestrel::secrets {

// Where secrets end up on this machine.
enum class SecretBackend
{
    Undecided,     // nothing asked yet
    Keychain,      // the OS keychain answered
    EncryptedFile, // no keychain service: the passphrase-encrypted file
};

struct SecretStoreOptions
{
    QString service = QStringLiteral("Kestrel");
    // The encrypted file; empty means defaultFilePath().
    QString filePath;
    // How long one keychain job may take (an unlock prompt counts).
    int keychainTimeoutMs = 60'000;
    // False skips the keychain and uses the encrypted file straight away.
    bool useKeychain = true;
    PassphrasePrompt passphrase;
};

// The one place API keys are kept. The first operation asks the OS keychain;
// if no keychain service answers (QtKeychain reports NoBackendAvailable or
// OtherError), the store uses the passphrase-encrypted file for the rest of
// the session. A missing entry reads as nothing, never as an error. Calls
// block the calling thread (see KeychainStore) and are serialised, so one
// store can be shared between threads; the GUI calls it from a worker thread.
// Failures throw kestrel::Error with a message for a person; the message
// never contains a secret.
class SecretStore
{
public:
    explicit SecretStore(SecretStoreOptions options = {});
    ~SecretStore();

    std::optional<std::string> read(const std::string& name);
    void write(const std::string& name, const std::string& value);
    void remove(const std::string& name);

    SecretBackend backend() const;
    // "keychain" or "encrypted file" (the ApiKey origin), "" while undecided.
    std::string backendName() const;
    // Why the keychain was not used, once the store fell back to the file.
    std::string fallbackReason() const;
    // True when the next access would ask for the passphrase: the store uses
    // an existing encrypted file that has not been opened this session.
    bool needsPassphrase() const;
    QString filePath() const { return m_options.filePath; }

    // <AppConfigLocation>/api-keys.json: per machine, never in a workspace.
    static QString defaultFilePath();

private:
    EncryptedFileStore& fileStore();
    void fallBack(const std::string& reason);
    [[noreturn]] void keychainFailed(const char* what, const KeychainResult& result) const;
    // True when the keychain answered `result` (it becomes the backend); false
    // when it is unavailable on first use (the encrypted file takes over);
    // throws when it failed.
    bool keychainAnswered(const char* what, const KeychainResult& result);

    SecretStoreOptions m_options;
    KeychainStore m_keychain;
    std::unique_ptr<EncryptedFileStore> m_file;
    SecretBackend m_backend = SecretBackend::Undecided;
    std::string m_fallbackReason;
    mutable std::mutex m_mutex;
};

} // namespace kestrel::secrets
