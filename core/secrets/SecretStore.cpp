#include "core/secrets/SecretStore.h"

#include "core/common/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kestrel::secrets {

QString SecretStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("api-keys.json"));
}

SecretStore::SecretStore(SecretStoreOptions options)
    : m_options(std::move(options)), m_keychain(m_options.service, m_options.keychainTimeoutMs)
{
    if (m_options.filePath.isEmpty())
        m_options.filePath = defaultFilePath();
    if (!m_options.useKeychain)
        fallBack("the keychain was switched off");
}

SecretStore::~SecretStore() = default;

EncryptedFileStore& SecretStore::fileStore()
{
    if (!m_file)
        m_file = std::make_unique<EncryptedFileStore>(m_options.filePath, m_options.passphrase);
    return *m_file;
}

void SecretStore::fallBack(const std::string& reason)
{
    m_backend = SecretBackend::EncryptedFile;
    m_fallbackReason = reason;
}

void SecretStore::keychainFailed(const char* what, const KeychainResult& result) const
{
    throw Error(std::string("Could not ") + what + " the OS keychain: " +
                (result.message.empty() ? std::string("no reason given") : result.message) + ".");
}

bool SecretStore::keychainAnswered(const char* what, const KeychainResult& result)
{
    switch (result.status) {
    case KeychainStatus::Ok:
    case KeychainStatus::NotFound:
        m_backend = SecretBackend::Keychain;
        return true;
    case KeychainStatus::Unavailable:
        if (m_backend == SecretBackend::Undecided) {
            fallBack(result.message);
            return false;
        }
        keychainFailed(what, result);
    case KeychainStatus::Failed:
        keychainFailed(what, result);
    }
    return false;
}

std::optional<std::string> SecretStore::read(const std::string& name)
{
    std::lock_guard lock(m_mutex);
    if (m_backend != SecretBackend::EncryptedFile) {
        const KeychainResult r = m_keychain.read(name);
        if (keychainAnswered("read from", r))
            return r.status == KeychainStatus::Ok ? std::optional<std::string>(r.value)
                                                  : std::nullopt;
    }
    return fileStore().read(name);
}

void SecretStore::write(const std::string& name, const std::string& value)
{
    std::lock_guard lock(m_mutex);
    if (m_backend != SecretBackend::EncryptedFile &&
        keychainAnswered("write to", m_keychain.write(name, value)))
        return;
    fileStore().write(name, value);
}

void SecretStore::remove(const std::string& name)
{
    std::lock_guard lock(m_mutex);
    if (m_backend != SecretBackend::EncryptedFile &&
        keychainAnswered("remove a key from", m_keychain.remove(name)))
        return;
    fileStore().remove(name);
}

SecretBackend SecretStore::backend() const
{
    std::lock_guard lock(m_mutex);
    return m_backend;
}

std::string SecretStore::backendName() const
{
    std::lock_guard lock(m_mutex);
    switch (m_backend) {
    case SecretBackend::Keychain:
        return "keychain";
    case SecretBackend::EncryptedFile:
        return "encrypted file";
    case SecretBackend::Undecided:
        break;
    }
    return {};
}

bool SecretStore::needsPassphrase() const
{
    std::lock_guard lock(m_mutex);
    if (m_backend != SecretBackend::EncryptedFile)
        return false;
    if (m_file)
        return m_file->exists() && !m_file->isUnlocked();
    return QFileInfo::exists(m_options.filePath);
}

std::string SecretStore::fallbackReason() const
{
    std::lock_guard lock(m_mutex);
    return m_fallbackReason;
}

} // namespace kestrel::secrets
