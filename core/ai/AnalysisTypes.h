#pragma once

#include "core/common/Time.h"

#include <optional>
#include <string>
#include <vector>

namespace kestrel::ai {

// The five analysis types of the panel, the CLI and stored reports, in the
// order their sections appear.
const std::vector<std::string>& analysisTypes();
// The section title for a type ("performance_trends" -> "Performance trends").
std::string analysisTitle(const std::string& type);
// Checks and orders a user's list ("all" or empty = every type); throws
// kestrel::Error naming an unknown type and the valid ones.
std::vector<std::string> normaliseTypes(const std::vector<std::string>& types);

// What one analysis covers and how it is sent: the panel's controls and the
// toggles of the original admin page.
struct AnalysisOptions
{
    // "24h", "7d", "30d", "90d", "all", or "custom" with from/to.
    std::string timeframe = "7d";
    std::optional<EpochMs> from;
    std::optional<EpochMs> to;
    // The moment timeframes are measured back from; 0 means now.
    EpochMs now = 0;
    std::vector<std::string> models; // empty: every model
    std::vector<std::string> types;  // empty: every type
    bool patternRecognition = true;
    bool optimizationRecommendations = true;
    // Replace model names and symbols by consistent pseudonyms before sending.
    bool anonymise = false;
    // Upper bound on the estimated tokens of the request (system + user text).
    int tokenCap = 8'000;
};

} // namespace kestrel::ai
