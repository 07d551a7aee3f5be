#include "core/ai/UsageLedger.h"

#include "core/common/Error.h"
#include "core/net/Redaction.h"
#include "core/workspace/CurrentUser.h"

#include <ctime>

namespace kestrel::ai {

EpochMs monthStart(EpochMs t)
{
    const std::time_t s = static_cast<std::time_t>(dayStart(t) / 1000);
    std::tm tm{};
    gmtime_r(&s, &tm);
    return dayStart(t) - static_cast<EpochMs>(tm.tm_mday - 1) * kMsPerDay;
}

UsageLedger::UsageLedger(workspace::Database& db) : m_db(db) {}

std::int64_t UsageLedger::record(const UsageEntry& e)
{
    workspace::Statement st =
        m_db.prepare("INSERT INTO ai_usage(time, provider, model, input_tokens, output_tokens, "
                     "cost_usd, cached, duration_ms, "
                     "outcome, request_hash, message, user_name) VALUES(?,?,?,?,?,?,?,?,?,?,?,?) "
                     "RETURNING id");
    st.bind(1, e.time ? e.time : nowMs()).bind(2, e.provider).bind(3, e.model);
    if (e.inputTokens)
        st.bind(4, *e.inputTokens);
    else
        st.bindNull(4);
    if (e.outputTokens)
        st.bind(5, *e.outputTokens);
    else
        st.bindNull(5);
    st.bind(6, e.costUsd);
    st.bind(7, e.cached ? 1 : 0).bind(8, e.durationMs).bind(9, e.outcome);
    st.bindTextOrNull(10, e.requestHash);
    st.bindTextOrNull(11, net::Redaction::redact(e.message));
    st.bind(12, e.user.empty() ? workspace::actingUser(m_db) : e.user);
    // RETURNING: see ReportStore::save.
    if (!st.step())
        throw Error("The usage entry was not recorded.");
    return st.int64(0);
}

std::vector<UsageEntry> UsageLedger::entries(std::int64_t limit)
{
    workspace::Statement st =
        m_db.prepare("SELECT id, time, provider, model, input_tokens, output_tokens, cost_usd, "
                     "cached, duration_ms, outcome, "
                     "request_hash, message, user_name FROM ai_usage ORDER BY time DESC, id DESC "
                     "LIMIT ?");
    st.bind(1, limit);
    std::vector<UsageEntry> out;
    while (st.step()) {
        UsageEntry e;
        e.id = st.int64(0);
        e.time = st.int64(1);
        e.provider = st.text(2);
        e.model = st.text(3);
        if (!st.isNull(4))
            e.inputTokens = st.int64(4);
        if (!st.isNull(5))
            e.outputTokens = st.int64(5);
        e.costUsd = st.optReal(6);
        e.cached = st.int64(7) != 0;
        e.durationMs = st.int64(8);
        e.outcome = st.text(9);
        e.requestHash = st.text(10);
        e.message = st.text(11);
        e.user = st.text(12);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<UsageTotal> UsageLedger::totals(std::optional<EpochMs> from)
{
    workspace::Statement st = m_db.prepare(
        "SELECT (time / 86400000) * 86400000 AS day, provider, model, count(*), sum(cached), "
        "coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0), coalesce(sum(cost_usd), "
        "0), "
        "sum(CASE WHEN cost_usd IS NULL AND cached = 0 AND outcome <> 'blocked' THEN 1 ELSE 0 "
        "END) "
        "FROM ai_usage WHERE time >= ? GROUP BY 1, 2, 3 ORDER BY 1 DESC, 2, 3");
    st.bind(1, from.value_or(0));
    std::vector<UsageTotal> out;
    while (st.step()) {
        UsageTotal t;
        t.day = st.int64(0);
        t.provider = st.text(1);
        t.model = st.text(2);
        t.requests = st.int64(3);
        t.cachedRequests = st.int64(4);
        t.inputTokens = st.int64(5);
        t.outputTokens = st.int64(6);
        t.costUsd = st.real(7);
        t.unpricedRequests = st.int64(8);
        out.push_back(t);
    }
    return out;
}

double UsageLedger::spend(EpochMs from, EpochMs to)
{
    workspace::Statement st = m_db.prepare("SELECT coalesce(sum(cost_usd), 0) FROM ai_usage WHERE "
                                           "time >= ? AND time < ? AND cached = 0");
    st.bind(1, from).bind(2, to);
    return st.step() ? st.real(0) : 0.0;
}

std::int64_t UsageLedger::requestsSent(EpochMs from, EpochMs to)
{
    workspace::Statement st = m_db.prepare("SELECT count(*) FROM ai_usage WHERE time >= ? AND time "
                                           "< ? AND cached = 0 AND outcome <> 'blocked' "
                                           "AND provider <> 'builtin'");
    st.bind(1, from).bind(2, to);
    return st.step() ? st.int64(0) : 0;
}

std::optional<EpochMs> UsageLedger::oldestSent(EpochMs from, EpochMs to)
{
    workspace::Statement st = m_db.prepare("SELECT min(time) FROM ai_usage WHERE time >= ? AND "
                                           "time < ? AND cached = 0 AND outcome <> 'blocked' "
                                           "AND provider <> 'builtin'");
    st.bind(1, from).bind(2, to);
    if (st.step() && !st.isNull(0))
        return st.int64(0);
    return std::nullopt;
}

} // namespace kestrel::ai
