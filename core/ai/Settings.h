#pragma once

#include "core/common/ProviderIds.h"
#include "core/workspace/Database.h"
#include "core/workspace/Workspace.h"

#include <string>
#include <vector>

namespace kestrel::ai {

// The settings table is read and written with workspace::readSetting and
// workspace::writeSetting (core/workspace/Workspace.h) on the worker's own
// Database.

// One numeric AI setting, declared once with its key, default, bounds and
// meaning (the Settings dialog builds its fields from this table).
struct NumberSetting
{
    const char* key;
    double defaultValue;
    double min;
    double max;
    const char* description;
};

// Every numeric AI setting. All are per workspace (a team shares budgets and
// limits with the file); API keys are never here (see KeySource).
const std::vector<NumberSetting>& numberSettings();

// The AI settings of a workspace, typed. Values outside their bounds are
// refused by save() and clamped by load() (a hand-edited workspace).
struct AiSettings
{
    std::string provider = provider_id::kBuiltin; // one of provider_id::kAll
    std::string anthropicBaseUrl;                 // empty: https://api.anthropic.com
    std::string anthropicModel;                   // empty: the first model the API lists
    std::string openaiBaseUrl;                    // empty: https://api.openai.com
    std::string openaiModel;
    int maxTokens = 2'048;
    double temperature = 0.2;
    int connectTimeoutMs = 15'000;
    int readTimeoutMs = 60'000;
    int maxRetries = 3;
    int tokenCap = 8'000;
    double dailyBudgetUsd = 0;   // 0: no limit
    double monthlyBudgetUsd = 0; // 0: no limit
    int requestsPerMinute = 20;  // 0: no limit
    int cacheTtlSeconds = 3'600; // 0: no cache

    static AiSettings load(workspace::Database& db);
    // Throws kestrel::Error naming the setting and its bounds.
    void save(workspace::Database& db) const;
};

} // namespace kestrel::ai
