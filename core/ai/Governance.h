#pragma once

#include "core/ai/PriceTable.h"
#include "core/ai/Settings.h"
#include "core/ai/UsageLedger.h"

#include <optional>
#include <stop_token>
#include <string>

namespace kestrel::ai {

// What a request may cost before it is sent: the estimated input tokens and
// the most the answer may add (max tokens). Cost is nothing for a model
// without a price.
struct CostEstimate
{
    std::int64_t inputTokens = 0;
    std::int64_t maxOutputTokens = 0;
    std::optional<double> inputCostUsd;
    std::optional<double> maxCostUsd; // input + max output
};

// Budgets and the requests-per-minute limit, checked before every request
// sent. Spend and request counts come from the usage ledger, so limits hold
// across the panel, the CLI and several processes on one workspace.
class Governance
{
public:
    Governance(workspace::Database& db, const AiSettings& settings, const PriceTable& prices);

    CostEstimate estimate(const std::string& provider, const std::string& model,
                          std::int64_t inputTokens, std::int64_t maxOutputTokens) const;

    // Throws kestrel::Error when today's (UTC) or this month's spend plus the
    // largest possible cost of the coming requests would pass a budget; the
    // message gives the spend, the limit and what to do.
    void checkBudget(double comingMaxCostUsd, EpochMs now);

    // Blocks until `requests` more may be sent under the per-minute limit
    // (throws Cancelled when stopped, Error when the limit is below `requests`).
    void waitForRateLimit(int requests, std::stop_token stop);

private:
    workspace::Database& m_db;
    AiSettings m_settings;
    PriceTable m_prices;
};

// "$0.0123" style money for messages.
std::string usd(double value);

} // namespace kestrel::ai
