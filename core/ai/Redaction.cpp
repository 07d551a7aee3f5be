#include "core/ai/Redaction.h"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <set>
#include <vector>

namespace kestrel::ai {

namespace {

std::mutex& mutex()
{
    static std::mutex m;
    return m;
}

std::set<std::string>& secrets()
{
    static std::set<std::string> s;
    return s;
}

constexpr std::string_view kMask = "[redacted]";

bool tokenChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

// Masks the token following each occurrence of `prefix` (the prefix stays when
// keepPrefix, so "Bearer [redacted]" still says what was there).
void maskAfter(std::string& text, std::string_view prefix, bool keepPrefix, std::size_t minLen)
{
    std::size_t pos = 0;
    while ((pos = text.find(prefix, pos)) != std::string::npos) {
        // "sk-" must start a token, not sit inside a word like "task-".
        if (!keepPrefix && pos > 0 && tokenChar(text[pos - 1])) {
            pos += prefix.size();
            continue;
        }
        std::size_t end = pos + prefix.size();
        while (end < text.size() && tokenChar(text[end]))
            ++end;
        const std::size_t tokenLen = end - pos - prefix.size();
        if (tokenLen >= minLen) {
            const std::size_t from = keepPrefix ? pos + prefix.size() : pos;
            text.replace(from, end - from, kMask);
            pos = from + kMask.size();
        } else {
            pos = end;
        }
    }
}

} // namespace

void Redaction::registerSecret(std::string_view secret)
{
    if (secret.size() < 8)
        return;
    std::lock_guard lock(mutex());
    secrets().insert(std::string(secret));
}

std::string Redaction::redact(std::string_view text)
{
    std::string out(text);
    {
        std::lock_guard lock(mutex());
        // Longest first, so a key that contains another is masked whole.
        std::vector<const std::string*> list;
        for (const std::string& s : secrets())
            list.push_back(&s);
        std::sort(list.begin(), list.end(), [](auto* a, auto* b) { return a->size() > b->size(); });
        for (const std::string* s : list) {
            std::size_t pos = 0;
            while ((pos = out.find(*s, pos)) != std::string::npos) {
                out.replace(pos, s->size(), kMask);
                pos += kMask.size();
            }
        }
    }
    maskAfter(out, "Bearer ", true, 8);
    maskAfter(out, "sk-", false, 16);
    return out;
}

bool Redaction::containsSecret(std::string_view text)
{
    std::lock_guard lock(mutex());
    return std::any_of(secrets().begin(), secrets().end(),
                       [&](const std::string& s) { return text.find(s) != std::string_view::npos; });
}

} // namespace kestrel::ai
