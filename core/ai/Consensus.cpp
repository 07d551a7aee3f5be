#include "core/ai/Consensus.h"

#include "core/ai/AnalysisTypes.h"
#include "core/common/Text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

namespace kestrel::ai {

namespace {

std::string typeOfHeading(const std::string& heading)
{
    const std::string h = lower(heading);
    if (h.find("health") != std::string::npos)
        return "system_health";
    if (h.find("optimi") != std::string::npos || h.find("recommend") != std::string::npos)
        return "optimization";
    if (h.find("error") != std::string::npos || h.find("failure") != std::string::npos)
        return "error_analysis";
    if (h.find("comparison") != std::string::npos || h.find("ranking") != std::string::npos ||
        h.find("compare") != std::string::npos)
        return "model_comparison";
    if (h.find("performance") != std::string::npos || h.find("trend") != std::string::npos)
        return "performance_trends";
    return {};
}

std::set<std::string> words(const std::string& text)
{
    std::set<std::string> out;
    std::string w;
    for (char c : text + " ") {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            if (w.size() >= 4)
                out.insert(w);
            w.clear();
        }
    }
    return out;
}

std::string label(const ModelAnswer& a)
{
    return a.model + " (" + a.provider + ")";
}

} // namespace

std::map<std::string, std::string> splitSections(const std::string& markdown)
{
    std::map<std::string, std::string> out;
    std::string current;
    std::size_t pos = 0;
    while (pos < markdown.size()) {
        std::size_t end = markdown.find('\n', pos);
        if (end == std::string::npos)
            end = markdown.size();
        const std::string line = markdown.substr(pos, end - pos);
        if (line.rfind("## ", 0) == 0) {
            const std::string t = typeOfHeading(line.substr(3));
            current = t;
        } else if (!current.empty()) {
            out[current] += line + "\n";
        }
        pos = end + 1;
    }
    return out;
}

std::string builtinConsensus(const std::vector<ModelAnswer>& answers,
                             const std::vector<std::string>& types,
                             const std::vector<std::string>& vocabulary)
{
    std::vector<const ModelAnswer*> ok;
    std::string s = "## Consensus\n\n";
    for (const ModelAnswer& a : answers) {
        if (a.error.empty() && !a.text.empty())
            ok.push_back(&a);
    }
    std::string names;
    for (const ModelAnswer* a : ok)
        names += (names.empty() ? "" : ", ") + label(*a);
    s += "_Built-in merge of " + std::to_string(ok.size()) + " answers (" + names +
         "): what they all name, what only some name, and how much of their wording they "
         "share._\n\n";
    for (const ModelAnswer& a : answers) {
        if (!a.error.empty())
            s += "- " + label(a) + " gave no answer: " + a.error + "\n";
    }
    if (ok.size() < 2) {
        s += "\nFewer than two answers arrived, so there is nothing to compare.\n";
        return s;
    }
    std::vector<std::map<std::string, std::string>> sections;
    for (const ModelAnswer* a : ok)
        sections.push_back(splitSections(a->text));

    for (const std::string& type : types) {
        s += "### " + analysisTitle(type) + "\n\n";
        std::vector<std::string> missing;
        std::vector<std::set<std::string>> mentioned(ok.size());
        std::vector<std::set<std::string>> vocab(ok.size());
        for (std::size_t i = 0; i < ok.size(); ++i) {
            const auto it = sections[i].find(type);
            if (it == sections[i].end()) {
                missing.push_back(label(*ok[i]));
                continue;
            }
            const std::string text = lower(it->second);
            for (const std::string& v : vocabulary) {
                if (!v.empty() && text.find(lower(v)) != std::string::npos)
                    mentioned[i].insert(v);
            }
            vocab[i] = words(it->second);
        }
        if (!missing.empty()) {
            for (const std::string& m : missing)
                s += "- " + m + " wrote no such section.\n";
        }
        std::set<std::string> all, every;
        for (const auto& m : mentioned)
            all.insert(m.begin(), m.end());
        for (const std::string& v : all) {
            if (std::all_of(mentioned.begin(), mentioned.end(),
                            [&](const auto& m) { return m.count(v) > 0; }))
                every.insert(v);
        }
        std::string agree;
        for (const std::string& v : every)
            agree += (agree.empty() ? "" : ", ") + ("`" + v + "`");
        s += "- **All name:** " + (agree.empty() ? std::string("nothing in common") : agree) + "\n";
        for (std::size_t i = 0; i < ok.size(); ++i) {
            std::string only;
            for (const std::string& v : mentioned[i]) {
                if (!every.count(v))
                    only += (only.empty() ? "" : ", ") + ("`" + v + "`");
            }
            if (!only.empty())
                s += "- **Only " + label(*ok[i]) + " names:** " + only + "\n";
        }
        // Mean pairwise Jaccard similarity of the sections' words.
        double sum = 0;
        int pairs = 0;
        for (std::size_t i = 0; i < ok.size(); ++i) {
            for (std::size_t j = i + 1; j < ok.size(); ++j) {
                if (vocab[i].empty() || vocab[j].empty())
                    continue;
                std::size_t inter = 0;
                for (const std::string& w : vocab[i])
                    inter += vocab[j].count(w);
                const std::size_t uni = vocab[i].size() + vocab[j].size() - inter;
                sum += static_cast<double>(inter) / static_cast<double>(uni);
                ++pairs;
            }
        }
        if (pairs > 0) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.0f%%", 100 * sum / pairs);
            s += std::string("- **Shared wording:** ") + buf + "\n";
        }
        s += "\n";
    }
    return s;
}

std::string synthesisPrompt(const std::vector<ModelAnswer>& answers,
                            const std::vector<std::string>& types)
{
    std::string p = "Several analysts wrote independent reports on the same aggregated ML run "
                    "history. Compare them "
                    "and write one Markdown section headed \"## Consensus\" with one \"### \" "
                    "subsection per topic (";
    for (std::size_t i = 0; i < types.size(); ++i)
        p += (i ? ", " : "") + analysisTitle(types[i]);
    p += "). In each, state what all reports agree on, where they differ (say who claims what), "
         "and which claim the "
         "figures quoted support best. Do not add facts that no report contains.\n\n";
    int n = 0;
    for (const ModelAnswer& a : answers) {
        if (!a.error.empty() || a.text.empty())
            continue;
        p += "=== Report " + std::to_string(++n) + " (" + a.model + ") ===\n" + a.text + "\n\n";
    }
    return p;
}

} // namespace kestrel::ai
