#pragma once

#include <functional>
#include <optional>
#include <string>

namespace kestrel::secrets {

// What the encrypted file store asks for when it needs the passphrase.
struct PassphraseRequest
{
    std::string filePath;
    // True when the file does not exist yet: the passphrase chosen now will
    // protect it (a dialog asks twice).
    bool creating = false;
};

// Supplies the passphrase once per session: the GUI shows a dialog, the
// command line reads KESTREL_PASSPHRASE. Nothing (std::nullopt) means the
// person declined; the store then refuses the operation.
using PassphrasePrompt = std::function<std::optional<std::string>(const PassphraseRequest&)>;

// The command line's prompt: KESTREL_PASSPHRASE from the environment, or a
// kestrel::Error saying how to provide it.
PassphrasePrompt environmentPassphrase();

inline constexpr const char* kPassphraseVariable = "KESTREL_PASSPHRASE";

} // namespace kestrel::secrets
