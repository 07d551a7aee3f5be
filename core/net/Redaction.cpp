#include "core/net/Redaction.h"

#include "core/common/Credentials.h"

#include <sys/prctl.h>
#include <sys/resource.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <vector>

namespace kestrel::net {

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

// Once a key is in memory, the process writes no core file and cannot be
// attached to by another process of the same user: a crash dump would carry
// the key out of the keychain.
void stopCoreDumps()
{
    static const bool done = [] {
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
        rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        return true;
    }();
    (void)done;
}

} // namespace

void Redaction::registerSecret(std::string_view secret)
{
    if (secret.size() < 8)
        return;
    stopCoreDumps();
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
                out.replace(pos, s->size(), kRedacted);
                pos += kRedacted.size();
            }
        }
    }
    return maskCredentials(out);
}

bool Redaction::containsSecret(std::string_view text)
{
    std::lock_guard lock(mutex());
    return std::any_of(secrets().begin(), secrets().end(), [&](const std::string& s) {
        return text.find(s) != std::string_view::npos;
    });
}

} // namespace kestrel::net
