#include "core/ai/Settings.h"

#include "core/common/Error.h"
#include "core/common/ProviderIds.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace kestrel::ai {

const std::vector<NumberSetting>& numberSettings()
{
    // The descriptions are shown translated by the Settings dialog (context "AiSettings").
    static const std::vector<NumberSetting> list = {
        {"ai.max_tokens", 2048, 64, 64000,
         QT_TRANSLATE_NOOP("AiSettings", "Longest answer, in tokens")},
        {"ai.temperature", 0.2, 0, 2, QT_TRANSLATE_NOOP("AiSettings", "Sampling temperature")},
        {"ai.connect_timeout_ms", 15000, 500, 300000,
         QT_TRANSLATE_NOOP("AiSettings", "Wait for the provider to answer, ms")},
        {"ai.read_timeout_ms", 60000, 500, 600000,
         QT_TRANSLATE_NOOP("AiSettings", "Longest silence inside a streamed answer, ms")},
        {"ai.max_retries", 3, 0, 10,
         QT_TRANSLATE_NOOP("AiSettings", "Retries for 429, 529 and 5xx answers")},
        {"ai.token_cap", 8000, 500, 200000,
         QT_TRANSLATE_NOOP("AiSettings", "Largest request, in estimated tokens")},
        {"ai.budget.daily_usd", 0, 0, 1e6,
         QT_TRANSLATE_NOOP("AiSettings", "Daily spending limit in USD (0: none)")},
        {"ai.budget.monthly_usd", 0, 0, 1e7,
         QT_TRANSLATE_NOOP("AiSettings", "Monthly spending limit in USD (0: none)")},
        {"ai.rate_limit.rpm", 20, 0, 10000,
         QT_TRANSLATE_NOOP("AiSettings", "Requests per minute (0: no limit)")},
        {"ai.cache.ttl_s", 3600, 0, 90 * 86400,
         QT_TRANSLATE_NOOP("AiSettings", "How long a cached answer is reused, seconds (0: never)")},
    };
    return list;
}

namespace {

const NumberSetting& entry(const std::string& key)
{
    for (const NumberSetting& s : numberSettings()) {
        if (key == s.key)
            return s;
    }
    throw Error("Unknown AI setting " + key);
}

double readNumber(workspace::Database& db, const std::string& key)
{
    const NumberSetting& s = entry(key);
    const std::string text = readSetting(db, key);
    if (text.empty())
        return s.defaultValue;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !std::isfinite(v))
        return s.defaultValue;
    return std::clamp(v, s.min, s.max);
}

void writeNumber(workspace::Database& db, const std::string& key, double value)
{
    const NumberSetting& s = entry(key);
    if (!std::isfinite(value) || value < s.min || value > s.max) {
        std::ostringstream msg;
        msg << s.description << " (" << key << ") must be between " << s.min << " and " << s.max
            << "; got " << value << ".";
        throw Error(msg.str());
    }
    std::ostringstream text;
    text.precision(15);
    text << value;
    writeSetting(db, key, text.str());
}

} // namespace

AiSettings AiSettings::load(workspace::Database& db)
{
    AiSettings s;
    s.provider = readSetting(db, "ai.provider", provider_id::kBuiltin);
    s.anthropicBaseUrl = readSetting(db, "ai.anthropic.base_url");
    s.anthropicModel = readSetting(db, "ai.anthropic.model");
    s.openaiBaseUrl = readSetting(db, "ai.openai.base_url");
    s.openaiModel = readSetting(db, "ai.openai.model");
    s.maxTokens = static_cast<int>(readNumber(db, "ai.max_tokens"));
    s.temperature = readNumber(db, "ai.temperature");
    s.connectTimeoutMs = static_cast<int>(readNumber(db, "ai.connect_timeout_ms"));
    s.readTimeoutMs = static_cast<int>(readNumber(db, "ai.read_timeout_ms"));
    s.maxRetries = static_cast<int>(readNumber(db, "ai.max_retries"));
    s.tokenCap = static_cast<int>(readNumber(db, "ai.token_cap"));
    s.dailyBudgetUsd = readNumber(db, "ai.budget.daily_usd");
    s.monthlyBudgetUsd = readNumber(db, "ai.budget.monthly_usd");
    s.requestsPerMinute = static_cast<int>(readNumber(db, "ai.rate_limit.rpm"));
    s.cacheTtlSeconds = static_cast<int>(readNumber(db, "ai.cache.ttl_s"));
    return s;
}

void AiSettings::save(workspace::Database& db) const
{
    if (std::find(std::begin(provider_id::kAll), std::end(provider_id::kAll), provider) ==
        std::end(provider_id::kAll))
        throw Error("Unknown AI provider '" + provider + "': use builtin, anthropic or openai.");
    writeSetting(db, "ai.provider", provider);
    writeSetting(db, "ai.anthropic.base_url", anthropicBaseUrl);
    writeSetting(db, "ai.anthropic.model", anthropicModel);
    writeSetting(db, "ai.openai.base_url", openaiBaseUrl);
    writeSetting(db, "ai.openai.model", openaiModel);
    writeNumber(db, "ai.max_tokens", maxTokens);
    writeNumber(db, "ai.temperature", temperature);
    writeNumber(db, "ai.connect_timeout_ms", connectTimeoutMs);
    writeNumber(db, "ai.read_timeout_ms", readTimeoutMs);
    writeNumber(db, "ai.max_retries", maxRetries);
    writeNumber(db, "ai.token_cap", tokenCap);
    writeNumber(db, "ai.budget.daily_usd", dailyBudgetUsd);
    writeNumber(db, "ai.budget.monthly_usd", monthlyBudgetUsd);
    writeNumber(db, "ai.rate_limit.rpm", requestsPerMinute);
    writeNumber(db, "ai.cache.ttl_s", cacheTtlSeconds);
}

} // namespace kestrel::ai
