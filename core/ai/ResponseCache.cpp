#include "core/common/Json.h"
#include "core/common/Json.h"
#include "core/ai/ResponseCache.h"

#include <QCryptographicHash>

namespace kestrel::ai {

std::string requestHash(const std::string& provider, const std::string& endpoint,
                        const std::string& body)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::fromStdString(provider + "\n" + endpoint + "\n"));
    h.addData(QByteArray::fromStdString(body));
    return h.result().toHex().toStdString();
}

namespace {

std::string cacheKey(const std::string& provider, const std::string& model, const std::string& hash)
{
    return provider + "|" + model + "|" + hash;
}

} // namespace

ResponseCache::ResponseCache(workspace::Database& db) : m_db(db) {}

std::optional<Completion> ResponseCache::get(const std::string& provider, const std::string& model,
                                             const std::string& hash, int ttlSeconds, EpochMs now)
{
    if (ttlSeconds <= 0)
        return std::nullopt;
    workspace::Statement st =
        m_db.prepare("SELECT response FROM ai_cache WHERE cache_key=? AND created_at > ?");
    st.bind(1, cacheKey(provider, model, hash))
        .bind(2, now - static_cast<EpochMs>(ttlSeconds) * 1000);
    if (!st.step())
        return std::nullopt;
    const Json j = Json::parse(st.text(0), nullptr, false);
    if (!j.is_object())
        return std::nullopt;
    Completion c;
    c.provider = provider;
    c.model = j.value("model", model);
    c.text = j.value("text", "");
    c.stopReason = j.value("stop_reason", "");
    if (j.contains("input_tokens") && j["input_tokens"].is_number())
        c.inputTokens = j["input_tokens"].get<std::int64_t>();
    if (j.contains("output_tokens") && j["output_tokens"].is_number())
        c.outputTokens = j["output_tokens"].get<std::int64_t>();
    return c;
}

void ResponseCache::put(const std::string& provider, const std::string& model,
                        const std::string& hash, const Completion& c, EpochMs now)
{
    if (c.incomplete)
        return;
    Json j = {{"model", c.model}, {"text", c.text}, {"stop_reason", c.stopReason}};
    if (c.inputTokens)
        j["input_tokens"] = *c.inputTokens;
    if (c.outputTokens)
        j["output_tokens"] = *c.outputTokens;
    workspace::Statement st =
        m_db.prepare("INSERT INTO ai_cache(cache_key, provider, model, request_hash, created_at, "
                     "response) VALUES(?,?,?,?,?,?) "
                     "ON CONFLICT(cache_key) DO UPDATE SET created_at=excluded.created_at, "
                     "response=excluded.response");
    st.bind(1, cacheKey(provider, model, hash))
        .bind(2, provider)
        .bind(3, model)
        .bind(4, hash)
        .bind(5, now);
    st.bind(6, dumpJson(j));
    st.run();
}

int ResponseCache::purge(int ttlSeconds, EpochMs now)
{
    workspace::Statement st = m_db.prepare("DELETE FROM ai_cache WHERE created_at <= ?");
    st.bind(1, now - static_cast<EpochMs>(std::max(ttlSeconds, 0)) * 1000);
    st.run();
    return m_db.changes();
}

} // namespace kestrel::ai
