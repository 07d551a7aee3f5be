#pragma once

#include <QString>

#include <string>

namespace kestrel::secrets {

// How one keychain operation ended.
enum class KeychainStatus
{
    Ok,
    NotFound,    // no such entry: an empty value, not an error
    Unavailable, // no keychain service (no D-Bus session, no secret service)
    Failed,      // the service answered with an error (locked, refused, timed out)
};

struct KeychainResult
{
    KeychainStatus status = KeychainStatus::Failed;
    std::string value;   // the secret read (Ok after read() only)
    std::string message; // the keychain's words for a failure
};

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain's asynchronous jobs. The jobs run on
// one private keychain thread with its own event loop; each call blocks the
// calling thread until its job finishes or `timeoutMs` passes (an unlock
// prompt counts), so it is meant for worker threads and the command line, not
// for the GUI thread. Needs a QCoreApplication. Entries are stored under the
// service name given.
class KeychainStore
{
public:
    explicit KeychainStore(QString service = QStringLiteral("Kestrel"), int timeoutMs = 60'000);

    KeychainResult read(const std::string& name) const;
    KeychainResult write(const std::string& name, const std::string& value) const;
    KeychainResult remove(const std::string& name) const;

    const QString& service() const { return m_service; }

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace kestrel::secrets
