#pragma once

#include "core/common/Time.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::ai {

// One request as the ledger keeps it. Cached answers are recorded too (cost
// 0, cached true) so the ledger shows every analysis; blocked requests are
// recorded with outcome "blocked" and nothing sent.
struct UsageEntry
{
    std::int64_t id = 0;
    EpochMs time = 0;
    std::string provider;
    std::string model;
    std::optional<std::int64_t> inputTokens;
    std::optional<std::int64_t> outputTokens;
    std::optional<double> costUsd; // nothing: the model has no price
    bool cached = false;
    std::int64_t durationMs = 0;
    std::string outcome; // ok, incomplete, error, cancelled, blocked
    std::string requestHash;
    std::string message; // redacted
    std::string user;    // who made the request; record() fills in the acting user
};

// Spend and requests grouped by UTC day and model, for `kestrel ai usage` and the panel.
struct UsageTotal
{
    EpochMs day = 0;
    std::string provider;
    std::string model;
    std::int64_t requests = 0;
    std::int64_t cachedRequests = 0;
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    double costUsd = 0;
    std::int64_t unpricedRequests = 0;
};

// The ai_usage table of the workspace: every AI request, its tokens and cost.
// Messages are redacted before they are written.
class UsageLedger
{
public:
    explicit UsageLedger(workspace::Database& db);

    std::int64_t record(const UsageEntry& entry);
    // Newest first.
    std::vector<UsageEntry> entries(std::int64_t limit = 1000);
    std::vector<UsageTotal> totals(std::optional<EpochMs> from = {});
    // USD spent (priced requests, not cached) in [from, to).
    double spend(EpochMs from, EpochMs to);
    // Requests actually sent (not cached, not blocked) in [from, to).
    std::int64_t requestsSent(EpochMs from, EpochMs to);
    // Start time of the oldest sent request in [from, to), if any.
    std::optional<EpochMs> oldestSent(EpochMs from, EpochMs to);

private:
    workspace::Database& m_db;
};

// Start of the UTC month holding t.
EpochMs monthStart(EpochMs t);

} // namespace kestrel::ai
