#include "core/ai/Governance.h"

#include "core/ai/Provider.h"
#include "core/common/Error.h"
#include "core/common/Units.h"
#include "core/net/RateLimit.h"

#include <algorithm>
#include <cstdio>

namespace kestrel::ai {

std::string usd(double value)
{
    return units::formatMoney(value);
}

Governance::Governance(workspace::Database& db, const AiSettings& settings,
                       const PriceTable& prices)
    : m_db(db), m_settings(settings), m_prices(prices)
{
}

CostEstimate Governance::estimate(const std::string& provider, const std::string& model,
                                  std::int64_t inputTokens, std::int64_t maxOutputTokens) const
{
    CostEstimate e;
    e.inputTokens = inputTokens;
    e.maxOutputTokens = maxOutputTokens;
    e.inputCostUsd = m_prices.cost(provider, model, inputTokens, 0);
    e.maxCostUsd = m_prices.cost(provider, model, inputTokens, maxOutputTokens);
    return e;
}

void Governance::checkBudget(double coming, EpochMs now)
{
    UsageLedger ledger(m_db);
    if (m_settings.dailyBudgetUsd > 0) {
        const double spent = ledger.spend(dayStart(now), dayStart(now) + kMsPerDay);
        if (spent + coming > m_settings.dailyBudgetUsd)
            throw Error("Blocked by the daily AI budget: " + usd(spent) +
                        " spent today (UTC) of a " + usd(m_settings.dailyBudgetUsd) +
                        " limit, and this analysis could cost up to " + usd(coming) +
                        ". Raise the budget in Settings › Budgets, use the built-in analyst, or "
                        "wait until tomorrow.");
    }
    if (m_settings.monthlyBudgetUsd > 0) {
        const EpochMs from = monthStart(now);
        const double spent = ledger.spend(from, now + 1);
        if (spent + coming > m_settings.monthlyBudgetUsd)
            throw Error("Blocked by the monthly AI budget: " + usd(spent) +
                        " spent this month of a " + usd(m_settings.monthlyBudgetUsd) +
                        " limit, and this analysis could cost up to " + usd(coming) +
                        ". Raise the budget in Settings › Budgets or use the built-in analyst.");
    }
}

void Governance::waitForRateLimit(int requests, std::stop_token stop)
{
    const int rpm = m_settings.requestsPerMinute;
    if (rpm <= 0 || requests <= 0)
        return;
    if (requests > rpm)
        throw Error("This analysis sends " + std::to_string(requests) +
                    " requests at once but the limit is " + std::to_string(rpm) +
                    " per minute. Raise it in Settings › AI providers.");
    // The ledger records every request sent, in the workspace, so the limit
    // holds across processes.
    class LedgerLog : public net::RequestLog
    {
    public:
        explicit LedgerLog(workspace::Database& db) : m_ledger(db) {}
        std::int64_t sentBetween(EpochMs from, EpochMs to) const override
        {
            return m_ledger.requestsSent(from, to);
        }
        std::optional<EpochMs> oldestBetween(EpochMs from, EpochMs to) const override
        {
            return m_ledger.oldestSent(from, to);
        }

    private:
        mutable UsageLedger m_ledger;
    };
    net::waitForWindow(LedgerLog(m_db), rpm, requests, 60'000, stop);
}

} // namespace kestrel::ai
