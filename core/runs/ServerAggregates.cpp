#include "core/runs/ServerAggregates.h"

#include "core/runs/ModelRanking.h"
#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"
#include "core/runs/ServerQuantiles.h"
#include "core/workspace/SqlAggregates.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace kestrel::runs {

using workspace::Database;
using workspace::Statement;

namespace {

// Counts of the four statuses, then of every run: five columns.
std::string statusCounts()
{
    std::string sql;
    for (const std::string_view s :
         {status::kCompleted, status::kFailed, status::kRunning, status::kCancelled})
        sql += "count(CASE WHEN status = '" + std::string(s) + "' THEN 1 END), ";
    return sql + "count(*)";
}

// The UTC day start of the epoch milliseconds `t` (a floor, also before 1970).
std::string dayStart(const std::string& t)
{
    return t + " - ((" + t + " % 86400000) + 86400000) % 86400000";
}

std::string andOrWhere(const SqlWhere& where)
{
    return where.sql.empty() ? " WHERE " : " AND ";
}

// `FROM` rows `day`: every UTC day from the first to the last run `where`
// selects (its arguments come first), each read in a LATERAL subquery by an
// index range on execution_time, so that no day's runs are sorted or hashed
// with another's.
std::string everyDay(const SqlWhere& where)
{
    return "(SELECT generate_series(" + dayStart("min(execution_time)") + ", " +
           dayStart("max(execution_time)") + ", CAST(86400000 AS bigint)) AS day FROM runs" +
           where.sql + ") d";
}

std::string ofTheDay(const SqlWhere& where)
{
    return where.sql + andOrWhere(where) +
           "execution_time >= d.day AND execution_time < d.day + 86400000";
}

// A statement over everyDay() and a LATERAL ofTheDay(), both arguments bound.
Statement prepareByDay(Database& db, const std::string& sql, const SqlWhere& where)
{
    Statement st = db.prepare(sql);
    bindWhere(st, where);
    bindWhere(st, where, static_cast<int>(where.textArgs.size()) + 1);
    return st;
}

// One snapshot for a read of several statements (workspace::ReadTransaction,
// unless the caller's transaction is open), with the memory to hash its
// groups: the planner, which cannot count the groups of an expression,
// otherwise sorts a million runs to group them.
class ServerRead
{
public:
    explicit ServerRead(Database& db)
    {
        if (!db.inTransaction())
            m_snapshot.emplace(db);
        db.exec("SET LOCAL work_mem = '32MB'");
    }

private:
    std::optional<workspace::ReadTransaction> m_snapshot;
};

// Counts, sums and the variance of one group's values, merged from its
// buckets (Chan et al.'s pairwise update, exact up to rounding).
struct Moments
{
    std::int64_t n = 0;
    long double sum = 0;
    long double m2 = 0; // sum of squared deviations from the mean

    void merge(std::int64_t n2, double sum2, const std::optional<double>& variance2)
    {
        if (n2 <= 0)
            return;
        const long double m2b = variance2 ? *variance2 * static_cast<long double>(n2 - 1) : 0;
        if (n > 0) {
            const long double delta = sum2 / n2 - sum / n;
            m2 += m2b + delta * delta * n * n2 / (n + n2);
        } else {
            m2 = m2b;
        }
        n += n2;
        sum += sum2;
    }
    std::optional<double> mean() const
    {
        return n > 0 ? std::optional<double>(static_cast<double>(sum / n)) : std::nullopt;
    }
    std::optional<double> sd() const
    {
        return n > 1 ? std::optional<double>(std::sqrt(static_cast<double>(m2 / (n - 1))))
                     : std::nullopt;
    }
};

struct ModelSums
{
    std::int64_t completed = 0, failed = 0, running = 0, cancelled = 0, runs = 0;
    Moments durations;
    Moments accuracies;
};

} // namespace

std::optional<RunAggregates::Results> serverResults(Database& db, const RunFilter& filter)
{
    const auto variance = workspace::varianceAggregate(db, "accuracy_score");
    if (!variance)
        return std::nullopt;
    const ServerRead read(db);
    // Pass 1, one hash over (model, duration bucket). Columns: 0 model,
    // 1 bucket, 2-6 status counts and runs, 7-8 durations (count, sum),
    // 9-11 accuracies (count, sum, variance).
    const SqlWhere where = whereClause(filter);
    Statement st =
        db.prepare("SELECT model_name, " + ServerQuantiles::bucketSql() + ", " + statusCounts() +
                   ", count(execution_duration), sum(execution_duration), "
                   "count(accuracy_score), sum(accuracy_score), " +
                   *variance + " FROM runs" + where.sql + " GROUP BY 1, 2");
    bindWhere(st, where);
    std::map<std::string, ModelSums> models;
    ServerQuantiles quantiles("model_name");
    while (st.step()) {
        const std::string model = st.text(0);
        ModelSums& m = models[model];
        m.completed += st.int64(2);
        m.failed += st.int64(3);
        m.running += st.int64(4);
        m.cancelled += st.int64(5);
        m.runs += st.int64(6);
        m.durations.merge(st.int64(7), st.optReal(8).value_or(0), std::nullopt);
        m.accuracies.merge(st.int64(9), st.optReal(10).value_or(0), st.optReal(11));
        quantiles.add(model, st.real(1), st.int64(7));
    }
    // Pass 2: the durations around each quantile.
    static constexpr double kQuantiles[] = {0.5, 0.95};
    quantiles.compute(db, where, kQuantiles);

    RunAggregates::Results out;
    RunSummary& s = out.summary;
    Moments durations;
    Moments accuracies;
    for (const auto& [model, m] : models) {
        s.runs += m.runs;
        s.completed += m.completed;
        s.failed += m.failed;
        s.running += m.running;
        s.cancelled += m.cancelled;
        durations.n += m.durations.n;
        durations.sum += m.durations.sum;
        accuracies.n += m.accuracies.n;
        accuracies.sum += m.accuracies.sum;

        const std::vector<std::optional<double>> q = quantiles.of(model);
        ModelFigures f;
        f.model = model;
        f.completed = m.completed;
        f.failed = m.failed;
        f.running = m.running;
        f.cancelled = m.cancelled;
        f.other = m.runs - m.completed - m.failed - m.running - m.cancelled;
        f.accuracies = m.accuracies.n;
        f.meanAccuracy = m.accuracies.mean();
        f.accuracySd = m.accuracies.sd();
        f.p50Duration = q[0];
        f.p95Duration = q[1];
        out.models.push_back(modelStats(f));
    }
    if (s.runs - s.running > 0)
        s.successRate = static_cast<double>(s.completed) / static_cast<double>(s.runs - s.running);
    s.meanDuration = durations.mean();
    s.meanAccuracy = accuracies.mean();
    s.p50Duration = quantiles.ofAll()[0];
    s.p95Duration = quantiles.ofAll()[1];
    // std::map keeps the models in name order.
    rankModels(out.models);
    return out;
}

std::optional<std::vector<DayStats>> serverPerDay(Database& db, const RunFilter& filter)
{
    const auto p50 = workspace::quantileAggregate(db, 0.5, "execution_duration");
    const auto p95 = workspace::quantileAggregate(db, 0.95, "execution_duration");
    if (!p50 || !p95)
        return std::nullopt;
    const SqlWhere where = whereClause(filter);
    Statement st =
        prepareByDay(db,
                     "SELECT d.day, x.* FROM " + everyDay(where) + ", LATERAL (SELECT " +
                         statusCounts() + " AS runs, " + *p50 + ", " + *p95 + " FROM runs" +
                         ofTheDay(where) + ") x WHERE x.runs > 0 ORDER BY 1",
                     where);
    std::vector<DayStats> out;
    while (st.step()) {
        DayStats d;
        d.day = st.int64(0);
        d.completed = st.int64(1);
        d.failed = st.int64(2);
        d.running = st.int64(3);
        d.cancelled = st.int64(4);
        d.p50Duration = st.optReal(6);
        d.p95Duration = st.optReal(7);
        out.push_back(d);
    }
    return out;
}

std::vector<ModelDayAccuracy> groupedAccuracyPerModelDay(Database& db, const RunFilter& filter)
{
    const SqlWhere where = whereClause(filter);
    Statement st = prepareByDay(
        db,
        "SELECT x.model_name, d.day, x.mean, x.n FROM " + everyDay(where) +
            ", LATERAL (SELECT model_name, avg(accuracy_score) AS mean, count(*) AS n FROM runs" +
            ofTheDay(where) + " AND accuracy_score IS NOT NULL GROUP BY model_name) x",
        where);
    std::vector<ModelDayAccuracy> out;
    while (st.step())
        out.push_back(ModelDayAccuracy{st.text(0), st.int64(1), st.real(2), st.int64(3)});
    std::sort(out.begin(), out.end(), [](const ModelDayAccuracy& a, const ModelDayAccuracy& b) {
        return a.model != b.model ? a.model < b.model : a.day < b.day;
    });
    return out;
}

} // namespace kestrel::runs
