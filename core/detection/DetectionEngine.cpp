#include "core/detection/DetectionEngine.h"

#include "core/detection/LeakFolding.h"
#include "core/detection/SeriesStats.h"

#include "core/anomaly/RobustZScore.h"
#include "core/anomaly/SeasonalResidual.h"
#include "core/anomaly/TableDetector.h"
#include "core/anomaly/Typing.h"
#include "core/common/Error.h"
#include "core/stats/Robust.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace kestrel::detection {

using workspace::Statement;
using workspace::Transaction;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isRunMetric(const std::string& name)
{
    const auto& names = runMetricNames();
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool perMetric(const std::string& algorithm)
{
    return algorithm == "mad" || algorithm == "seasonal";
}

struct Gates
{
    std::string direction = "both";
    std::int64_t minCount = 0;
    double minRatio = 0.0;
    double minDelta = 0.0;
    double maxP = 1.0;
    double zThreshold = 3.5;

    explicit Gates(const DetectionParams& p)
        : direction(p.direction), minCount(p.minCount), minRatio(p.minRatio), minDelta(p.minDelta),
          maxP(p.maxP), zThreshold(p.zThreshold)
    {
    }

    bool directionOk(bool up) const { return direction == "both" || (direction == "up") == up; }
};

} // namespace

struct DetectionEngine::Candidate
{
    std::string model;
    std::string metric;
    EpochMs time = 0;
    double score = 0;
    double z = 0;
    double actual = 0;
    double expected = 0;
    double band = 0;
    double threshold = 0.5;
    std::int64_t count = 0;
    bool up = true;
    double pValue = kNaN;
    std::shared_ptr<const ScoredSeries> series; // per-metric detectors only
    std::size_t index = 0;
    Json extra = Json::object();
};

DetectionEngine::DetectionEngine(workspace::Database& db, std::optional<HourRange> range)
    : m_db(db), m_store(db), m_range(range ? *range : defaultRange(db))
{
}

const std::vector<ModelHours>& DetectionEngine::hours(Feedback& feedback)
{
    if (!m_hoursReady) {
        m_hours = computeHourlyMetrics(m_db, m_range, feedback);
        m_hoursReady = true;
    }
    return m_hours;
}

std::vector<MetricSeries> DetectionEngine::seriesFor(const std::string& metric, Feedback& feedback)
{
    std::vector<MetricSeries> out;
    if (isRunMetric(metric)) {
        Feedback quiet(nullptr, feedback.stopToken());
        for (const ModelHours& h : hours(quiet))
            out.push_back(seriesOf(h, metric));
        return out;
    }
    const HourRange all{std::numeric_limits<EpochMs>::min() / 2,
                        std::numeric_limits<EpochMs>::max() / 2};
    for (MetricSeries& s : importedSeries(m_db, all))
        if (s.metric == metric)
            out.push_back(std::move(s));
    return out;
}

ScoredSeries DetectionEngine::scorePerMetric(const DetectorConfig& c, const MetricSeries& in,
                                             Feedback& feedback)
{
    const DetectionParams d = c.params();
    ScoredSeries s;
    s.model = in.model;
    s.metric = in.metric;
    s.times = in.times;
    s.counts = in.counts;
    std::vector<double> v = in.values;
    const int smoothing = d.smoothingHours;
    if (smoothing > 1 && !v.empty())
        smooth(s.times, v, s.counts, smoothing);
    s.actual = v;
    const std::size_t n = v.size();
    if (n == 0)
        return s;

    const bool useLog = d.log;
    if (useLog)
        for (double& x : v)
            x = std::log(std::max(x, 1e-9));
    s.excluded = exclusionMask(s.times, m_store.falsePositiveWindows(s.model, s.metric), smoothing);
    if (std::all_of(s.excluded.begin(), s.excluded.end(), [](bool b) { return b; })) {
        s.notes.push_back(
            "every point lies in a false-positive window; the baseline uses them all");
        std::fill(s.excluded.begin(), s.excluded.end(), false);
    }

    const Gates gates(d);
    anomaly::SeriesDetection det;
    if (c.algorithm == "mad") {
        anomaly::RobustZScoreOptions o;
        o.window = d.window;
        o.minBaseline = std::min(8, o.window);
        o.threshold = gates.zThreshold;
        det =
            anomaly::RobustZScore(o).detect(v, s.excluded, Feedback(nullptr, feedback.stopToken()));
    } else {
        anomaly::SeasonalResidualOptions o;
        o.threshold = gates.zThreshold;
        det = anomaly::SeasonalResidual(o).detect(s.times, v, s.excluded,
                                                  Feedback(nullptr, feedback.stopToken()));
    }
    s.scores = det.scores;
    s.z = det.z;
    s.notes.insert(s.notes.end(), det.notes.begin(), det.notes.end());
    s.expected.resize(n);
    s.lower.resize(n);
    s.upper.resize(n);
    double scale = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (det.z[i] > 0.0 && std::isfinite(det.z[i]))
            scale = std::abs(det.deviation[i]) / det.z[i];
        const double e = det.expected[i];
        const double lo = e - gates.zThreshold * scale;
        const double hi = e + gates.zThreshold * scale;
        s.expected[i] = useLog ? std::exp(e) : e;
        s.lower[i] = useLog ? std::exp(lo) : lo;
        s.upper[i] = useLog ? std::exp(hi) : hi;
    }
    return s;
}

void DetectionEngine::flagPerMetric(const DetectorConfig& c, const ScoredSeries& scored,
                                    std::vector<Candidate>& out)
{
    const std::size_t n = scored.actual.size();
    if (n == 0)
        return;
    const DetectionParams params = c.params();
    const Gates gates(params);
    const anomaly::SeverityThresholds thresholds = c.severityThresholds();
    const std::optional<double> feedback =
        m_store.feedbackThreshold(c.id, scored.model, scored.metric);
    const bool errorRate = scored.metric == metric::kErrorRate;
    const bool throughput = scored.metric == metric::kThroughput;
    const bool smoothed = params.smoothingHours > 1;

    // Pooled error rate of the model outside false-positive windows: the
    // expected rate of the binomial test (an hourly median is often 0).
    double pooled = 0.0;
    if (errorRate) {
        double failed = 0.0, ended = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            if (!scored.excluded[i]) {
                failed += scored.actual[i] * static_cast<double>(scored.counts[i]);
                ended += static_cast<double>(scored.counts[i]);
            }
        pooled = ended > 0 ? failed / ended : 0.0;
    }

    // A smoothed value is only trusted once its window is full.
    const int smoothing = params.smoothingHours;
    const EpochMs warmUp =
        smoothing > 1 ? scored.times.front() + static_cast<EpochMs>(smoothing - 1) * kMsPerHour
                      : scored.times.front();
    auto shared = std::make_shared<const ScoredSeries>(scored);
    // Hours that pass every gate but the count test, with their direction.
    std::vector<std::pair<std::size_t, bool>> passed;
    for (std::size_t i = 0; i < n; ++i) {
        if (scored.times[i] < warmUp)
            continue;
        const double score = scored.scores[i];
        if (score < thresholds.low || (feedback && score <= *feedback))
            continue;
        const double a = scored.actual[i];
        const double e = scored.expected[i];
        const bool up = a > e;
        if (a == e || !gates.directionOk(up))
            continue;
        if (scored.counts[i] < gates.minCount)
            continue;
        if (gates.minRatio > 0.0) {
            if (up && !(a >= e * gates.minRatio))
                continue;
            if (!up && !(a * gates.minRatio <= e))
                continue;
        }
        if (std::abs(a - e) < gates.minDelta)
            continue;
        passed.emplace_back(i, up);
    }

    // The count test (binomial for the error rate, Poisson for throughput)
    // over [from, to]: the runs of every hour in it, flagged or not.
    auto countP = [&](std::size_t from, std::size_t to, bool up) {
        double k = 0.0, trials = 0.0, lambda = 0.0;
        for (std::size_t h = from; h <= to; ++h) {
            if (errorRate) {
                k += scored.actual[h] * static_cast<double>(scored.counts[h]);
                trials += static_cast<double>(scored.counts[h]);
            } else {
                k += scored.actual[h];
                lambda += scored.expected[h];
            }
        }
        const auto kk = static_cast<std::int64_t>(std::llround(k));
        if (errorRate)
            return up ? binomialUpper(kk, static_cast<std::int64_t>(std::llround(trials)), pooled)
                      : 1.0;
        return up ? poissonUpper(kk, lambda) : poissonLower(kk, lambda);
    };
    const bool countTest = gates.maxP < 1.0 && !smoothed && (errorRate || throughput);
    const EpochMs gap = (params.mergeGapHours + 1) * kMsPerHour;
    for (std::size_t f = 0; f < passed.size();) {
        // A stretch: flagged hours of one direction at most the merge gap
        // apart, the hours that become one anomaly. A few hours each short of
        // significance on their own (a small model's share of an outage) are
        // significant together. The stretch was picked after looking at the
        // data (its hours passed the score gates), so its p is corrected for
        // every place in the series it could have started (Bonferroni).
        std::size_t g = f + 1;
        while (g < passed.size() && passed[g].second == passed[f].second &&
               scored.times[passed[g].first] - scored.times[passed[g - 1].first] <= gap)
            ++g;
        const bool up = passed[f].second;
        const double stretchP =
            countTest && g - f > 1
                ? std::min(1.0, countP(passed[f].first, passed[g - 1].first, up) *
                                    static_cast<double>(n))
                : kNaN;
        for (std::size_t q = f; q < g; ++q) {
            const std::size_t i = passed[q].first;
            const double a = scored.actual[i];
            const double e = scored.expected[i];
            double p = kNaN;
            bool overStretch = false;
            if (countTest) {
                p = countP(i, i, up);
                if (!(p <= gates.maxP) && stretchP <= gates.maxP) {
                    p = stretchP;
                    overStretch = true;
                }
                if (!(p <= gates.maxP))
                    continue;
            }
            const double score = scored.scores[i];
            Candidate cand;
            cand.model = scored.model;
            cand.metric = scored.metric;
            cand.time = scored.times[i];
            cand.score = score;
            cand.z = scored.z[i];
            cand.actual = a;
            cand.expected = e;
            cand.band = up ? scored.upper[i] - e : e - scored.lower[i];
            cand.threshold = feedback ? std::max(thresholds.low, *feedback) : thresholds.low;
            cand.count = scored.counts[i];
            cand.up = up;
            cand.pValue = p;
            cand.series = shared;
            cand.index = i;
            if (errorRate)
                cand.extra["expected_error_rate"] = pooled;
            if (overStretch)
                cand.extra["p_value_over_hours"] = static_cast<std::int64_t>(
                    (scored.times[passed[g - 1].first] - scored.times[passed[f].first]) /
                        kMsPerHour +
                    1);
            out.push_back(std::move(cand));
        }
        f = g;
    }
}

void DetectionEngine::scoreJoint(const DetectorConfig& c, std::vector<Candidate>& out,
                                 std::int64_t& points, Feedback& feedback)
{
    for (const std::string& m : c.metrics)
        if (!isRunMetric(m))
            throw Error("Detector '" + c.name + "': the " + c.algorithm +
                        " algorithm scores run-history metrics jointly; '" + m +
                        "' is an imported series (use mad or seasonal for it).");
    const DetectionParams d = c.params();
    const Gates gates(d);
    const anomaly::SeverityThresholds thresholds = c.severityThresholds();
    anomaly::TableDetectOptions options;
    options.algorithm = *anomaly::algorithmFromString(c.algorithm);
    options.contamination = d.contamination;
    options.seed = d.seed;
    const std::int64_t minCount = std::max<std::int64_t>(1, gates.minCount);
    const double minDriverZ = d.minDriverZ;

    Feedback quiet(nullptr, feedback.stopToken());
    const auto& all = hours(quiet);
    for (std::size_t mi = 0; mi < all.size(); ++mi) {
        const ModelHours& mh = all[mi];
        feedback.throwIfStopped();
        std::vector<MetricSeries> cols;
        for (const std::string& m : c.metrics)
            cols.push_back(seriesOf(mh, m));
        // Rows: hours with enough runs; missing values take the column median.
        std::vector<std::size_t> rows;
        for (std::size_t h = 0; h < mh.hours.size(); ++h)
            if (mh.hours[h].runs >= minCount)
                rows.push_back(h);
        if (rows.size() < 16)
            continue;
        std::vector<std::string> names;
        std::vector<std::vector<double>> columns;
        std::vector<stats::RobustScale> baselines;
        std::vector<bool> logged;
        for (const MetricSeries& s : cols) {
            std::vector<double> col(rows.size(), kNaN);
            std::size_t k = 0;
            for (std::size_t r = 0; r < rows.size(); ++r) {
                const EpochMs t = mh.hours[rows[r]].hour;
                while (k < s.times.size() && s.times[k] < t)
                    ++k;
                if (k < s.times.size() && s.times[k] == t)
                    col[r] = s.values[k];
            }
            std::vector<double> present;
            for (double x : col)
                if (std::isfinite(x))
                    present.push_back(x);
            if (present.size() < rows.size() / 2)
                continue; // mostly missing (e.g. runs without memory readings)
            const bool lg = s.metric == metric::kDurationP50 || s.metric == metric::kDurationP95;
            if (lg)
                for (double& x : present)
                    x = std::log(std::max(x, 1e-9));
            const stats::RobustScale b = stats::robustScale(present);
            for (double& x : col)
                x = std::isfinite(x) ? (lg ? std::log(std::max(x, 1e-9)) : x) : b.median;
            names.push_back(s.metric);
            columns.push_back(std::move(col));
            baselines.push_back(b);
            logged.push_back(lg);
        }
        if (columns.empty())
            continue;
        Eigen::MatrixXd x(static_cast<Eigen::Index>(rows.size()),
                          static_cast<Eigen::Index>(columns.size()));
        std::vector<EpochMs> times(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            times[r] = mh.hours[rows[r]].hour;
            for (std::size_t j = 0; j < columns.size(); ++j)
                x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) = columns[j][r];
        }
        double failedAll = 0.0, endedAll = 0.0;
        for (const HourRow& hr : mh.hours) {
            failedAll += static_cast<double>(hr.failed);
            endedAll += static_cast<double>(hr.ended);
        }
        const double pooled = endedAll > 0 ? failedAll / endedAll : 0.0;
        // The usual number of runs behind each column's hourly value.
        std::vector<double> typical;
        for (const std::string& name : names) {
            std::vector<double> n;
            n.reserve(rows.size());
            for (std::size_t r : rows)
                n.push_back(static_cast<double>(runsBehind(mh.hours[r], name)));
            typical.push_back(stats::median(n).value_or(1.0));
        }
        const anomaly::Detection det = anomaly::detectTable(
            x, names, &times, options, Feedback(nullptr, feedback.stopToken()));
        points += static_cast<std::int64_t>(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const double score = det.scores[r];
            if (score < thresholds.low)
                continue;
            // The metric that moved most, given the runs behind it, explains the point.
            std::size_t driver = 0;
            double best = -1.0;
            for (std::size_t j = 0; j < columns.size(); ++j) {
                const double z = stats::robustZ(columns[j][r], baselines[j]) *
                                 meanWeight(mh.hours[rows[r]], names[j], typical[j]);
                if (z > best) {
                    best = z;
                    driver = j;
                }
            }
            if (best < minDriverZ)
                continue;
            const std::optional<double> fb =
                m_store.feedbackThreshold(c.id, mh.model, names[driver]);
            if (fb && score <= *fb)
                continue;
            const double raw = columns[driver][r];
            const double med = baselines[driver].median;
            // Count metrics must also be significant given the runs behind them.
            const HourRow& hr = mh.hours[rows[r]];
            double p = kNaN;
            if (gates.maxP < 1.0 && names[driver] == metric::kErrorRate)
                p = raw > med ? binomialUpper(hr.failed, hr.ended, pooled) : 1.0;
            else if (gates.maxP < 1.0 && names[driver] == metric::kThroughput)
                p = raw > med ? poissonUpper(hr.runs, med) : poissonLower(hr.runs, med);
            if (std::isfinite(p) && p > gates.maxP)
                continue;
            const double band = gates.zThreshold * baselines[driver].scale;
            Candidate cand;
            cand.model = mh.model;
            cand.metric = names[driver];
            cand.time = times[r];
            cand.score = score;
            cand.z = best;
            cand.actual = logged[driver] ? std::exp(raw) : raw;
            cand.expected = logged[driver] ? std::exp(med) : med;
            cand.up = raw > med;
            cand.band = logged[driver]
                            ? std::abs(std::exp(med + (cand.up ? band : -band)) - cand.expected)
                            : band;
            cand.threshold = fb ? std::max(thresholds.low, *fb) : thresholds.low;
            cand.count = hr.runs;
            cand.pValue = p;
            Json joint = Json::object();
            for (std::size_t j = 0; j < columns.size(); ++j)
                joint[names[j]] = logged[j] ? std::exp(columns[j][r]) : columns[j][r];
            cand.extra["joint_values"] = joint;
            out.push_back(std::move(cand));
        }
        feedback.report(static_cast<double>(mi + 1) / static_cast<double>(all.size()));
    }
}

// Whether flagged `b` continues the anomaly of flagged `a` (same model,
// metric and direction, b later): at most `gap` apart, or on a series with at
// most `gapHours` scored points between them. Hours without data (a quiet
// night with no runs) do not end an anomaly; hours seen normal do.
bool DetectionEngine::joined(const Candidate& a, const Candidate& b, EpochMs gap, int gapHours)
{
    if (b.time - a.time <= gap)
        return true;
    return a.series && a.series == b.series && b.index > a.index &&
           b.index - a.index <= static_cast<std::size_t>(gapHours) + 1;
}

std::vector<StoredAnomaly> DetectionEngine::group(const DetectorConfig& c,
                                                  std::vector<Candidate>& cands)
{
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        if (a.model != b.model)
            return a.model < b.model;
        if (a.metric != b.metric)
            return a.metric < b.metric;
        if (a.up != b.up)
            return a.up < b.up;
        return a.time < b.time;
    });
    const EpochMs gap = (c.params().mergeGapHours + 1) * kMsPerHour;
    const anomaly::SeverityThresholds thresholds = c.severityThresholds();
    std::vector<StoredAnomaly> out;
    std::size_t i = 0;
    while (i < cands.size()) {
        std::size_t j = i + 1;
        while (j < cands.size() && cands[j].model == cands[i].model &&
               cands[j].metric == cands[i].metric && cands[j].up == cands[i].up &&
               joined(cands[j - 1], cands[j], gap, c.params().mergeGapHours))
            ++j;
        std::size_t peak = i;
        for (std::size_t k = i; k < j; ++k)
            if (cands[k].score > cands[peak].score ||
                (cands[k].score == cands[peak].score && cands[k].z > cands[peak].z))
                peak = k;
        const Candidate& p = cands[peak];
        // For memory: the values from a day before the window up to the peak
        // decide between a sustained leak and a spike.
        std::vector<double> recent;
        if (p.series) {
            const EpochMs from = cands[i].time - kMsPerDay;
            for (std::size_t k = 0; k <= p.index; ++k)
                if (p.series->times[k] >= from)
                    recent.push_back(p.series->actual[k]);
        }
        anomaly::AnomalyResult r = anomaly::makeResult(p.time, p.model, p.metric, p.score, p.actual,
                                                       p.expected, thresholds, recent);
        StoredAnomaly a;
        a.detectorId = c.id;
        a.time = p.time;
        a.start = cands[i].time;
        a.end = cands[j - 1].time + kMsPerHour;
        a.componentType = r.componentType;
        a.model = p.model;
        a.metric = p.metric;
        a.type = anomaly::toString(r.type);
        a.score = p.score;
        a.threshold = p.threshold;
        a.confidence = anomaly::confidenceFor(p.score, p.threshold);
        a.severity = anomaly::toString(anomaly::severityFor(p.score, thresholds));
        a.actual = p.actual;
        a.expected = p.expected;
        a.deviation = p.actual - p.expected;
        a.band = p.band;
        a.recommendations = r.recommendations;
        Json ctx = Json::object();
        for (const auto& [k, v] : r.context)
            ctx[k] = v;
        ctx["algorithm"] = c.algorithm;
        ctx["flagged_hours"] = static_cast<std::int64_t>(j - i);
        ctx["window_start"] = toIso(a.start);
        ctx["window_end"] = toIso(a.end);
        ctx["runs_at_peak"] = p.count;
        if (std::isfinite(p.z))
            ctx["robust_z"] = p.z;
        else
            ctx["robust_z"] = "inf";
        if (std::isfinite(p.pValue))
            ctx["p_value"] = p.pValue;
        for (auto it = p.extra.begin(); it != p.extra.end(); ++it)
            ctx[it.key()] = it.value();
        if (p.series) {
            const auto excluded =
                std::count(p.series->excluded.begin(), p.series->excluded.end(), true);
            if (excluded > 0)
                ctx["baseline_excluded_points"] = static_cast<std::int64_t>(excluded);
        }
        a.context = std::move(ctx);
        out.push_back(std::move(a));
        i = j;
    }
    return out;
}

ScoredSeries DetectionEngine::scoreSeries(const DetectorConfig& config, const std::string& model,
                                          const std::string& metricName, Feedback& feedback)
{
    DetectorConfig c = config;
    if (!perMetric(c.algorithm)) {
        c.algorithm = "seasonal";
        c.detection = Json::object();
    }
    for (const MetricSeries& s : seriesFor(metricName, feedback))
        if (s.model == model)
            return scorePerMetric(c, s, feedback);
    ScoredSeries empty;
    empty.model = model;
    empty.metric = metricName;
    return empty;
}

DetectionRunSummary DetectionEngine::run(const DetectorConfig& c, Feedback& feedback)
{
    c.validate();
    if (c.id <= 0)
        throw Error("Detector '" + c.name + "' must be saved before it runs.");
    DetectionRunSummary sum;
    sum.detectorId = c.id;
    sum.detectorName = c.name;
    {
        Statement st = m_db.prepare(
            "INSERT INTO detection_runs(detector_id, detector_name, started_at, status) "
            "VALUES(?,?,?,'running') RETURNING id");
        st.bind(1, c.id).bind(2, c.name).bind(3, static_cast<std::int64_t>(nowMs()));
        // RETURNING: see AnomalyStore::insert.
        if (!st.step())
            throw Error("The detection run of '" + c.name + "' was not recorded.");
        sum.runId = st.int64(0);
    }
    auto finish = [&](const char* status, const std::string& message) {
        Statement st = m_db.prepare(
            "UPDATE detection_runs SET finished_at=?, points_scored=?, anomalies_found=?, "
            "status=?, message=? WHERE id=?");
        st.bind(1, static_cast<std::int64_t>(nowMs()))
            .bind(2, sum.pointsScored)
            .bind(3, sum.anomaliesFound)
            .bind(4, status)
            .bindTextOrNull(5, message)
            .bind(6, sum.runId);
        st.run();
    };
    try {
        std::vector<Candidate> cands;
        if (perMetric(c.algorithm)) {
            for (std::size_t m = 0; m < c.metrics.size(); ++m) {
                const std::vector<MetricSeries> series = seriesFor(c.metrics[m], feedback);
                if (series.empty())
                    sum.notes.push_back("no data for metric '" + c.metrics[m] + "'");
                for (std::size_t k = 0; k < series.size(); ++k) {
                    feedback.throwIfStopped();
                    const ScoredSeries scored = scorePerMetric(c, series[k], feedback);
                    sum.pointsScored += static_cast<std::int64_t>(scored.actual.size());
                    for (const std::string& note : scored.notes)
                        sum.notes.push_back(scored.model + " / " + scored.metric + ": " + note);
                    flagPerMetric(c, scored, cands);
                    feedback.report(
                        (static_cast<double>(m) +
                         static_cast<double>(k + 1) / static_cast<double>(series.size())) /
                        static_cast<double>(c.metrics.size()));
                }
            }
        } else {
            scoreJoint(c, cands, sum.pointsScored, feedback);
        }
        std::vector<StoredAnomaly> found = group(c, cands);
        for (StoredAnomaly& a : found)
            a.detectorName = c.name;
        sum.folded = foldIntoLeaks(found);
        feedback.throwIfStopped();
        Transaction tx(m_db);
        LeakFolder leaks(m_store, c.id);
        m_store.removeUnreviewed(c.id);
        for (StoredAnomaly& a : found) {
            if (leaks.foldIntoStored(a)) {
                ++sum.folded;
                continue;
            }
            if (m_store.reviewedOverlap(c.id, a.model, a.metric, a.start, a.end)) {
                ++sum.suppressed;
                continue;
            }
            leaks.absorb(a);
            a.detectionRunId = sum.runId;
            a.id = m_store.insert(a);
            sum.anomalies.push_back(std::move(a));
        }
        leaks.finish();
        sum.anomaliesFound = static_cast<std::int64_t>(sum.anomalies.size());
        std::string message;
        if (sum.suppressed > 0)
            message = std::to_string(sum.suppressed) +
                      " candidates overlapped reviewed anomalies and were not raised";
        if (sum.folded > 0)
            message += (message.empty() ? "" : "; ") + std::to_string(sum.folded) +
                       " lay inside a memory leak and were folded into it";
        finish("finished", message);
        tx.commit();
    } catch (const Cancelled&) {
        finish("cancelled", {});
        throw;
    } catch (const std::exception& e) {
        finish("failed", e.what());
        throw;
    }
    feedback.report(1.0);
    return sum;
}

std::vector<DetectionRunSummary> DetectionEngine::runAll(Feedback& feedback)
{
    std::vector<DetectorConfig> configs;
    for (DetectorConfig& c : DetectorStore(m_db).list())
        if (c.enabled)
            configs.push_back(std::move(c));
    std::vector<DetectionRunSummary> out;
    for (std::size_t i = 0; i < configs.size(); ++i) {
        const double from = static_cast<double>(i) / static_cast<double>(configs.size());
        const double to = static_cast<double>(i + 1) / static_cast<double>(configs.size());
        Feedback part([&feedback, from, to](double f) { feedback.report(from + (to - from) * f); },
                      feedback.stopToken());
        out.push_back(run(configs[i], part));
    }
    feedback.report(1.0);
    return out;
}

} // namespace kestrel::detection
