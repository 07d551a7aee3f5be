#pragma once

#include "core/workspace/Database.h"

#include <map>
#include <string>

namespace kestrel::ai {

// A versioned prompt template: the JSON files under resources/prompts/
// (compiled in as :/kestrel/prompts/<name>.json). A workspace overrides one by
// storing a whole template JSON under the settings key
// "ai.prompt_template.<name>"; the version then recorded with each report is
// the override's.
//
// Fields: name, version, system, intro, instructions, sections (one text per
// analysis type, starting with its "## " heading), toggles
// (pattern_recognition, optimization_recommendations).
struct PromptTemplate
{
    std::string name;
    std::string version;
    std::string system;
    std::string intro;
    std::string instructions;
    std::map<std::string, std::string> sections;
    std::map<std::string, std::string> toggles;
    std::string origin; // "built-in" or "workspace override"

    // Parses template JSON; throws kestrel::Error naming the missing field or
    // the JSON error position. `origin` says where the text came from.
    static PromptTemplate parse(const std::string& json, const std::string& origin);
    // The compiled-in template `name`; throws when there is none.
    static PromptTemplate builtin(const std::string& name);
    // The workspace override when set, the compiled-in template otherwise.
    static PromptTemplate load(workspace::Database& db, const std::string& name);

    static constexpr const char* kRunAnalysis = "run_analysis";
};

} // namespace kestrel::ai
