#pragma once

#include "core/ai/Provider.h"

#include <map>
#include <string>
#include <vector>

namespace kestrel::ai {

// One model's part in an analysis: its answer (names restored) or its error.
struct ModelAnswer
{
    std::string provider;
    std::string model;
    Completion completion;
    std::string text; // completion.text with real names restored
    bool cached = false;
    std::optional<double> costUsd;
    std::string error; // non-empty when this model failed (redacted)
    std::string requestHash;
};

// Splits a Markdown answer into the analysis sections it wrote, by its "## "
// headings: a heading naming performance/trend, comparison/ranking, error,
// optimi[sz]ation/recommendation or health maps to that type. Text before the
// first recognised heading is dropped.
std::map<std::string, std::string> splitSections(const std::string& markdown);

// The built-in merge of several answers: per requested section, the names
// (models, error templates, data sources, symbols: `vocabulary`) that every
// answer mentions, those only some mention and who, and how much of their
// wording they share (Jaccard similarity of their words of 4+ letters).
// Failed answers are listed and left out of the comparison.
std::string builtinConsensus(const std::vector<ModelAnswer>& answers,
                             const std::vector<std::string>& types,
                             const std::vector<std::string>& vocabulary);

// The prompt asking a chosen model to synthesise the answers into one
// consensus section (the alternative to the built-in merge).
std::string synthesisPrompt(const std::vector<ModelAnswer>& answers,
                            const std::vector<std::string>& types);

} // namespace kestrel::ai
