#include "core/secrets/WorkspacePasswords.h"

#include "core/workspace/pg/Connection.h"

namespace kestrel::secrets {

WorkspacePasswords::WorkspacePasswords(std::shared_ptr<SecretStore> store)
    : m_store(std::move(store))
{
}

std::string WorkspacePasswords::entryName(const std::string& credentialName)
{
    return "workspace-password:" + credentialName;
}

std::optional<std::string> WorkspacePasswords::find(const std::string& credentialName)
{
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_session.find(credentialName); it != m_session.end())
            return it->second;
    }
    if (!m_store)
        return std::nullopt;
    return m_store->read(entryName(credentialName));
}

void WorkspacePasswords::set(const std::string& credentialName, const std::string& password,
                             bool remember)
{
    {
        std::lock_guard lock(m_mutex);
        m_session[credentialName] = password;
    }
    if (remember && m_store)
        m_store->write(entryName(credentialName), password);
}

void WorkspacePasswords::forget(const std::string& credentialName)
{
    {
        std::lock_guard lock(m_mutex);
        m_session.erase(credentialName);
    }
    if (m_store)
        m_store->remove(entryName(credentialName));
}

bool WorkspacePasswords::isRemembered(const std::string& credentialName)
{
    return m_store && m_store->read(entryName(credentialName)).has_value();
}

bool WorkspacePasswords::needsPassphrase() const
{
    return m_store && m_store->needsPassphrase();
}

void WorkspacePasswords::install(std::shared_ptr<WorkspacePasswords> passwords)
{
    if (!passwords) {
        workspace::pg::Connection::setPasswordSource({});
        return;
    }
    workspace::pg::Connection::setPasswordSource(
        [passwords](const std::string& name) { return passwords->find(name); });
}

} // namespace kestrel::secrets
