#include "core/secrets/Passphrase.h"

#include "core/common/Error.h"

#include <cstdlib>

namespace kestrel::secrets {

PassphrasePrompt environmentPassphrase()
{
    return [](const PassphraseRequest& request) -> std::optional<std::string> {
        const char* value = std::getenv(kPassphraseVariable);
        if (value && *value)
            return std::string(value);
        throw Error("No keychain service is running, so API keys are kept in the encrypted file " +
                    request.filePath +
                    ", which needs its passphrase: set the environment variable " +
                    kPassphraseVariable + " (or set ANTHROPIC_API_KEY / OPENAI_API_KEY instead).");
    };
}

} // namespace kestrel::secrets
