#pragma once

#include "core/secrets/SecretStore.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace kestrel::secrets {

// The passwords of team workspace logins (PostgreSQL), for the connections
// every thread opens: from this session's memory (typed in, not remembered)
// first, then the keychain entry "workspace-password:<credential name>"
// (WorkspaceUrl::credentialName). Never in a file Kestrel writes, a log or a
// message. install() makes pg::Connection ask it whenever a server wants a
// password libpq did not find (PGPASSWORD, ~/.pgpass).
class WorkspacePasswords
{
public:
    explicit WorkspacePasswords(std::shared_ptr<SecretStore> store);

    static std::string entryName(const std::string& credentialName);

    // The password for `credentialName`, or nothing.
    std::optional<std::string> find(const std::string& credentialName);
    // Keeps `password` for this session; with `remember` also in the keychain
    // (blocks on the keychain: call it from a worker).
    void set(const std::string& credentialName, const std::string& password, bool remember);
    // Forgets it here and in the keychain.
    void forget(const std::string& credentialName);
    // Whether the keychain holds a password for `credentialName` (a password
    // kept only for this session does not count). Blocks like set().
    bool isRemembered(const std::string& credentialName);
    // True when reading the keychain would first ask for the encrypted file's
    // passphrase (SecretStore::needsPassphrase).
    bool needsPassphrase() const;

    // Makes every PostgreSQL connection of the process ask `passwords`.
    static void install(std::shared_ptr<WorkspacePasswords> passwords);

private:
    std::shared_ptr<SecretStore> m_store;
    std::mutex m_mutex;
    std::map<std::string, std::string> m_session;
};

} // namespace kestrel::secrets
