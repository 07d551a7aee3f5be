#include "core/detection/HourlyMetrics.h"

#include "core/common/Error.h"
#include "core/stats/Descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace kestrel::detection {

using workspace::Database;
using workspace::Statement;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDurationQuantiles[] = {0.5, 0.95};

// Raw columns gathered per model and hour before the percentiles are taken.
struct Bucket
{
    std::int64_t runs = 0;
    std::int64_t ended = 0;
    std::int64_t failed = 0;
    std::int64_t completed = 0;
    std::vector<double> durations;
    double accSum = 0, accSumSq = 0;
    std::int64_t accN = 0;
    double memSum = 0;
    std::int64_t memN = 0;
    double cpuSum = 0;
    std::int64_t cpuN = 0;
};

} // namespace

const std::vector<std::string>& runMetricNames()
{
    static const std::vector<std::string> names = {
        metric::kDurationP50, metric::kDurationP95, metric::kErrorRate, metric::kAccuracy,
        metric::kThroughput,  metric::kMemory,      metric::kCpu};
    return names;
}

HourRange defaultRange(Database& db)
{
    Statement st = db.prepare("SELECT min(execution_time), max(execution_time) FROM runs");
    HourRange r;
    if (!st.step() || st.isNull(0))
        return r;
    r.from = hourFloor(st.int64(0));
    r.to = std::min(hourFloor(st.int64(1)) + kMsPerHour, hourFloor(nowMs()));
    return r;
}

std::vector<ModelHours> computeHourlyMetrics(Database& db, const HourRange& range,
                                             Feedback& feedback)
{
    std::vector<ModelHours> out;
    if (range.empty())
        return out;
    const auto nHours = static_cast<std::size_t>((range.to - range.from) / kMsPerHour);
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::vector<Bucket>> buckets;

    // In time order (the index's order on SQLite, so no sort), so models are
    // met in the same order on both backends.
    Statement st = db.prepare("SELECT model_name, execution_time, status, execution_duration, "
                              "accuracy_score, memory_mb, cpu_percent "
                              "FROM runs WHERE execution_time >= ? AND execution_time < ? "
                              "ORDER BY execution_time, " +
                              db.dialect().bytewise("model_name"));
    std::int64_t rows = 0;
    std::string lastModel;
    std::size_t lastIndex = 0;
    // Read in windows of a few weeks: a PostgreSQL result is held whole in
    // memory until read, so one window, not the whole history, is held at once.
    constexpr EpochMs kWindow = 28 * kMsPerDay;
    for (EpochMs from = range.from; from < range.to; from += kWindow) {
        st.reset();
        st.bind(1, static_cast<std::int64_t>(from))
            .bind(2, static_cast<std::int64_t>(std::min(from + kWindow, range.to)));
        while (st.step()) {
            if ((++rows & 4095) == 0)
                feedback.throwIfStopped();
            const std::string_view model = st.textView(0);
            if (buckets.empty() || model != lastModel) {
                lastModel = std::string(model);
                auto [it, added] = index.try_emplace(lastModel, buckets.size());
                if (added) {
                    buckets.emplace_back(nHours);
                    out.push_back(ModelHours{lastModel, range.from, {}});
                }
                lastIndex = it->second;
            }
            const auto h = static_cast<std::size_t>((st.int64(1) - range.from) / kMsPerHour);
            Bucket& b = buckets[lastIndex][h];
            ++b.runs;
            const std::string_view status = st.textView(2);
            const bool completed = status == "completed";
            const bool failed = status == "failed";
            if (status != "running")
                ++b.ended;
            if (failed)
                ++b.failed;
            if (completed) {
                ++b.completed;
                if (!st.isNull(3))
                    b.durations.push_back(st.real(3));
            }
            if (!st.isNull(4)) {
                const double a = st.real(4);
                b.accSum += a;
                b.accSumSq += a * a;
                ++b.accN;
            }
            if (!st.isNull(5)) {
                b.memSum += st.real(5);
                ++b.memN;
            }
            if (!st.isNull(6)) {
                b.cpuSum += st.real(6);
                ++b.cpuN;
            }
        }
    }
    feedback.report(0.7);

    for (std::size_t m = 0; m < out.size(); ++m) {
        feedback.throwIfStopped();
        out[m].hours.resize(nHours);
        for (std::size_t h = 0; h < nHours; ++h) {
            Bucket& b = buckets[m][h];
            HourRow& r = out[m].hours[h];
            r.hour = range.from + static_cast<EpochMs>(h) * kMsPerHour;
            r.runs = b.runs;
            r.ended = b.ended;
            r.failed = b.failed;
            r.completed = b.completed;
            const auto q = stats::quantilesInPlace(b.durations, kDurationQuantiles);
            r.durationP50 = q.empty() ? kNaN : q[0];
            r.durationP95 = q.empty() ? kNaN : q[1];
            r.accuracyCount = b.accN;
            r.accuracy = b.accN ? b.accSum / static_cast<double>(b.accN) : kNaN;
            r.accuracySumSq = b.accSumSq;
            r.memoryCount = b.memN;
            r.memory = b.memN ? b.memSum / static_cast<double>(b.memN) : kNaN;
            r.cpuCount = b.cpuN;
            r.cpu = b.cpuN ? b.cpuSum / static_cast<double>(b.cpuN) : kNaN;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const ModelHours& a, const ModelHours& b) { return a.model < b.model; });
    feedback.report(1.0);
    return out;
}

MetricSeries seriesOf(const ModelHours& hours, const std::string& name)
{
    MetricSeries s{hours.model, name, {}, {}, {}};
    auto add = [&](EpochMs t, double v, std::int64_t n) {
        if (std::isfinite(v) && n > 0) {
            s.times.push_back(t);
            s.values.push_back(v);
            s.counts.push_back(n);
        }
    };
    for (const HourRow& r : hours.hours) {
        if (name == metric::kDurationP50)
            add(r.hour, r.durationP50, r.completed);
        else if (name == metric::kDurationP95)
            add(r.hour, r.durationP95, r.completed);
        else if (name == metric::kErrorRate)
            add(r.hour,
                r.ended ? static_cast<double>(r.failed) / static_cast<double>(r.ended) : kNaN,
                r.ended);
        else if (name == metric::kAccuracy)
            add(r.hour, r.accuracy, r.accuracyCount);
        else if (name == metric::kThroughput) {
            // Every hour counts, including the empty ones.
            s.times.push_back(r.hour);
            s.values.push_back(static_cast<double>(r.runs));
            s.counts.push_back(1);
        } else if (name == metric::kMemory)
            add(r.hour, r.memory, r.memoryCount);
        else if (name == metric::kCpu)
            add(r.hour, r.cpu, r.cpuCount);
        else
            throw Error("Unknown run-history metric '" + name +
                        "'. Known metrics: duration_p50, duration_p95, "
                        "error_rate, accuracy, throughput, memory, cpu.");
    }
    return s;
}

std::vector<MetricSeries> importedSeries(Database& db, const HourRange& range)
{
    std::vector<MetricSeries> out;
    const workspace::Dialect d = db.dialect();
    Statement st = db.prepare("SELECT model_name, metric, time, value FROM metric_series "
                              "WHERE time >= ? AND time < ? ORDER BY " +
                              d.bytewise("model_name") + ", " + d.bytewise("metric") + ", time");
    st.bind(1, static_cast<std::int64_t>(range.from)).bind(2, static_cast<std::int64_t>(range.to));
    while (st.step()) {
        const std::string_view model = st.textView(0);
        const std::string_view name = st.textView(1);
        if (out.empty() || out.back().model != model || out.back().metric != name)
            out.push_back(MetricSeries{std::string(model), std::string(name), {}, {}, {}});
        out.back().times.push_back(st.int64(2));
        out.back().values.push_back(st.real(3));
        out.back().counts.push_back(1);
    }
    return out;
}

} // namespace kestrel::detection
