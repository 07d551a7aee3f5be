#pragma once

#include "core/workspace/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::ai {

// USD per million tokens for the models that match `pattern`: an exact model
// id, or a family written with '*' wildcards ("claude-*sonnet*") so a new
// model of a known family is priced without an update. Exact ids win over
// patterns; among patterns, the longest wins.
struct ModelPrice
{
    std::string provider; // "anthropic", "openai" or "*"
    std::string pattern;
    double inputPerMTok = 0;
    double outputPerMTok = 0;
};

// The price table of a workspace: editable defaults stored as JSON under the
// settings key "ai.prices". A model with no price has an unknown cost and can
// still be used; the built-in analyst and local servers cost nothing.
class PriceTable
{
public:
    static PriceTable defaults();
    // The workspace's table, or the defaults when none was saved.
    static PriceTable load(workspace::Database& db);
    void save(workspace::Database& db) const;

    const std::vector<ModelPrice>& entries() const { return m_entries; }
    void set(const ModelPrice& price); // replaces an entry with the same provider and pattern

    std::optional<ModelPrice> find(const std::string& provider, const std::string& model) const;
    // USD for the given tokens, or nothing when the model has no price.
    std::optional<double> cost(const std::string& provider, const std::string& model,
                               std::int64_t inputTokens, std::int64_t outputTokens) const;

    std::string toJson() const;
    // Throws kestrel::Error naming the bad entry.
    static PriceTable fromJson(const std::string& json);

private:
    std::vector<ModelPrice> m_entries;
};

// Glob match with '*' only.
bool wildcardMatch(std::string_view pattern, std::string_view text);

} // namespace kestrel::ai
