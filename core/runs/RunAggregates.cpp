#include "core/runs/RunAggregates.h"

#include "core/runs/ModelRanking.h"
#include "core/runs/ServerAggregates.h"

#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"
#include "core/stats/Descriptive.h"
#include "core/stats/Intervals.h"
#include "core/workspace/Workspace.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <exception>
#include <thread>
#include <unordered_map>

namespace kestrel::runs {

using workspace::Database;
using workspace::Statement;

namespace {

enum class Status
{
    Completed,
    Failed,
    Running,
    Cancelled,
    Other
};

Status statusOf(std::string_view s)
{
    if (s == status::kCompleted)
        return Status::Completed;
    if (s == status::kFailed)
        return Status::Failed;
    if (s == status::kRunning)
        return Status::Running;
    if (s == status::kCancelled)
        return Status::Cancelled;
    return Status::Other;
}

bool columnNull(sqlite3_stmt* st, int column)
{
    return sqlite3_column_type(st, column) == SQLITE_NULL;
}

// A column's value through one sqlite3_column_value() call: the hot scans
// read type and value from it instead of paying two column calls.
std::string_view textOf(sqlite3_value* v)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
    if (!p)
        return {};
    return {p, static_cast<std::size_t>(sqlite3_value_bytes(v))};
}

std::optional<double> realOf(sqlite3_value* v)
{
    if (sqlite3_value_type(v) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_value_double(v);
}

// Maps group names to dense indexes; rows arrive with few distinct names, so
// remembering the last hit makes the common case one comparison.
class NameIndex
{
public:
    std::size_t indexOf(std::string_view name)
    {
        if (m_last < m_names.size() && m_names[m_last] == name)
            return m_last;
        for (std::size_t i = 0; i < m_names.size(); ++i)
            if (m_names[i] == name)
                return m_last = i;
        m_names.emplace_back(name);
        return m_last = m_names.size() - 1;
    }
    const std::vector<std::string>& names() const { return m_names; }

private:
    std::vector<std::string> m_names;
    std::size_t m_last = 0;
};

// The row being read, through sqlite3_* calls on SQLite (the hot scans' fast
// path) or the Statement's portable accessors on PostgreSQL.
struct SqliteRow
{
    sqlite3_stmt* h;
    std::string_view text(int c) const { return textOf(sqlite3_column_value(h, c)); }
    std::optional<double> real(int c) const { return realOf(sqlite3_column_value(h, c)); }
    std::int64_t int64(int c) const { return sqlite3_column_int64(h, c); }
    bool isNull(int c) const { return columnNull(h, c); }
};

struct PortableRow
{
    const Statement& st;
    std::string_view text(int c) const { return st.textView(c); }
    std::optional<double> real(int c) const { return st.optReal(c); }
    std::int64_t int64(int c) const { return st.int64(c); }
    bool isNull(int c) const { return st.isNull(c); }
};

// Calls `visit(row)` for each row of `st`.
template <class Visit> void forEachRow(Statement& st, Visit&& visit)
{
    if (sqlite3_stmt* h = st.handle()) {
        const SqliteRow row{h};
        while (st.step())
            visit(row);
    } else {
        const PortableRow row{st};
        while (st.step())
            visit(row);
    }
}

Statement prepareFiltered(Database& db, const std::string& select, const RunFilter& filter,
                          const std::string& extraCondition = {})
{
    const SqlWhere where = whereClause(filter);
    std::string sql = select + " FROM runs" + where.sql;
    if (!extraCondition.empty())
        sql += (where.sql.empty() ? " WHERE " : " AND ") + extraCondition;
    Statement st = db.prepare(sql);
    bindWhere(st, where);
    return st;
}

} // namespace

RunAggregates::RunAggregates(Database& db) : m_db(db) {}

std::pair<std::int64_t, std::int64_t> RunAggregates::dataVersion()
{
    // PostgreSQL's change token also moves with this connection's own writes.
    if (!m_db.handle())
        return {m_db.queryInt(m_db.dialect().changeTokenQuery()).value_or(0), 0};
    const std::int64_t other = m_db.queryInt("PRAGMA data_version").value_or(0);
    return {other, static_cast<std::int64_t>(sqlite3_total_changes64(m_db.handle()))};
}

namespace {

using Columns = std::vector<RunAggregates::ModelColumns>;

void count(RunAggregates::ModelColumns& m, Status s)
{
    switch (s) {
    case Status::Completed:
        ++m.completed;
        break;
    case Status::Failed:
        ++m.failed;
        break;
    case Status::Running:
        ++m.running;
        break;
    case Status::Cancelled:
        ++m.cancelled;
        break;
    case Status::Other:
        ++m.other;
        break;
    }
}

void count(DayStats& d, Status s)
{
    switch (s) {
    case Status::Completed:
        ++d.completed;
        break;
    case Status::Failed:
        ++d.failed;
        break;
    case Status::Running:
        ++d.running;
        break;
    case Status::Cancelled:
        ++d.cancelled;
        break;
    case Status::Other:
        break;
    }
}

struct DayColumns
{
    DayStats stats;
    std::vector<double> durations;
};

// What one pass over the selected rows gathers: per model always, per day
// and per model-hour when the scan profiles time.
struct Scan
{
    Columns models;
    std::vector<DayColumns> days;

    // Rows mostly arrive in time order, so the last day found is the usual hit.
    DayColumns& day(EpochMs start)
    {
        if (m_lastDay == SIZE_MAX || days[m_lastDay].stats.day != start) {
            auto [it, added] = m_dayIndex.try_emplace(start, days.size());
            if (added) {
                days.emplace_back();
                days.back().stats.day = start;
            }
            m_lastDay = it->second;
        }
        return days[m_lastDay];
    }

private:
    std::unordered_map<EpochMs, std::size_t> m_dayIndex;
    std::size_t m_lastDay = SIZE_MAX;
};

// One pass over the rows a filter selects, reading only the columns the
// aggregates need (the covering index runs_time_agg answers this without
// touching the table's wide rows).
template <bool ProfileTime> void scanInto(Database& db, const RunFilter& filter, Scan& scan)
{
    Statement st = prepareFiltered(
        db,
        ProfileTime ? "SELECT model_name, status, execution_duration, accuracy_score, "
                      "execution_time, memory_mb"
                    : "SELECT model_name, status, execution_duration, accuracy_score",
        filter);
    NameIndex index;
    std::vector<std::size_t> slot;                        // index position -> position in models
    std::vector<std::pair<EpochMs, ModelHour*>> lastHour; // by index position
    forEachRow(st, [&](const auto& row) {
        const std::size_t g = index.indexOf(row.text(0));
        if (g == slot.size()) {
            // A model seen in an earlier slice of this scan keeps its entry.
            const std::string& name = index.names()[g];
            const auto known =
                std::find_if(scan.models.begin(), scan.models.end(),
                             [&](const RunAggregates::ModelColumns& m) { return m.model == name; });
            slot.push_back(static_cast<std::size_t>(known - scan.models.begin()));
            if (known == scan.models.end()) {
                scan.models.emplace_back();
                scan.models.back().model = name;
            }
            lastHour.emplace_back(0, nullptr);
        }
        RunAggregates::ModelColumns& m = scan.models[slot[g]];
        const Status status = statusOf(row.text(1));
        count(m, status);
        const std::optional<double> duration = row.real(2);
        if (duration)
            m.durations.push_back(*duration);
        const std::optional<double> accuracy = row.real(3);
        if (accuracy)
            m.accuracies.push_back(*accuracy);
        if constexpr (ProfileTime) {
            const EpochMs t = row.int64(4);
            DayColumns& d = scan.day(dayStart(t));
            count(d.stats, status);
            if (duration)
                d.durations.push_back(*duration);

            auto& [hourStarted, cached] = lastHour[g];
            const EpochMs hour = hourStart(t);
            if (!cached || hourStarted != hour) {
                cached = &m.hours[hour];
                hourStarted = hour;
            }
            ModelHour& mh = *cached;
            ++mh.runs;
            mh.failed += status == Status::Failed;
            if (duration) {
                mh.durationSum += *duration;
                ++mh.durations;
            }
            if (accuracy) {
                mh.accuracySum += *accuracy;
                ++mh.accuracies;
            }
            if (const std::optional<double> memory = row.real(5)) {
                mh.memorySum += *memory;
                ++mh.memories;
            }
        }
    });
}

void mergeInto(Scan& into, Scan&& from)
{
    for (RunAggregates::ModelColumns& f : from.models) {
        auto it =
            std::find_if(into.models.begin(), into.models.end(),
                         [&](const RunAggregates::ModelColumns& m) { return m.model == f.model; });
        if (it == into.models.end()) {
            into.models.push_back(std::move(f));
            continue;
        }
        it->completed += f.completed;
        it->failed += f.failed;
        it->running += f.running;
        it->cancelled += f.cancelled;
        it->other += f.other;
        it->durations.insert(it->durations.end(), f.durations.begin(), f.durations.end());
        it->accuracies.insert(it->accuracies.end(), f.accuracies.begin(), f.accuracies.end());
        for (const auto& [start, h] : f.hours) {
            ModelHour& to = it->hours[start];
            to.runs += h.runs;
            to.failed += h.failed;
            to.durationSum += h.durationSum;
            to.durations += h.durations;
            to.accuracySum += h.accuracySum;
            to.accuracies += h.accuracies;
            to.memorySum += h.memorySum;
            to.memories += h.memories;
        }
    }
    for (DayColumns& f : from.days) {
        DayColumns& d = into.day(f.stats.day);
        d.stats.completed += f.stats.completed;
        d.stats.failed += f.stats.failed;
        d.stats.running += f.stats.running;
        d.stats.cancelled += f.stats.cancelled;
        d.durations.insert(d.durations.end(), f.durations.begin(), f.durations.end());
    }
}

// Where to cut the filter's time range into `parts` slices that two
// connections scan at once, or nothing when one pass is the better plan: a
// table below `minRows` (a second connection and thread cost more than they
// save), an in-memory database, or a transaction in progress on this
// connection (another connection would not see its uncommitted rows).
std::vector<EpochMs> cutPoints(Database& db, const RunFilter& filter, std::int64_t minRows,
                               int parts)
{
    // A second PostgreSQL connection would read through the same server;
    // the rowid bounds below are SQLite's.
    if (!db.handle())
        return {};
    const std::string& path = db.path();
    if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0 || db.inTransaction())
        return {};
    if (std::thread::hardware_concurrency() < 2)
        return {};
    const auto maxId = db.queryInt("SELECT MAX(rowid) FROM runs");
    const auto minId = db.queryInt("SELECT MIN(rowid) FROM runs");
    if (!maxId || !minId || *maxId - *minId + 1 < minRows)
        return {};
    const auto lo = filter.from ? filter.from : db.queryInt("SELECT MIN(execution_time) FROM runs");
    const auto hi = filter.to ? filter.to : db.queryInt("SELECT MAX(execution_time) FROM runs");
    if (!lo || !hi || *hi - *lo < parts)
        return {};
    std::vector<EpochMs> cuts;
    for (int k = 1; k < parts; ++k)
        cuts.push_back(*lo + (*hi - *lo) * k / parts);
    return cuts;
}

// The whole selection, in slices of its time range taken in turn by this
// connection and a second one on a worker thread (one per core), so that a
// core slowed by anything else does less of the work. Each connection reads
// its own snapshot; a run committed between the two starts may be counted in
// one slice only, as if it had arrived a moment later.
template <bool ProfileTime>
Scan scanAll(Database& db, const RunFilter& filter, std::int64_t parallelRows)
{
    constexpr int kSlices = 8;
    Scan scan;
    const std::vector<EpochMs> cuts = cutPoints(db, filter, parallelRows, kSlices);
    if (cuts.empty()) {
        scanInto<ProfileTime>(db, filter, scan);
        return scan;
    }
    std::atomic<std::size_t> next{0};
    auto scanSlices = [&](Database& connection, Scan& into) {
        for (std::size_t i = next++; i <= cuts.size(); i = next++) {
            RunFilter slice = filter;
            if (i > 0)
                slice.from = cuts[i - 1];
            if (i < cuts.size())
                slice.to = cuts[i];
            scanInto<ProfileTime>(connection, slice, into);
        }
    };
    Scan workerScan;
    std::exception_ptr workerError;
    {
        std::jthread worker([&] {
            try {
                Database other = workspace::Workspace::connect(db.path());
                scanSlices(other, workerScan);
            } catch (...) {
                workerError = std::current_exception();
            }
        });
        scanSlices(db, scan);
    }
    if (workerError)
        std::rethrow_exception(workerError);
    mergeInto(scan, std::move(workerScan));
    return scan;
}

// Per-day quantiles, days in time order.
std::vector<DayStats> finishDays(std::vector<DayColumns>& days)
{
    std::vector<DayStats> out;
    out.reserve(days.size());
    for (DayColumns& d : days) {
        if (!d.durations.empty()) {
            constexpr std::array<double, 2> qs{0.5, 0.95};
            const auto q = stats::quantilesInPlace(d.durations, qs);
            d.stats.p50Duration = q[0];
            d.stats.p95Duration = q[1];
        }
        out.push_back(d.stats);
    }
    std::sort(out.begin(), out.end(),
              [](const DayStats& a, const DayStats& b) { return a.day < b.day; });
    return out;
}

// The summary's counts and means; `all` receives every duration for the quantiles.
RunSummary summaryTotals(const Columns& models, std::vector<double>& all)
{
    RunSummary s;
    std::size_t durations = 0;
    long double durationSum = 0;
    long double accuracySum = 0;
    std::size_t accuracies = 0;
    for (const RunAggregates::ModelColumns& m : models) {
        s.completed += m.completed;
        s.failed += m.failed;
        s.running += m.running;
        s.cancelled += m.cancelled;
        s.runs += m.completed + m.failed + m.running + m.cancelled + m.other;
        durations += m.durations.size();
        durationSum += stats::sum(m.durations);
        accuracies += m.accuracies.size();
        accuracySum += stats::sum(m.accuracies);
    }
    const std::int64_t ended = s.runs - s.running;
    if (ended > 0)
        s.successRate = static_cast<double>(s.completed) / static_cast<double>(ended);
    if (durations > 0)
        s.meanDuration = static_cast<double>(durationSum / static_cast<long double>(durations));
    if (accuracies > 0)
        s.meanAccuracy = static_cast<double>(accuracySum / static_cast<long double>(accuracies));
    all.clear();
    all.reserve(durations);
    for (const RunAggregates::ModelColumns& m : models)
        all.insert(all.end(), m.durations.begin(), m.durations.end());
    return s;
}

void summaryQuantiles(RunSummary& s, std::vector<double>& all)
{
    if (all.empty())
        return;
    constexpr std::array<double, 2> qs{0.5, 0.95};
    const auto q = stats::quantilesInPlace(all, qs);
    s.p50Duration = q[0];
    s.p95Duration = q[1];
}

// Per model, ranked; reorders each model's durations (their values intact).
std::vector<ModelStats> compare(Columns& models)
{
    std::vector<ModelStats> out;
    out.reserve(models.size());
    for (RunAggregates::ModelColumns& m : models) {
        ModelFigures f;
        f.model = m.model;
        f.completed = m.completed;
        f.failed = m.failed;
        f.running = m.running;
        f.cancelled = m.cancelled;
        f.other = m.other;
        f.accuracies = static_cast<std::int64_t>(m.accuracies.size());
        f.meanAccuracy = stats::mean(m.accuracies);
        if (f.meanAccuracy)
            f.accuracySd = stats::sampleStddev(m.accuracies, *f.meanAccuracy);
        if (!m.durations.empty()) {
            constexpr std::array<double, 2> qs{0.5, 0.95};
            const auto q = stats::quantilesInPlace(m.durations, qs);
            f.p50Duration = q[0];
            f.p95Duration = q[1];
        }
        out.push_back(modelStats(f));
    }
    rankModels(out);
    return out;
}

// The summary and the comparison of one scan; with `days`, also their
// quantiles into `dayStats`. The quantile work runs on two threads when large.
RunAggregates::Results finish(Columns& models, std::vector<DayColumns>* days,
                              std::vector<DayStats>* dayStats)
{
    std::sort(models.begin(), models.end(),
              [](const RunAggregates::ModelColumns& a, const RunAggregates::ModelColumns& b) {
                  return a.model < b.model;
              });
    RunAggregates::Results results;
    std::vector<double> all;
    results.summary = summaryTotals(models, all);
    auto quantiles = [&] {
        summaryQuantiles(results.summary, all);
        if (days)
            *dayStats = finishDays(*days);
    };
    if (all.size() >= 100'000 && std::thread::hardware_concurrency() >= 2) {
        std::jthread other(quantiles);
        results.models = compare(models);
    } else {
        quantiles();
        results.models = compare(models);
    }
    return results;
}

} // namespace

const RunAggregates::Results& RunAggregates::results(const RunFilter& filter)
{
    // The version is read before the scan: a commit during it makes the next call scan again.
    const auto version = dataVersion();
    if (!(m_results && m_resultsFilter == filter && m_resultsVersion == version)) {
        if (auto server = serverResults(m_db, filter)) {
            m_results = std::move(*server);
        } else {
            Scan scan = scanAll<false>(m_db, filter, m_parallelRows);
            m_results = finish(scan.models, nullptr, nullptr);
        }
        m_resultsFilter = filter;
        m_resultsVersion = version;
    }
    return *m_results;
}

RunSummary RunAggregates::summary(const RunFilter& filter)
{
    return results(filter).summary;
}

std::vector<ModelStats> RunAggregates::compareModels(const RunFilter& filter)
{
    return results(filter).models;
}

TimeProfile RunAggregates::timeProfile(const RunFilter& filter)
{
    const auto version = dataVersion();
    Scan scan = scanAll<true>(m_db, filter, m_parallelRows);
    TimeProfile profile;
    m_results = finish(scan.models, &scan.days, &profile.days);
    m_resultsFilter = filter;
    m_resultsVersion = version;
    for (ModelColumns& m : scan.models) {
        for (auto& [start, h] : m.hours) {
            h.model = m.model;
            h.start = start;
            profile.modelHours.push_back(std::move(h));
        }
    }
    return profile;
}

std::vector<DayStats> RunAggregates::perDay(const RunFilter& filter)
{
    if (auto days = serverPerDay(m_db, filter))
        return std::move(*days);
    Scan scan;
    Statement st =
        prepareFiltered(m_db, "SELECT execution_time, status, execution_duration", filter);
    forEachRow(st, [&](const auto& row) {
        DayColumns& d = scan.day(dayStart(row.int64(0)));
        count(d.stats, statusOf(row.text(1)));
        if (const std::optional<double> duration = row.real(2))
            d.durations.push_back(*duration);
    });
    return finishDays(scan.days);
}

std::vector<ModelDayAccuracy> RunAggregates::accuracyPerModelDay(const RunFilter& filter)
{
    // SQLite reads the rows faster through sqlite3_* than it groups them;
    // elsewhere the server groups (the same SQL would run on SQLite too).
    if (!m_db.handle())
        return groupedAccuracyPerModelDay(m_db, filter);
    struct Acc
    {
        long double sum = 0;
        std::int64_t n = 0;
    };
    std::map<std::pair<std::string, EpochMs>, Acc> groups;
    NameIndex names;
    std::vector<std::unordered_map<EpochMs, Acc>> perModel;
    Statement st = prepareFiltered(m_db, "SELECT model_name, execution_time, accuracy_score",
                                   filter, "accuracy_score IS NOT NULL");
    forEachRow(st, [&](const auto& row) {
        const std::size_t g = names.indexOf(row.text(0));
        if (g == perModel.size())
            perModel.emplace_back();
        Acc& a = perModel[g][dayStart(row.int64(1))];
        a.sum += row.real(2).value_or(0.0);
        ++a.n;
    });
    for (std::size_t g = 0; g < perModel.size(); ++g)
        for (const auto& [day, acc] : perModel[g])
            groups[{names.names()[g], day}] = acc;
    std::vector<ModelDayAccuracy> out;
    out.reserve(groups.size());
    for (const auto& [key, acc] : groups)
        out.push_back(ModelDayAccuracy{
            key.first, key.second, static_cast<double>(acc.sum / static_cast<long double>(acc.n)),
            acc.n});
    return out;
}

std::vector<ErrorPattern> RunAggregates::errorPatterns(const RunFilter& filter, int limit)
{
    std::unordered_map<std::string, std::size_t> index;
    std::vector<ErrorPattern> patterns;
    std::vector<std::int64_t> exampleId;
    // Every column here is in the index runs_template; the example messages
    // are read afterwards, one per pattern kept.
    Statement st = prepareFiltered(
        m_db, "SELECT error_template, model_name, symbol, data_source, execution_time, id", filter,
        "error_template IS NOT NULL");
    std::string key;
    forEachRow(st, [&](const auto& row) {
        key.assign(row.text(0));
        auto [it, added] = index.try_emplace(key, patterns.size());
        const EpochMs t = row.int64(4);
        const std::int64_t id = row.int64(5);
        if (added) {
            patterns.emplace_back();
            patterns.back().templateText = key;
            patterns.back().firstSeen = t;
            patterns.back().lastSeen = t;
            exampleId.push_back(-1);
        }
        ErrorPattern& p = patterns[it->second];
        ++p.count;
        p.firstSeen = std::min(p.firstSeen, t);
        // The example is the most recent message (highest id among equal times).
        std::int64_t& ex = exampleId[it->second];
        if (ex < 0 || t > p.lastSeen || (t == p.lastSeen && id > ex)) {
            p.lastSeen = t;
            ex = id;
        }
        ++p.byModel[std::string(row.text(1))];
        if (!row.isNull(2))
            ++p.bySymbol[std::string(row.text(2))];
        if (!row.isNull(3))
            ++p.byDataSource[std::string(row.text(3))];
    });
    std::vector<std::size_t> order(patterns.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (patterns[a].count != patterns[b].count)
            return patterns[a].count > patterns[b].count;
        return patterns[a].templateText < patterns[b].templateText;
    });
    if (limit >= 0 && order.size() > static_cast<std::size_t>(limit))
        order.resize(static_cast<std::size_t>(limit));
    std::vector<ErrorPattern> out;
    out.reserve(order.size());
    Statement message = m_db.prepare("SELECT error_message FROM runs WHERE id = ?");
    for (std::size_t i : order) {
        message.reset();
        message.bind(1, exampleId[i]);
        if (message.step())
            patterns[i].example = message.text(0);
        out.push_back(std::move(patterns[i]));
    }
    return out;
}

} // namespace kestrel::runs
