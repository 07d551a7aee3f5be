#pragma once

#include <string>
#include <string_view>

namespace kestrel::net {

// Keeps API keys out of everything a person or a file can see: log lines, error
// messages, the workspace, the prompt preview. Every key Kestrel loads is
// registered here (KeySource does it), and every message that leaves core/ai
// goes through redact(). Thread-safe.
class Redaction
{
public:
    // Remembers `secret` so that later redact() calls mask it. Ignores secrets
    // shorter than 8 bytes (too likely to collide with ordinary words). The
    // first secret also turns core dumps off for the process (no core file,
    // not dumpable), so a crash cannot write a key to disk.
    static void registerSecret(std::string_view secret);

    // `text` with every registered secret and every credential-looking value
    // (maskCredentials() in core/common/Credentials.h: bearer tokens, JWTs,
    // provider, GitHub, Slack and AWS keys, password=/token=/apikey= values,
    // URL passwords) replaced by "[redacted]".
    static std::string redact(std::string_view text);

    // True when `text` contains a registered secret (used by tests and asserts).
    static bool containsSecret(std::string_view text);
};

} // namespace kestrel::net
