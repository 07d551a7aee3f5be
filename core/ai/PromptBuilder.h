#pragma once

#include "core/ai/AnalysisData.h"
#include "core/ai/PromptTemplate.h"
#include "core/ai/Pseudonymizer.h"

#include <string>
#include <string_view>
#include <vector>

namespace kestrel::ai {

// Estimated tokens of a text: ceil(UTF-8 bytes / 3.5). Tokenizers average about
// four characters per token on English prose but fewer on the numbers and
// tables a prompt is made of, so 3.5 errs on the safe side of the cap.
int estimateTokens(std::string_view text);

// The text of one analysis request, ready for any provider.
struct Prompt
{
    std::string system;
    std::string user;
    std::string templateName;
    std::string templateVersion;
    int estimatedTokens = 0; // system + user
    int tokenCap = 0;
    // What was shortened to stay under the cap, for a person ("error templates: 25 of 140").
    std::vector<std::string> shortened;
    // Real names <-> pseudonyms; disabled unless the options asked for anonymisation.
    Pseudonymizer pseudonyms{false};
};

// Renders the aggregates of `data` through `tmpl` into a prompt whose estimate
// stays at or under data.options.tokenCap whatever the number of runs, models
// or error templates: lists are cut by importance (fewest-occurring error
// templates, weakest findings and lowest-ranked models go first; daily rows
// become weekly) and, as a last resort, the data block is cut at a line end.
// Aggregates only: no run row, no secret. Deterministic.
Prompt buildPrompt(const AnalysisData& data, const PromptTemplate& tmpl);

} // namespace kestrel::ai
