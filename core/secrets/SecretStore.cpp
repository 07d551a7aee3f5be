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

std::optional<std::string> SecretStore::read(const std::string& name)
{
    std::lock_guard lock(m_mutex);
    if (m_backend != SecretBackend::EncryptedFile) {
        const KeychainResult r = m_keychain.read(name);
        switch (r.status) {
        case KeychainStatus::Ok:
            m_backend = SecretBackend::Keychain;
            return r.value;
        case KeychainStatus::NotFound:
            m_backend = SecretBackend::Keychain;
            return std::nullopt;
        case KeychainStatus::Unavailable:
            if (m_backend == SecretBackend::Undecided) {
                fallBack(r.message);
                break;
            }
            keychainFailed("read from", r);
        case KeychainStatus::Failed:
            keychainFailed("read from", r);
        }
    }
    return fileStore().read(name);
}

void SecretStore::write(const std::string& name, const std::string& value)
{
    std::lock_guard lock(m_mutex);
    if (m_backend != SecretBackend::EncryptedFile) {
        const KeychainResult r = m_keychain.write(name, value);
        switch (r.status) {
        case KeychainStatus::Ok:
        case KeychainStatus::NotFound:
            m_backend = SecretBackend::Keychain;
            return;
        case KeychainStatus::Unavailable:
            if (m_backend == SecretBackend::Undecided) {
                fallBack(r.message);
                break;
            }
            keychainFailed("write to", r);
        case KeychainStatus::Failed:
            keychainFailed("write to", r);
        }
    }
    fileStore().write(name, value);
}

void SecretStore::remove(const std::string& name)
{
    std::lock_guard lock(m_mutex);
    if (m_backend != SecretBackend::EncryptedFile) {
        const KeychainResult r = m_keychain.remove(name);
        switch (r.status) {
        case KeychainStatus::Ok:
        case KeychainStatus::NotFound:
            m_backend = SecretBackend::Keychain;
            return;
        case KeychainStatus::Unavailable:
            if (m_backend == SecretBackend::Undecided) {
                fallBack(r.message);
                break;
            }
            keychainFailed("remove a key from", r);
        case KeychainStatus::Failed:
            keychainFailed("remove a key from", r);
        }
    }
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
