#include "core/ai/AnalysisData.h"

#include "core/common/Error.h"
#include "core/runs/RunStore.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kestrel::ai {

using runs::RunFilter;

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const std::size_t n = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n), v.end());
    double m = v[n];
    if (v.size() % 2 == 0) {
        const double lo = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n));
        m = (m + lo) / 2;
    }
    return m;
}

// Median and a robust scale (1.4826 MAD), floored so a flat series does not
// turn every wobble into an outlier.
std::pair<double, double> robustCentre(const std::vector<double>& v, double relFloor)
{
    const double med = median(v);
    std::vector<double> dev;
    dev.reserve(v.size());
    for (double x : v)
        dev.push_back(std::fabs(x - med));
    const double scale = std::max({1.4826 * median(dev), relFloor * std::fabs(med), 1e-9});
    return {med, scale};
}

bool isWeekend(EpochMs day)
{
    // 1970-01-01 was a Thursday.
    const std::int64_t dow = ((day / kMsPerDay) % 7 + 7 + 4) % 7; // 0 = Sunday
    return dow == 0 || dow == 6;
}

struct Flag
{
    EpochMs start;
    double value;
    double z;
};

// Groups flagged slots whose starts are at most `gap` apart into episodes.
void episodes(std::vector<Flag> flags, EpochMs slot, EpochMs gap, const std::string& kind,
              const std::string& model, double baseline, const std::string& unit, bool high,
              std::vector<Finding>& out)
{
    std::sort(flags.begin(), flags.end(), [](const Flag& a, const Flag& b) { return a.start < b.start; });
    for (std::size_t i = 0; i < flags.size();) {
        Finding f;
        f.kind = kind;
        f.model = model;
        f.from = flags[i].start;
        f.baseline = baseline;
        f.unit = unit;
        f.value = flags[i].value;
        f.score = std::fabs(flags[i].z);
        std::size_t j = i;
        while (j + 1 < flags.size() && flags[j + 1].start - flags[j].start <= gap) {
            ++j;
            if (std::fabs(flags[j].z) > f.score) {
                f.score = std::fabs(flags[j].z);
                f.value = flags[j].value;
            }
        }
        (void)high;
        f.to = flags[j].start + slot;
        out.push_back(f);
        i = j + 1;
    }
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

std::string shortTime(EpochMs t)
{
    const std::string iso = toIso(t); // 2026-11-22T05:11:00.000Z
    if (t % kMsPerDay == 0)
        return iso.substr(0, 10);
    return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

std::vector<Finding> detectFindings(const std::vector<ModelSlot>& hours,
                                    const std::vector<runs::ErrorPattern>& errors)
{
    std::map<std::string, std::vector<const ModelSlot*>> byModel;
    for (const ModelSlot& s : hours)
        byModel[s.model].push_back(&s);

    std::vector<Finding> out;
    for (auto& [model, slots] : byModel) {
        // Hourly: error-rate and latency spikes are short.
        std::int64_t runs = 0, failed = 0;
        std::vector<double> logDur;
        for (const ModelSlot* s : slots) {
            runs += s->runs;
            failed += s->failed;
            if (s->meanDuration && *s->meanDuration > 0 && s->runs >= 3)
                logDur.push_back(std::log(*s->meanDuration));
        }
        if (runs == 0)
            continue;
        const double p = std::clamp(static_cast<double>(failed) / static_cast<double>(runs), 1e-3, 0.999);
        std::vector<Flag> errFlags, latFlags;
        const auto [logMed, logScale] = robustCentre(logDur, 0.0);
        for (const ModelSlot* s : slots) {
            const double n = static_cast<double>(s->runs);
            const double z = (static_cast<double>(s->failed) - n * p) / std::sqrt(n * p * (1 - p));
            if (s->failed >= 5 && z > 5 && static_cast<double>(s->failed) / n > 3 * p)
                errFlags.push_back({s->start, static_cast<double>(s->failed) / n, z});
            if (s->meanDuration && *s->meanDuration > 0 && s->runs >= 3) {
                const double zl = (std::log(*s->meanDuration) - logMed) / logScale;
                if (zl > 5 && std::log(*s->meanDuration) - logMed > std::log(2.0))
                    latFlags.push_back({s->start, *s->meanDuration, zl});
            }
        }
        const std::size_t firstErr = out.size();
        episodes(errFlags, kMsPerHour, 2 * kMsPerHour, "error_rate_spike", model, p, "failure rate", true, out);
        for (std::size_t i = firstErr; i < out.size(); ++i)
            attachTemplate(out[i], errors);
        // Hourly means of a few runs are noisy: a latency spike must hold for two
        // consecutive hours at least and reach 4x the usual.
        std::vector<Finding> latency;
        episodes(latFlags, kMsPerHour, kMsPerHour, "latency_spike", model, std::exp(logMed), "s", true, latency);
        for (const Finding& f : latency) {
            if (f.to - f.from >= 2 * kMsPerHour && f.value >= 4 * f.baseline)
                out.push_back(f);
        }

        // Daily: throughput, accuracy and memory move over days.
        std::map<EpochMs, ModelSlot> days;
        std::map<EpochMs, double> accW, memW;
        for (const ModelSlot* s : slots) {
            ModelSlot& d = days[dayStart(s->start)];
            d.start = dayStart(s->start);
            d.runs += s->runs;
            if (s->meanAccuracy) {
                d.meanAccuracy = d.meanAccuracy.value_or(0) + *s->meanAccuracy * static_cast<double>(s->runs);
                accW[d.start] += static_cast<double>(s->runs);
            }
            if (s->meanMemoryMb) {
                d.meanMemoryMb = d.meanMemoryMb.value_or(0) + *s->meanMemoryMb * static_cast<double>(s->runs);
                memW[d.start] += static_cast<double>(s->runs);
            }
        }
        if (days.size() < 7)
            continue;
        // The first and last day of the window are usually partial.
        days.erase(days.begin());
        days.erase(std::prev(days.end()));
        std::vector<double> wkRuns, weRuns, acc, mem;
        for (auto& [day, d] : days) {
            (isWeekend(day) ? weRuns : wkRuns).push_back(static_cast<double>(d.runs));
            if (d.meanAccuracy && accW[day] > 0) {
                d.meanAccuracy = *d.meanAccuracy / accW[day];
                acc.push_back(*d.meanAccuracy);
            }
            if (d.meanMemoryMb && memW[day] > 0) {
                d.meanMemoryMb = *d.meanMemoryMb / memW[day];
                mem.push_back(*d.meanMemoryMb);
            }
        }
        const auto [wkMed, wkScale] = robustCentre(wkRuns, 0.05);
        const auto [weMed, weScale] = robustCentre(weRuns, 0.05);
        const auto [accMed, accScale] = robustCentre(acc, 0.005);
        const auto [memMed, memScale] = robustCentre(mem, 0.01);
        std::vector<Flag> thrFlags, accFlags, memFlags;
        for (const auto& [day, d] : days) {
            const bool we = isWeekend(day);
            const double med = we ? weMed : wkMed;
            const double scale = we ? weScale : wkScale;
            const double zr = (static_cast<double>(d.runs) - med) / scale;
            if (zr < -4 && static_cast<double>(d.runs) < 0.5 * med)
                thrFlags.push_back({day, static_cast<double>(d.runs), zr});
            if (d.meanAccuracy) {
                const double za = (*d.meanAccuracy - accMed) / accScale;
                if (za < -3.5)
                    accFlags.push_back({day, *d.meanAccuracy, za});
            }
            if (d.meanMemoryMb) {
                const double zm = (*d.meanMemoryMb - memMed) / memScale;
                if (zm > 3.5 && *d.meanMemoryMb > 1.1 * memMed)
                    memFlags.push_back({day, *d.meanMemoryMb, zm});
            }
        }
        episodes(thrFlags, kMsPerDay, kMsPerDay, "throughput_drop", model, wkMed, "runs/day", false, out);
        // A decline worth reporting lasts days and costs points, not a wobble.
        std::vector<Finding> accuracy;
        episodes(accFlags, kMsPerDay, 2 * kMsPerDay, "accuracy_decline", model, accMed, "accuracy", false, accuracy);
        for (const Finding& f : accuracy) {
            if (f.to - f.from >= 3 * kMsPerDay && f.baseline - f.value >= 0.03)
                out.push_back(f);
        }
        episodes(memFlags, kMsPerDay, 2 * kMsPerDay, "memory_growth", model, memMed, "MB", true, out);
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.score > b.score; });
    return out;
}

AnalysisData collectAnalysisData(workspace::Database& db, const AnalysisOptions& options, Feedback* feedback)
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

    auto mean = [](double sum, std::int64_t n) -> std::optional<double> {
        if (n == 0)
            return std::nullopt;
        return sum / static_cast<double>(n);
    };
    std::vector<ModelSlot> hours;
    hours.reserve(profile.modelHours.size());
    for (const runs::ModelHour& h : profile.modelHours) {
        ModelSlot s;
        s.model = h.model;
        s.start = h.start;
        s.runs = h.runs;
        s.failed = h.failed;
        s.meanDuration = mean(h.durationSum, h.durations);
        s.meanAccuracy = mean(h.accuracySum, h.accuracies);
        s.meanMemoryMb = mean(h.memorySum, h.memories);
        hours.push_back(std::move(s));
    }
    step(0.9);
    data.findings = detectFindings(hours, data.errors);

    for (const runs::ModelStats& m : data.models)
        data.allModels.push_back(m.model);
    std::sort(data.allModels.begin(), data.allModels.end());

    data.from = f.from.value_or(data.days.empty() ? now : data.days.front().day);
    data.to = f.to.value_or(now);
    step(1.0);
    return data;
}

} // namespace kestrel::ai
