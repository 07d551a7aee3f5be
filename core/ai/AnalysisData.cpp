#include "core/ai/AnalysisData.h"

#include "core/common/Error.h"
#include "core/detection/AnomalyService.h"
#include "core/detection/HourlyMetrics.h"
#include "core/runs/RunStore.h"

#include <algorithm>

namespace kestrel::ai {

using runs::RunFilter;

namespace {

// More than the prompt ever shows (PromptBuilder keeps 40): the strongest first.
constexpr std::int64_t kMaxAnomalies = 500;

std::string metricUnit(const std::string& metric)
{
    if (metric.rfind("duration", 0) == 0)
        return "s";
    if (metric == detection::metric::kErrorRate)
        return "failure rate";
    if (metric == detection::metric::kThroughput)
        return "runs/hour";
    if (metric == detection::metric::kAccuracy)
        return "accuracy";
    if (metric == detection::metric::kMemory)
        return "MB";
    if (metric == detection::metric::kCpu)
        return "%";
    return {};
}

void attachTemplate(Finding& f, const std::vector<runs::ErrorPattern>& errors)
{
    double best = 0;
    for (const runs::ErrorPattern& p : errors) {
        const auto it = p.byModel.find(f.model);
        if (it == p.byModel.end())
            continue;
        const EpochMs lo = std::max(p.firstSeen, f.from);
        const EpochMs hi = std::min(p.lastSeen + 1, f.to);
        if (hi <= lo)
            continue;
        const double span = static_cast<double>(std::max<EpochMs>(p.lastSeen + 1 - p.firstSeen, 1));
        const double containment = static_cast<double>(hi - lo) / span;
        const double score = containment * static_cast<double>(it->second);
        if (score > best) {
            best = score;
            f.errorTemplate = p.templateText;
            f.dataSource.clear();
            std::int64_t top = 0;
            for (const auto& [source, n] : p.byDataSource) {
                if (n > top) {
                    top = n;
                    f.dataSource = source;
                }
            }
        }
    }
}

} // namespace

std::string findingKind(const std::string& anomalyType)
{
    if (anomalyType == "memory_leak")
        return "memory_growth";
    if (anomalyType == "performance_degradation")
        return "accuracy_decline";
    return anomalyType;
}

std::string shortTime(EpochMs t)
{
    const std::string iso = toIso(t); // 2026-11-22T05:11:00.000Z
    if (t % kMsPerDay == 0)
        return iso.substr(0, 10);
    return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

namespace {

// Several detectors may raise one episode (a seasonal detector and the joint
// Isolation Forest, say): one finding per model, kind and overlapping window,
// the strongest one's figures.
std::vector<Finding> findingsFrom(const std::vector<detection::StoredAnomaly>& anomalies,
                                  const std::vector<runs::ErrorPattern>& errors)
{
    std::vector<Finding> out;
    for (const detection::StoredAnomaly& a : anomalies) { // strongest first
        const std::string kind = findingKind(a.type);
        const auto same = std::find_if(out.begin(), out.end(), [&](const Finding& f) {
            return f.kind == kind && f.model == a.model && a.start < f.to && f.from < a.end;
        });
        if (same != out.end()) {
            same->from = std::min(same->from, a.start);
            same->to = std::max(same->to, a.end);
            continue;
        }
        Finding f;
        f.kind = kind;
        f.model = a.model;
        f.metric = a.metric;
        f.from = a.start;
        f.to = a.end;
        f.value = a.actual;
        f.baseline = a.expected;
        f.score = a.score;
        f.severity = a.severity;
        f.state = a.state;
        f.unit = metricUnit(a.metric);
        out.push_back(std::move(f));
    }
    for (Finding& f : out) {
        if (f.kind == "error_rate_spike")
            attachTemplate(f, errors);
    }
    return out;
}

} // namespace

AnalysisData collectAnalysisData(workspace::Database& db, const AnalysisOptions& options,
                                 Feedback* feedback)
{
    AnalysisData data;
    data.options = options;
    data.types = normaliseTypes(options.types);
    const EpochMs now = options.now != 0 ? options.now : nowMs();
    RunFilter& f = data.filter;
    if (options.timeframe == "custom") {
        if (!options.from || !options.to || *options.to <= *options.from)
            throw Error("A custom timeframe needs a start before its end.");
        f.from = options.from;
        f.to = options.to;
    } else {
        runs::applyTimeframe(f, options.timeframe, now);
        if (f.from)
            f.to = now;
    }
    f.models = options.models;

    auto step = [&](double fraction) {
        if (feedback) {
            feedback->throwIfStopped();
            feedback->report(fraction);
        }
    };
    runs::RunAggregates agg(db);
    step(0.0);
    // One pass over the rows: the profile fills what summary() and
    // compareModels() read next.
    runs::TimeProfile profile = agg.timeProfile(f);
    step(0.6);
    data.days = std::move(profile.days);
    data.summary = agg.summary(f);
    data.models = agg.compareModels(f);
    step(0.7);
    data.errors = agg.errorPatterns(f, 200);
    step(0.8);

    detection::AnomalyService anomalies(db);
    detection::AnomalyFilter which;
    which.from = f.from;
    which.to = f.to;
    which.models = options.models;
    which.sort = detection::AnomalySortColumn::Score;
    which.descending = true;
    which.limit = kMaxAnomalies;
    data.detectionRun = anomalies.detectionHasRun();
    data.findings = findingsFrom(anomalies.standingAnomalies(which), data.errors);
    step(0.9);

    for (const runs::ModelStats& m : data.models)
        data.allModels.push_back(m.model);
    std::sort(data.allModels.begin(), data.allModels.end());

    data.from = f.from.value_or(data.days.empty() ? now : data.days.front().day);
    data.to = f.to.value_or(now);
    step(1.0);
    return data;
}

} // namespace kestrel::ai
