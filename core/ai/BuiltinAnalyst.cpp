#include "core/ai/BuiltinAnalyst.h"

#include "core/common/Error.h"
#include "core/stats/Robust.h"
#include "core/common/ProviderIds.h"
#include "core/common/Units.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace kestrel::ai {

namespace {

std::string fmt(const char* format, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string pct(double v)
{
    return units::formatValue(v, units::Unit::Fraction);
}

std::string secs(double v)
{
    return units::formatValue(v, units::Unit::Seconds);
}

std::string count(std::int64_t n)
{
    return units::formatCount(n);
}

std::string mb(double v)
{
    return units::formatValue(v, units::Unit::Megabytes);
}

std::string span(EpochMs from, EpochMs to)
{
    if (to - from == kMsPerDay && from % kMsPerDay == 0)
        return "on " + shortTime(from);
    return "from " + shortTime(from) + " to " + shortTime(to) + " UTC";
}

template <class Map> std::vector<std::pair<std::string, std::int64_t>> ranked(const Map& m)
{
    std::vector<std::pair<std::string, std::int64_t>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return v;
}

std::string describe(const Finding& f)
{
    const std::string who = "**" + f.model + "**";
    if (f.kind == "latency_spike")
        return who + " latency spike: mean duration up to " + secs(f.value) +
               " against its usual " + secs(f.baseline) + " (" + fmt("%.1f", f.value / f.baseline) +
               "×) " + span(f.from, f.to) + ".";
    if (f.kind == "error_rate_spike") {
        std::string s = who + " error-rate spike: " + pct(f.value) +
                        " of runs failed at the peak against its usual " + pct(f.baseline) + ", " +
                        span(f.from, f.to);
        if (!f.errorTemplate.empty())
            s += "; the failures read `" + f.errorTemplate + "`";
        if (!f.dataSource.empty())
            s += " (data source " + f.dataSource + ")";
        return s + ".";
    }
    if (f.kind == "throughput_drop")
        return who + " throughput drop: " + count(static_cast<std::int64_t>(f.value)) +
               " runs an hour at the low " + span(f.from, f.to) + " against an expected " +
               count(static_cast<std::int64_t>(f.baseline)) +
               (f.baseline > 0 ? " (" + fmt("%.0f%%", 100 * f.value / f.baseline) + " of normal)."
                               : std::string("."));
    if (f.kind == "accuracy_decline")
        return who + " accuracy decline: daily mean accuracy down to " + pct(f.value) +
               " against its usual " + pct(f.baseline) + " (" +
               fmt("%+.1f", 100 * (f.value - f.baseline)) + " percentage points) " +
               span(f.from, f.to) + ".";
    if (f.kind == "memory_growth")
        return who + " memory growth: mean resident memory up to " + mb(f.value) +
               " against its usual " + mb(f.baseline) + " (" +
               fmt("%+.0f%%", 100 * (f.value / f.baseline - 1)) + ") " + span(f.from, f.to) + ".";
    return who + " " + f.kind + " " + span(f.from, f.to) + ".";
}

std::vector<const Finding*> findingsOf(const AnalysisData& d,
                                       std::initializer_list<const char*> kinds)
{
    std::vector<const Finding*> out;
    for (const Finding& f : d.findings) {
        for (const char* k : kinds) {
            if (f.kind == k)
                out.push_back(&f);
        }
    }
    std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->from < b->from; });
    return out;
}

// Error spikes sharing a template and overlapping in time: one outage, several models.
struct Outage
{
    std::string errorTemplate;
    std::string dataSource;
    EpochMs from = 0;
    EpochMs to = 0;
    std::vector<std::string> models;
};

std::vector<Outage> outages(const AnalysisData& d)
{
    std::vector<Outage> out;
    for (const Finding* f : findingsOf(d, {"error_rate_spike"})) {
        auto it = std::find_if(out.begin(), out.end(), [&](const Outage& o) {
            return o.errorTemplate == f->errorTemplate && f->from < o.to + kMsPerHour &&
                   o.from < f->to + kMsPerHour;
        });
        if (it == out.end()) {
            out.push_back({f->errorTemplate, f->dataSource, f->from, f->to, {f->model}});
        } else {
            it->from = std::min(it->from, f->from);
            it->to = std::max(it->to, f->to);
            it->models.push_back(f->model);
        }
    }
    return out;
}

std::string joinNames(const std::vector<std::string>& names)
{
    std::string s;
    for (std::size_t i = 0; i < names.size(); ++i)
        s += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return s;
}

void performanceTrends(const AnalysisData& d, std::string& s)
{
    const runs::RunSummary& sum = d.summary;
    s += "## Performance trends\n\n";
    s += "- **" + count(sum.runs) + " runs**: " + count(sum.completed) + " completed, " +
         count(sum.failed) + " failed, " + count(sum.cancelled) + " cancelled, " +
         count(sum.running) + " still running.";
    if (sum.successRate)
        s += " Success rate " + pct(*sum.successRate) + ".";
    s += "\n";
    if (sum.p50Duration && sum.p95Duration)
        s += "- Duration: median " + secs(*sum.p50Duration) + ", p95 " + secs(*sum.p95Duration) +
             (sum.meanDuration ? ", mean " + secs(*sum.meanDuration) : std::string()) + ".\n";
    if (sum.meanAccuracy)
        s += "- Mean accuracy " + pct(*sum.meanAccuracy) + ".\n";

    if (d.days.size() >= 4) {
        const std::size_t half = d.days.size() / 2;
        auto rate = [&](std::size_t a, std::size_t b) {
            double fail = 0, ended = 0;
            for (std::size_t i = a; i < b; ++i) {
                fail += static_cast<double>(d.days[i].failed);
                ended += static_cast<double>(d.days[i].completed + d.days[i].failed);
            }
            return ended > 0 ? fail / ended : 0.0;
        };
        const double r1 = rate(0, half), r2 = rate(half, d.days.size());
        s += "- Failure rate was " + pct(r1) + " in the first half of the period (" +
             shortTime(d.days.front().day) + " to " + shortTime(d.days[half - 1].day) + ") and " +
             pct(r2) + " in the second (" + shortTime(d.days[half].day) + " to " +
             shortTime(d.days.back().day) + ").\n";
        const auto worst =
            std::max_element(d.days.begin(), d.days.end(),
                             [](const auto& a, const auto& b) { return a.failed < b.failed; });
        std::vector<double> fails;
        for (const auto& day : d.days)
            fails.push_back(static_cast<double>(day.failed));
        const double medianFails = stats::medianInPlace(fails).value_or(0.0);
        s += "- The worst day was " + shortTime(worst->day) + " with " + count(worst->failed) +
             " failures";
        if (medianFails > 0)
            s += ", " + fmt("%.1f", static_cast<double>(worst->failed) / medianFails) +
                 "× the median day (" + fmt("%.0f", medianFails) + ")";
        s += ".\n";
        const auto slow =
            std::max_element(d.days.begin(), d.days.end(), [](const auto& a, const auto& b) {
                return a.p95Duration.value_or(0) < b.p95Duration.value_or(0);
            });
        if (slow->p95Duration)
            s += "- The slowest day was " + shortTime(slow->day) + " (p95 duration " +
                 secs(*slow->p95Duration) + ").\n";
    }
    const auto trends =
        findingsOf(d, {"latency_spike", "throughput_drop", "accuracy_decline", "memory_growth"});
    if (!trends.empty()) {
        s += "\nAnomalies the detectors raised (the Anomaly Review panel's list, false positives "
             "left out):\n\n";
        for (const Finding* f : trends)
            s += "- " + describe(*f) + "\n";
    } else if (!d.detectionRun) {
        s += "\nAnomaly detection has not run on this workspace yet: run it in the Anomaly Review "
             "panel or with "
             "`kestrel detect` to have latency, throughput, accuracy and memory episodes reported "
             "here.\n";
    } else {
        s += "\nNo model's latency, throughput, accuracy or memory left its usual range in this "
             "period.\n";
    }
    s += "\n";
}

void modelComparison(const AnalysisData& d, std::string& s)
{
    s += "## Model comparison\n\n";
    if (d.models.empty()) {
        s += "No runs in this period.\n\n";
        return;
    }
    std::vector<const runs::ModelStats*> m;
    for (const auto& x : d.models)
        m.push_back(&x);
    std::stable_sort(m.begin(), m.end(), [](auto* a, auto* b) { return a->rank < b->rank; });
    s += "| Rank | Model | Runs | Success rate (95% CI) | Accuracy (95% CI) | p50 | p95 |\n";
    s += "|---:|---|---:|---|---|---:|---:|\n";
    for (const auto* x : m) {
        s += "| " + std::to_string(x->rank) + " | " + x->model + " | " + count(x->runs) + " | ";
        s += x->successRate ? pct(*x->successRate) : "-";
        if (x->successInterval)
            s += " (" + pct(x->successInterval->low) + "–" + pct(x->successInterval->high) + ")";
        s += " | ";
        s += x->meanAccuracy ? pct(*x->meanAccuracy) : "-";
        if (x->accuracyInterval)
            s += " (" + pct(x->accuracyInterval->low) + "–" + pct(x->accuracyInterval->high) + ")";
        s += " | " + (x->p50Duration ? secs(*x->p50Duration) : "-") + " | " +
             (x->p95Duration ? secs(*x->p95Duration) : "-") + " |\n";
    }
    s += "\n";
    const auto* best = m.front();
    const auto* worst = m.back();
    s += "- Best overall: **" + best->model + "**" +
         (best->successRate ? " (success rate " + pct(*best->successRate) + ")" : "") + ".\n";
    if (worst != best) {
        s += "- Weakest: **" + worst->model + "**" +
             (worst->successRate ? " (success rate " + pct(*worst->successRate) + ")" : "") + ".";
        if (best->successInterval && worst->successInterval)
            s += best->successInterval->low > worst->successInterval->high
                     ? " Their success-rate intervals do not overlap, so the gap is real."
                     : " Their success-rate intervals overlap, so the gap may be noise.";
        s += "\n";
    }
    const auto acc = std::max_element(m.begin(), m.end(), [](auto* a, auto* b) {
        return a->meanAccuracy.value_or(-1) < b->meanAccuracy.value_or(-1);
    });
    if ((*acc)->meanAccuracy)
        s += "- Most accurate: **" + (*acc)->model + "** (" + pct(*(*acc)->meanAccuracy) + ").\n";
    const auto slow = std::max_element(m.begin(), m.end(), [](auto* a, auto* b) {
        return a->p95Duration.value_or(0) < b->p95Duration.value_or(0);
    });
    const auto fast = std::min_element(m.begin(), m.end(), [](auto* a, auto* b) {
        return a->p95Duration.value_or(1e300) < b->p95Duration.value_or(1e300);
    });
    if ((*slow)->p95Duration && (*fast)->p95Duration && slow != fast)
        s += "- Slowest: **" + (*slow)->model + "** (p95 " + secs(*(*slow)->p95Duration) +
             "); fastest: **" + (*fast)->model + "** (p95 " + secs(*(*fast)->p95Duration) + ").\n";
    s += "\n";
}

void errorAnalysis(const AnalysisData& d, std::string& s)
{
    s += "## Error analysis\n\n";
    if (d.errors.empty()) {
        s += "No failed run carried an error message in this period.\n\n";
        return;
    }
    std::int64_t total = 0;
    for (const auto& e : d.errors)
        total += e.count;
    s += count(total) + " failures fall into " + std::to_string(d.errors.size()) +
         " error templates. The most frequent:\n\n";
    const EpochMs window = std::max<EpochMs>(d.to - d.from, 1);
    for (std::size_t i = 0; i < d.errors.size() && i < 6; ++i) {
        const runs::ErrorPattern& e = d.errors[i];
        s += std::to_string(i + 1) + ". `" + e.templateText + "`: " + count(e.count) +
             " failures (" + pct(static_cast<double>(e.count) / static_cast<double>(total)) + ")";
        const auto models = ranked(e.byModel);
        if (!models.empty()) {
            s += ", mostly **" + models[0].first + "** (" + count(models[0].second) + ")";
            if (models.size() > 1)
                s += " and " + std::to_string(models.size() - 1) + " other model" +
                     (models.size() > 2 ? "s" : "");
        }
        const auto sources = ranked(e.byDataSource);
        if (!sources.empty())
            s += "; data source " + sources[0].first + " (" + count(sources[0].second) + ")";
        const auto symbols = ranked(e.bySymbol);
        if (!symbols.empty())
            s += "; most hit symbol " + symbols[0].first + " (" + count(symbols[0].second) + ")";
        s += "; seen " + shortTime(e.firstSeen) + " to " + shortTime(e.lastSeen) + " UTC";
        if (e.lastSeen - e.firstSeen < window / 5)
            s += " — a burst, not background noise";
        s += ".\n";
    }
    const auto list = outages(d);
    if (!list.empty()) {
        s += "\nError-rate spikes:\n\n";
        for (const Outage& o : list) {
            s += "- " + span(o.from, o.to) + ": " + joinNames(o.models) +
                 (o.models.size() > 1 ? " all" : "") + " failed far above their usual rate";
            if (!o.errorTemplate.empty())
                s += "; the failures read `" + o.errorTemplate + "`";
            if (!o.dataSource.empty())
                s += ", all from data source **" + o.dataSource +
                     "** — the data source, not the models, failed";
            s += ".\n";
        }
    }
    s += "\n";
}

void optimization(const AnalysisData& d, std::string& s)
{
    s += "## Optimization recommendations\n\n";
    int n = 0;
    auto add = [&](const std::string& text) { s += std::to_string(++n) + ". " + text + "\n"; };
    for (const Outage& o : outages(d)) {
        add("**Add a fallback for data source " +
            (o.dataSource.empty() ? std::string("involved") : o.dataSource) +
            "** and a circuit breaker in front of it: " + span(o.from, o.to) + " " +
            joinNames(o.models) + " failed with `" + o.errorTemplate +
            "`. Retrying against the same source cannot help.");
    }
    for (const Finding* f : findingsOf(d, {"latency_spike"}))
        add("**Alert on " + f->model + "'s duration** at about 3× its usual " + secs(f->baseline) +
            " and set a timeout: it reached " + secs(f->value) + " " + span(f->from, f->to) +
            ". Check the upstream feed it waits on.");
    for (const Finding* f : findingsOf(d, {"memory_growth"}))
        add("**Profile and restart " + f->model + "'s worker on a schedule**: memory rose to " +
            mb(f->value) + " from a usual " + mb(f->baseline) + " " + span(f->from, f->to) +
            ", the shape of a leak.");
    for (const Finding* f : findingsOf(d, {"throughput_drop"}))
        add("**Check " + f->model + "'s scheduler**: it ran " +
            count(static_cast<std::int64_t>(f->value)) + " runs an hour at the low " +
            span(f->from, f->to) + " against an expected " +
            count(static_cast<std::int64_t>(f->baseline)) +
            "; alert when hourly runs fall below half the usual.");
    for (const Finding* f : findingsOf(d, {"accuracy_decline"}))
        add("**Retrain or recalibrate " + f->model + "**: accuracy fell to " + pct(f->value) +
            " from " + pct(f->baseline) + " " + span(f->from, f->to) +
            "; compare its recent inputs with the training window.");
    if (!d.models.empty()) {
        const auto worst =
            std::max_element(d.models.begin(), d.models.end(),
                             [](const auto& a, const auto& b) { return a.rank < b.rank; });
        if (worst->successRate && d.models.size() > 1)
            add("**Review " + worst->model + "**, ranked last with a success rate of " +
                pct(*worst->successRate) + " over " + count(worst->runs) + " runs.");
    }
    if (!d.errors.empty()) {
        const auto models = ranked(d.errors.front().byModel);
        add("**Fix the most frequent error**, `" + d.errors.front().templateText + "` (" +
            count(d.errors.front().count) + " failures" +
            (models.empty() ? std::string() : ", mostly " + models[0].first) + ").");
    }
    if (n == 0)
        s += "Nothing in this period calls for a change.\n";
    s += "\n";
}

void systemHealth(const AnalysisData& d, std::string& s)
{
    s += "## System health\n\n";
    const runs::RunSummary& sum = d.summary;
    const double success = sum.successRate.value_or(1.0);
    // Success rate, less 3 points per episode found and 10 per data-source outage.
    const double episodes = std::min(30.0, 3.0 * static_cast<double>(d.findings.size()));
    double score = 100 * success - episodes - 10.0 * static_cast<double>(outages(d).size());
    score = std::clamp(score, 0.0, 100.0);
    s += "- Health score **" + fmt("%.0f", score) + "/100** (success rate " + pct(success) +
         ", less 3 points for each of " + std::to_string(d.findings.size()) +
         " episodes (at most 30) and 10 for each data-source outage).\n";
    if (!d.days.empty()) {
        double total = 0;
        for (const auto& day : d.days)
            total += static_cast<double>(day.completed + day.failed + day.cancelled + day.running);
        const auto peak =
            std::max_element(d.days.begin(), d.days.end(), [](const auto& a, const auto& b) {
                return a.completed + a.failed < b.completed + b.failed;
            });
        s += "- Capacity: " + fmt("%.0f", total / static_cast<double>(d.days.size())) +
             " runs per day on average; peak " +
             count(peak->completed + peak->failed + peak->cancelled + peak->running) + " on " +
             shortTime(peak->day) + ".\n";
    }
    s += "- " + count(sum.running) + " runs still marked running and " + count(sum.cancelled) +
         " cancelled.\n";
    const auto mem = findingsOf(d, {"memory_growth"});
    if (!mem.empty())
        s += "- Resources: " + describe(*mem.front()) + "\n";
    else
        s += "- Resources: no model's memory left its usual range.\n";
    // What happened last is what to watch.
    std::vector<const Finding*> recent;
    for (const Finding& f : d.findings)
        recent.push_back(&f);
    std::sort(recent.begin(), recent.end(), [](auto* a, auto* b) { return a->to > b->to; });
    if (!recent.empty())
        s += "- Watch next: the latest episode was " + describe(*recent.front()) + "\n";
    s += "\n";
}

} // namespace

BuiltinAnalyst::BuiltinAnalyst(std::shared_ptr<const AnalysisData> data) : m_data(std::move(data))
{
}

ModelList BuiltinAnalyst::listModels(std::stop_token)
{
    return {{{kModelName, "Built-in statistical analyst"}}, false, {}};
}

Json BuiltinAnalyst::requestBody(const CompletionRequest& request) const
{
    // Nothing leaves the machine; the "request" is what the analyst reads.
    return {{"analyst", provider_id::kBuiltin},
            {"model", kModelName},
            {"types", m_data ? m_data->types : std::vector<std::string>{}},
            {"data", request.prompt}};
}

std::string BuiltinAnalyst::write(const AnalysisData& d)
{
    std::string s = "# Run history analysis\n\n";
    s += "_Written by Kestrel's built-in statistical analyst from the aggregates alone; no AI "
         "model was called._\n\n";
    s += "**Scope:** timeframe " + d.options.timeframe + " (" + shortTime(d.from) + " to " +
         shortTime(d.to) + " UTC), models: " +
         (d.options.models.empty() ? "all (" + std::to_string(d.allModels.size()) + ")"
                                   : joinNames(d.options.models)) +
         ", " + count(d.summary.runs) + " runs.\n\n";
    for (const std::string& type : d.types) {
        if (type == "performance_trends")
            performanceTrends(d, s);
        else if (type == "model_comparison")
            modelComparison(d, s);
        else if (type == "error_analysis")
            errorAnalysis(d, s);
        else if (type == "optimization")
            optimization(d, s);
        else if (type == "system_health")
            systemHealth(d, s);
    }
    return s;
}

Completion BuiltinAnalyst::complete(const CompletionRequest&, const TextSink& onText,
                                    std::stop_token stop)
{
    if (!m_data)
        throw Error("The built-in analyst has no data to analyse.");
    const auto t0 = std::chrono::steady_clock::now();
    Completion c;
    c.provider = id();
    c.model = kModelName;
    c.attempts = 1;
    const std::string text = write(*m_data);
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (stop.stop_requested()) {
            if (c.text.empty())
                throw Cancelled();
            c.incomplete = true;
            c.incompleteReason = "cancelled";
            break;
        }
        std::size_t end = text.find("\n\n", pos);
        end = end == std::string::npos ? text.size() : end + 2;
        const std::string_view part(text.data() + pos, end - pos);
        c.text.append(part);
        if (onText)
            onText(part);
        pos = end;
    }
    c.stopReason = c.incomplete ? "cancelled" : "end_turn";
    c.durationMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
            .count();
    return c;
}

} // namespace kestrel::ai
