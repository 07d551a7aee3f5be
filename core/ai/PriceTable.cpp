#include "core/ai/PriceTable.h"

#include "core/ai/Settings.h"
#include "core/common/Error.h"
#include "core/common/Json.h"
#include "core/common/ProviderIds.h"

#include <cmath>

namespace kestrel::ai {

bool wildcardMatch(std::string_view p, std::string_view t)
{
    std::size_t pi = 0, ti = 0, star = std::string_view::npos, mark = 0;
    while (ti < t.size()) {
        if (pi < p.size() && p[pi] == '*') {
            star = pi++;
            mark = ti;
        } else if (pi < p.size() && p[pi] == t[ti]) {
            ++pi;
            ++ti;
        } else if (star != std::string_view::npos) {
            pi = star + 1;
            ti = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == '*')
        ++pi;
    return pi == p.size();
}

PriceTable PriceTable::defaults()
{
    // Published list prices per family (USD per million tokens); edit them in
    // Settings › Prices when they change.
    PriceTable t;
    t.m_entries = {
        {provider_id::kAnthropic, "claude-*opus-4*", 15.0, 75.0},
        {provider_id::kAnthropic, "claude-*opus*", 15.0, 75.0},
        {provider_id::kAnthropic, "claude-*sonnet*", 3.0, 15.0},
        {provider_id::kAnthropic, "claude-*haiku-4*", 1.0, 5.0},
        {provider_id::kAnthropic, "claude-3-5-haiku*", 0.8, 4.0},
        {provider_id::kAnthropic, "claude-3-haiku*", 0.25, 1.25},
        {provider_id::kOpenAi, "gpt-4o-mini*", 0.15, 0.6},
        {provider_id::kOpenAi, "gpt-4o*", 2.5, 10.0},
        {provider_id::kOpenAi, "gpt-4.1-mini*", 0.4, 1.6},
        {provider_id::kOpenAi, "gpt-4.1*", 2.0, 8.0},
        {provider_id::kBuiltin, "*", 0.0, 0.0},
    };
    return t;
}

void PriceTable::set(const ModelPrice& price)
{
    for (ModelPrice& e : m_entries) {
        if (e.provider == price.provider && e.pattern == price.pattern) {
            e = price;
            return;
        }
    }
    m_entries.push_back(price);
}

std::optional<ModelPrice> PriceTable::find(const std::string& provider,
                                           const std::string& model) const
{
    const ModelPrice* best = nullptr;
    bool bestExact = false;
    for (const ModelPrice& e : m_entries) {
        if (e.provider != "*" && e.provider != provider)
            continue;
        const bool exact = e.pattern == model;
        if (!exact && !wildcardMatch(e.pattern, model))
            continue;
        if (!best || (exact && !bestExact) ||
            (exact == bestExact && e.pattern.size() > best->pattern.size())) {
            best = &e;
            bestExact = exact;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

std::optional<double> PriceTable::cost(const std::string& provider, const std::string& model,
                                       std::int64_t inputTokens, std::int64_t outputTokens) const
{
    const auto p = find(provider, model);
    if (!p)
        return std::nullopt;
    return (static_cast<double>(inputTokens) * p->inputPerMTok +
            static_cast<double>(outputTokens) * p->outputPerMTok) /
           1e6;
}

std::string PriceTable::toJson() const
{
    Json a = Json::array();
    for (const ModelPrice& e : m_entries)
        a.push_back({{"provider", e.provider},
                     {"model", e.pattern},
                     {"input_per_mtok", e.inputPerMTok},
                     {"output_per_mtok", e.outputPerMTok}});
    return dumpJson(a, 1);
}

PriceTable PriceTable::fromJson(const std::string& json)
{
    const Json a = Json::parse(json, nullptr, false);
    if (!a.is_array())
        throw Error("The price table (settings key ai.prices) is not a JSON array.");
    PriceTable t;
    int i = 0;
    for (const Json& e : a) {
        ++i;
        if (!e.is_object() || !e.contains("model") || !e["model"].is_string() ||
            !e.contains("input_per_mtok") || !e["input_per_mtok"].is_number() ||
            !e.contains("output_per_mtok") || !e["output_per_mtok"].is_number())
            throw Error("Price entry " + std::to_string(i) +
                        " needs \"model\", \"input_per_mtok\" and \"output_per_mtok\".");
        ModelPrice p{e.value("provider", "*"), e["model"].get<std::string>(),
                     e["input_per_mtok"].get<double>(), e["output_per_mtok"].get<double>()};
        if (p.inputPerMTok < 0 || p.outputPerMTok < 0 || !std::isfinite(p.inputPerMTok) ||
            !std::isfinite(p.outputPerMTok))
            throw Error("Price entry " + std::to_string(i) + " (" + p.pattern +
                        ") has a negative price.");
        t.m_entries.push_back(p);
    }
    return t;
}

PriceTable PriceTable::load(workspace::Database& db)
{
    const std::string json = readSetting(db, "ai.prices");
    return json.empty() ? defaults() : fromJson(json);
}

void PriceTable::save(workspace::Database& db) const
{
    writeSetting(db, "ai.prices", toJson());
}

} // namespace kestrel::ai
