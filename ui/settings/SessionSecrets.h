#pragma once

#include "core/secrets/Passphrase.h"
#include "core/secrets/SecretStore.h"
#include "core/secrets/WorkspacePasswords.h"

#include <memory>

namespace kestrel::ui {

// The desktop application's one SecretStore, created on first use: the OS
// keychain, or the encrypted file with its passphrase asked once per session
// through guiPassphrasePrompt(). The Settings dialog saves keys into it and the
// AI panel reads them through secrets::KeychainKeySource over the same store.
std::shared_ptr<secrets::SecretStore> sessionSecretStore();

// The passwords of team workspace logins, on the session's secret store;
// installed as every PostgreSQL connection's password source by runGui.
std::shared_ptr<secrets::WorkspacePasswords> sessionWorkspacePasswords();

// Asks for the key file's passphrase in a dialog on the GUI thread; callable
// from any thread (a worker waits for the answer). Asks twice when the file
// is being created and the two answers must match.
secrets::PassphrasePrompt guiPassphrasePrompt();

} // namespace kestrel::ui
