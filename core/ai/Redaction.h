#pragma once

#include <string>
#include <string_view>

namespace kestrel::ai {

// Keeps API keys out of everything a person or a file can see: log lines, error
// messages, the workspace, the prompt preview. Every key Kestrel loads is
// registered here (KeySource does it), and every message that leaves core/ai
// goes through redact(). Thread-safe.
class Redaction
{
public:
    // Remembers `secret` so that later redact() calls mask it. Ignores secrets
    // shorter than 8 bytes (too likely to collide with ordinary words).
    static void registerSecret(std::string_view secret);

    // `text` with every registered secret, every "Bearer <token>" and every
    // token that looks like a provider key ("sk-...", "sk-ant-...") replaced by
    // "[redacted]".
    static std::string redact(std::string_view text);

    // True when `text` contains a registered secret (used by tests and asserts).
    static bool containsSecret(std::string_view text);
};

} // namespace kestrel::ai
