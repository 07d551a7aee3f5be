#include "core/ai/PromptBuilder.h"

#include "core/net/Redaction.h"
#include "core/common/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace kestrel::ai {

int estimateTokens(std::string_view text)
{
    return static_cast<int>((text.size() * 2 + 6) / 7);
}

namespace {

std::string num(double v, int digits = 3)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

std::string opt(const std::optional<double>& v, int digits = 3)
{
    return v ? num(*v, digits) : "-";
}

std::string pct(const std::optional<double>& v)
{
    if (!v)
        return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", *v * 100);
    return buf;
}

struct Limits
{
    std::size_t models = 1000;
    bool weekly = false;
    std::size_t findings = 40;
    std::size_t errors = 30;
    std::size_t breakdown = 3; // entries per error breakdown (models, sources, symbols)
};

template <class Map, class Fn> std::string topOf(const Map& m, std::size_t n, Fn name)
{
    std::vector<std::pair<std::string, std::int64_t>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string out;
    for (std::size_t i = 0; i < v.size() && i < n; ++i)
        out += (i ? ", " : "") + name(v[i].first) + " " + std::to_string(v[i].second);
    if (v.size() > n)
        out += ", +" + std::to_string(v.size() - n) + " more";
    return out.empty() ? "-" : out;
}

std::string renderData(const AnalysisData& d, const Limits& lim, Pseudonymizer& ps,
                       std::vector<std::string>& shortened)
{
    shortened.clear();
    std::string s;
    const runs::RunSummary& sum = d.summary;

    s += "# Scope\n";
    s += "Timeframe: " + d.options.timeframe + ", " + shortTime(d.from) + " to " + shortTime(d.to) +
         " UTC\n";
    if (d.options.models.empty()) {
        s += "Models: all (" + std::to_string(d.allModels.size()) + ")\n";
    } else {
        s += "Models:";
        for (const std::string& m : d.options.models)
            s += " " + ps.model(m) + ";";
        s += "\n";
    }
    s += "Runs: " + std::to_string(sum.runs) + " (completed " + std::to_string(sum.completed) +
         ", failed " + std::to_string(sum.failed) + ", running " + std::to_string(sum.running) +
         ", cancelled " + std::to_string(sum.cancelled) + "); success rate " +
         pct(sum.successRate) + "; duration mean " + opt(sum.meanDuration) + " s, p50 " +
         opt(sum.p50Duration) + " s, p95 " + opt(sum.p95Duration) + " s; mean accuracy " +
         opt(sum.meanAccuracy) + "\n\n";

    // Models, best rank first.
    std::vector<const runs::ModelStats*> models;
    for (const auto& m : d.models)
        models.push_back(&m);
    std::stable_sort(models.begin(), models.end(), [](auto* a, auto* b) {
        return (a->rank == 0 ? 1 << 30 : a->rank) < (b->rank == 0 ? 1 << 30 : b->rank);
    });
    s += "# Models (rank | model | runs | failed | success rate [95% CI] | accuracy [95% CI] | p50 "
         "s | p95 s)\n";
    for (std::size_t i = 0; i < models.size() && i < lim.models; ++i) {
        const runs::ModelStats& m = *models[i];
        auto ci = [](const std::optional<runs::Interval>& iv, bool asPct) {
            if (!iv)
                return std::string();
            return asPct ? " [" + pct(iv->low) + ", " + pct(iv->high) + "]"
                         : " [" + num(iv->low) + ", " + num(iv->high) + "]";
        };
        s += std::to_string(m.rank) + " | " + ps.model(m.model) + " | " + std::to_string(m.runs) +
             " | " + std::to_string(m.failed) + " | " + pct(m.successRate) +
             ci(m.successInterval, true) + " | " + opt(m.meanAccuracy) +
             ci(m.accuracyInterval, false) + " | " + opt(m.p50Duration) + " | " +
             opt(m.p95Duration) + "\n";
    }
    if (models.size() > lim.models) {
        s += "(" + std::to_string(models.size() - lim.models) + " lower-ranked models omitted)\n";
        shortened.push_back("models: " + std::to_string(lim.models) + " of " +
                            std::to_string(models.size()));
    }
    s += "\n";

    if (!lim.weekly) {
        s += "# Daily totals (day | completed | failed | cancelled | p50 s | p95 s)\n";
        for (const runs::DayStats& day : d.days)
            s += shortTime(day.day) + " | " + std::to_string(day.completed) + " | " +
                 std::to_string(day.failed) + " | " + std::to_string(day.cancelled) + " | " +
                 opt(day.p50Duration) + " | " + opt(day.p95Duration) + "\n";
    } else {
        s += "# Weekly totals (week starting | completed | failed | cancelled | highest daily p95 "
             "s)\n";
        std::map<EpochMs, std::array<double, 4>> weeks;
        const EpochMs origin = d.days.empty() ? 0 : d.days.front().day;
        for (const runs::DayStats& day : d.days) {
            auto& w = weeks[origin + (day.day - origin) / (7 * kMsPerDay) * 7 * kMsPerDay];
            w[0] += static_cast<double>(day.completed);
            w[1] += static_cast<double>(day.failed);
            w[2] += static_cast<double>(day.cancelled);
            w[3] = std::max(w[3], day.p95Duration.value_or(0));
        }
        for (const auto& [start, w] : weeks)
            s += shortTime(start) + " | " + num(w[0], 9) + " | " + num(w[1], 9) + " | " +
                 num(w[2], 9) + " | " + num(w[3]) + "\n";
        shortened.push_back("daily totals grouped by week");
    }
    s += "\n";

    s += "# Anomalies the detectors stored, false positives left out (kind | model | from | to | "
         "peak | "
         "expected | score | severity | review state | error template | data source)\n";
    if (d.findings.empty())
        s += d.detectionRun ? "none\n" : "none: anomaly detection has not run on this workspace\n";
    for (std::size_t i = 0; i < d.findings.size() && i < lim.findings; ++i) {
        const Finding& f = d.findings[i];
        s += f.kind + " | " + ps.model(f.model) + " | " + shortTime(f.from) + " | " +
             shortTime(f.to) + " | " + num(f.value) + " " + f.unit + " | " + num(f.baseline) + " " +
             f.unit + " | " + num(f.score, 2) + " | " + f.severity + " | " + f.state + " | " +
             (f.errorTemplate.empty() ? "-" : ps.hide(f.errorTemplate)) + " | " +
             (f.dataSource.empty() ? "-" : f.dataSource) + "\n";
    }
    if (d.findings.size() > lim.findings) {
        s += "(" + std::to_string(d.findings.size() - lim.findings) + " weaker episodes omitted)\n";
        shortened.push_back("episodes: " + std::to_string(lim.findings) + " of " +
                            std::to_string(d.findings.size()));
    }
    s += "\n";

    s += "# Error templates, most frequent first (count | template | models | data sources | "
         "symbols | first "
         "seen | last seen)\n";
    if (d.errors.empty())
        s += "none\n";
    auto modelName = [&](const std::string& m) { return ps.model(m); };
    auto symbolName = [&](const std::string& m) { return ps.symbol(m); };
    auto plain = [](const std::string& m) { return m; };
    for (std::size_t i = 0; i < d.errors.size() && i < lim.errors; ++i) {
        const runs::ErrorPattern& e = d.errors[i];
        const std::string models = topOf(e.byModel, lim.breakdown, modelName);
        const std::string sources = topOf(e.byDataSource, lim.breakdown, plain);
        const std::string symbols = topOf(e.bySymbol, lim.breakdown, symbolName);
        s += std::to_string(e.count) + " | " + ps.hide(e.templateText) + " | " + models + " | " +
             sources + " | " + symbols + " | " + shortTime(e.firstSeen) + " | " +
             shortTime(e.lastSeen) + "\n";
    }
    if (d.errors.size() > lim.errors) {
        std::int64_t rest = 0;
        for (std::size_t i = lim.errors; i < d.errors.size(); ++i)
            rest += d.errors[i].count;
        s += "(" + std::to_string(d.errors.size() - lim.errors) + " rarer templates omitted, " +
             std::to_string(rest) + " failures)\n";
        shortened.push_back("error templates: " + std::to_string(lim.errors) + " of " +
                            std::to_string(d.errors.size()));
    }
    return s;
}

} // namespace

Prompt buildPrompt(const AnalysisData& data, const PromptTemplate& tmpl)
{
    Prompt p;
    p.templateName = tmpl.name;
    p.templateVersion = tmpl.version;
    p.tokenCap = data.options.tokenCap;
    p.system = tmpl.system;

    std::string ask = tmpl.instructions + "\n\nRequested analysis types, in order:\n";
    for (const std::string& type : data.types)
        ask += "\n" + tmpl.sections.at(type) + "\n";
    if (data.options.patternRecognition && tmpl.toggles.count("pattern_recognition"))
        ask += "\n" + tmpl.toggles.at("pattern_recognition") + "\n";
    if (data.options.optimizationRecommendations &&
        tmpl.toggles.count("optimization_recommendations"))
        ask += "\n" + tmpl.toggles.at("optimization_recommendations") + "\n";

    const int fixed =
        estimateTokens(p.system) + estimateTokens(tmpl.intro) + estimateTokens(ask) + 8;
    if (fixed > p.tokenCap)
        throw Error("The token cap of " + std::to_string(p.tokenCap) +
                    " is too small for the prompt template alone (about " + std::to_string(fixed) +
                    " tokens). Raise it in the analysis options.");
    const int budget = p.tokenCap - fixed;

    Limits lim;
    lim.models = std::max<std::size_t>(data.models.size(), 1);
    lim.weekly = data.days.size() > 60;
    std::string block;
    for (int round = 0; round < 64; ++round) {
        Pseudonymizer ps(data.options.anonymise);
        // Name models in rank order, so "Model A" is the best-ranked one.
        std::vector<const runs::ModelStats*> byRank;
        for (const auto& m : data.models)
            byRank.push_back(&m);
        std::stable_sort(byRank.begin(), byRank.end(), [](auto* a, auto* b) {
            return (a->rank == 0 ? 1 << 30 : a->rank) < (b->rank == 0 ? 1 << 30 : b->rank);
        });
        for (const auto* m : byRank)
            ps.model(m->model);
        // Run data is free text written by other programs: credentials in an
        // error message or a data source name never reach the provider.
        block = net::Redaction::redact(renderData(data, lim, ps, p.shortened));
        if (estimateTokens(block) <= budget) {
            p.pseudonyms = std::move(ps);
            break;
        }
        // Cut the least important first.
        if (lim.errors > 10)
            lim.errors = std::max<std::size_t>(10, lim.errors / 2);
        else if (lim.breakdown > 2)
            lim.breakdown = 2;
        else if (lim.findings > 15)
            lim.findings = std::max<std::size_t>(15, lim.findings / 2);
        else if (!lim.weekly && data.days.size() > 14)
            lim.weekly = true;
        else if (lim.models > 10)
            lim.models = std::max<std::size_t>(10, lim.models / 2);
        else if (lim.errors > 3)
            lim.errors = std::max<std::size_t>(3, lim.errors / 2);
        else if (lim.findings > 5)
            lim.findings = std::max<std::size_t>(5, lim.findings / 2);
        else if (lim.breakdown > 1)
            lim.breakdown = 1;
        else if (lim.models > 3)
            lim.models = std::max<std::size_t>(3, lim.models / 2);
        else {
            // Last resort: cut the block at a line end.
            p.pseudonyms = std::move(ps);
            const std::size_t maxBytes = static_cast<std::size_t>(budget) * 7 / 2 - 64;
            std::size_t cut = block.rfind('\n', maxBytes);
            block.resize(cut == std::string::npos ? 0 : cut + 1);
            block += "(data cut to fit the token cap)\n";
            p.shortened.push_back("data block cut at " + std::to_string(block.size()) + " bytes");
            break;
        }
    }
    // A template or override that names a real model must not undo the anonymisation.
    p.system = p.pseudonyms.hide(p.system);
    p.user = p.pseudonyms.hide(tmpl.intro) + "\n\n" + block + "\n" + p.pseudonyms.hide(ask);
    p.estimatedTokens = estimateTokens(p.system) + estimateTokens(p.user);
    return p;
}

} // namespace kestrel::ai
