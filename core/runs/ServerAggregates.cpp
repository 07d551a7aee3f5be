#include "core/runs/ServerAggregates.h"

#include "core/runs/ModelRanking.h"
#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"
#include "core/workspace/SqlAggregates.h"

#include <algorithm>

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

// The UTC day start of execution_time (a floor, also before 1970).
constexpr const char* kDay = "execution_time - ((execution_time % 86400000) + 86400000) % 86400000";

Statement prepareWhere(Database& db, const std::string& head, const RunFilter& filter,
                       const std::string& tail)
{
    const SqlWhere where = whereClause(filter);
    Statement st = db.prepare(head + " FROM runs" + where.sql + tail);
    bindWhere(st, where);
    return st;
}

std::optional<double> ratio(const std::optional<double>& sum, std::int64_t n)
{
    if (!sum || n <= 0)
        return std::nullopt;
    return *sum / static_cast<double>(n);
}

} // namespace

std::optional<RunAggregates::Results> serverResults(Database& db, const RunFilter& filter)
{
    const auto p50 = workspace::quantileAggregate(db, 0.5, "execution_duration");
    const auto p95 = workspace::quantileAggregate(db, 0.95, "execution_duration");
    const auto sd = workspace::stddevAggregate(db, "accuracy_score");
    if (!p50 || !p95 || !sd)
        return std::nullopt;
    // Columns: 0 model, 1 whole-selection row, 2-6 status counts and runs,
    // 7-10 durations (count, sum, p50, p95), 11-13 accuracies (count, sum, sd).
    Statement st =
        prepareWhere(db,
                     "SELECT model_name, GROUPING(model_name), " + statusCounts() +
                         ", count(execution_duration), sum(execution_duration), " + *p50 + ", " +
                         *p95 + ", count(accuracy_score), sum(accuracy_score), " + *sd,
                     filter, " GROUP BY GROUPING SETS ((model_name), ())");
    RunAggregates::Results out;
    while (st.step()) {
        const std::int64_t completed = st.int64(2);
        const std::int64_t failed = st.int64(3);
        const std::int64_t running = st.int64(4);
        const std::int64_t cancelled = st.int64(5);
        const std::int64_t runs = st.int64(6);
        const std::int64_t accuracies = st.int64(11);
        if (st.int64(1) != 0) {
            RunSummary& s = out.summary;
            s.runs = runs;
            s.completed = completed;
            s.failed = failed;
            s.running = running;
            s.cancelled = cancelled;
            if (runs - running > 0)
                s.successRate =
                    static_cast<double>(completed) / static_cast<double>(runs - running);
            s.meanDuration = ratio(st.optReal(8), st.int64(7));
            s.p50Duration = st.optReal(9);
            s.p95Duration = st.optReal(10);
            s.meanAccuracy = ratio(st.optReal(12), accuracies);
            continue;
        }
        ModelFigures f;
        f.model = st.text(0);
        f.completed = completed;
        f.failed = failed;
        f.running = running;
        f.cancelled = cancelled;
        f.other = runs - completed - failed - running - cancelled;
        f.accuracies = accuracies;
        f.meanAccuracy = ratio(st.optReal(12), accuracies);
        f.accuracySd = st.optReal(13);
        f.p50Duration = st.optReal(9);
        f.p95Duration = st.optReal(10);
        out.models.push_back(modelStats(f));
    }
    std::sort(out.models.begin(), out.models.end(),
              [](const ModelStats& a, const ModelStats& b) { return a.model < b.model; });
    rankModels(out.models);
    return out;
}

std::optional<std::vector<DayStats>> serverPerDay(Database& db, const RunFilter& filter)
{
    const auto p50 = workspace::quantileAggregate(db, 0.5, "execution_duration");
    const auto p95 = workspace::quantileAggregate(db, 0.95, "execution_duration");
    if (!p50 || !p95)
        return std::nullopt;
    Statement st = prepareWhere(
        db, std::string("SELECT ") + kDay + ", " + statusCounts() + ", " + *p50 + ", " + *p95,
        filter, " GROUP BY 1 ORDER BY 1");
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
    Statement st = db.prepare(std::string("SELECT model_name, ") + kDay +
                              ", avg(accuracy_score), count(*) FROM runs" + where.sql +
                              (where.sql.empty() ? " WHERE " : " AND ") +
                              "accuracy_score IS NOT NULL GROUP BY 1, 2");
    bindWhere(st, where);
    std::vector<ModelDayAccuracy> out;
    while (st.step())
        out.push_back(ModelDayAccuracy{st.text(0), st.int64(1), st.real(2), st.int64(3)});
    std::sort(out.begin(), out.end(), [](const ModelDayAccuracy& a, const ModelDayAccuracy& b) {
        return a.model != b.model ? a.model < b.model : a.day < b.day;
    });
    return out;
}

} // namespace kestrel::runs
