#pragma once

#include "core/ai/Provider.h"
#include "core/common/Time.h"
#include "core/workspace/Database.h"

#include <optional>
#include <string>

namespace kestrel::ai {

// SHA-256 (hex) of what identifies a request: the provider, its endpoint and
// the exact body. Never includes the key.
std::string requestHash(const std::string& provider, const std::string& endpoint,
                        const std::string& body);

// Answers already paid for, in the ai_cache table, keyed by provider, model and
// request hash. A hit within the TTL is served without sending anything. Only
// complete answers are stored.
class ResponseCache
{
public:
    explicit ResponseCache(workspace::Database& db);

    std::optional<Completion> get(const std::string& provider, const std::string& model,
                                  const std::string& hash, int ttlSeconds, EpochMs now);
    void put(const std::string& provider, const std::string& model, const std::string& hash,
             const Completion& c, EpochMs now);
    // Drops entries older than the TTL; returns how many.
    int purge(int ttlSeconds, EpochMs now);

private:
    workspace::Database& m_db;
};

} // namespace kestrel::ai
