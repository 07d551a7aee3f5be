#include "core/runs/RunAggregates.h"

#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"
#include "core/stats/Descriptive.h"
#include "core/stats/Intervals.h"
#include "core/workspace/Workspace.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <thread>
#include <unordered_map>

namespace kestrel::runs {

using workspace::Database;
using workspace::Statement;

namespace {

enum class Status { Completed, Failed, Running, Cancelled, Other };

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

std::string_view columnText(sqlite3_stmt* st, int column)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    if (!p)
        return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(st, column))};
}

bool columnNull(sqlite3_stmt* st, int column)
{
    return sqlite3_column_type(st, column) == SQLITE_NULL;
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

double sum(const std::vector<double>& v)
{
    // Extended precision keeps a million-term sum within ~1e-16 relative.
    long double s = 0;
    for (double x : v)
        s += x;
    return static_cast<double>(s);
}

std::optional<double> meanOf(const std::vector<double>& v)
{
    if (v.empty())
        return std::nullopt;
    return sum(v) / static_cast<double>(v.size());
}

std::optional<double> sampleSd(const std::vector<double>& v, double mean)
{
    if (v.size() < 2)
        return std::nullopt;
    long double s = 0;
    for (double x : v)
        s += (static_cast<long double>(x) - mean) * (static_cast<long double>(x) - mean);
    return std::sqrt(static_cast<double>(s / static_cast<long double>(v.size() - 1)));
}

Interval toInterval(const stats::ConfidenceInterval& c)
{
    return Interval{c.low, c.high};
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
    const std::int64_t other = m_db.queryInt("PRAGMA data_version").value_or(0);
    return {other, static_cast<std::int64_t>(sqlite3_total_changes64(m_db.handle()))};
}

namespace {

using Columns = std::vector<RunAggregates::ModelColumns>;

// One pass over the rows a filter selects, reading only the four columns the
// summary and the comparison need (an index on execution_time that also holds
// them answers this without touching the table).
void scanInto(Database& db, const RunFilter& filter, Columns& models)
{
    Statement st = prepareFiltered(db, "SELECT model_name, status, execution_duration, accuracy_score", filter);
    sqlite3_stmt* h = st.handle();
    NameIndex index;
    std::vector<std::size_t> slot; // index position -> position in models
    while (st.step()) {
        const std::size_t g = index.indexOf(columnText(h, 0));
        if (g == slot.size()) {
            slot.push_back(models.size());
            models.emplace_back();
            models.back().model = index.names()[g];
        }
        RunAggregates::ModelColumns& m = models[slot[g]];
        switch (statusOf(columnText(h, 1))) {
        case Status::Completed: ++m.completed; break;
        case Status::Failed: ++m.failed; break;
        case Status::Running: ++m.running; break;
        case Status::Cancelled: ++m.cancelled; break;
        case Status::Other: ++m.other; break;
        }
        if (!columnNull(h, 2))
            m.durations.push_back(sqlite3_column_double(h, 2));
        if (!columnNull(h, 3))
            m.accuracies.push_back(sqlite3_column_double(h, 3));
    }
}

void mergeInto(Columns& into, Columns&& from)
{
    for (RunAggregates::ModelColumns& f : from) {
        auto it = std::find_if(into.begin(), into.end(),
                               [&](const RunAggregates::ModelColumns& m) { return m.model == f.model; });
        if (it == into.end()) {
            into.push_back(std::move(f));
            continue;
        }
        it->completed += f.completed;
        it->failed += f.failed;
        it->running += f.running;
        it->cancelled += f.cancelled;
        it->other += f.other;
        it->durations.insert(it->durations.end(), f.durations.begin(), f.durations.end());
        it->accuracies.insert(it->accuracies.end(), f.accuracies.begin(), f.accuracies.end());
    }
}

// Where to cut the filter's time range so that two connections can scan the
// halves at once, or nothing when one pass is the better plan: a table below
// `minRows` (a second connection and thread cost more than they save),
// an in-memory database, or a transaction in progress on this connection
// (another connection would not see its uncommitted rows).
std::optional<EpochMs> splitPoint(Database& db, const RunFilter& filter, std::int64_t minRows)
{
    const std::string& path = db.path();
    if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0 || db.inTransaction())
        return std::nullopt;
    if (std::thread::hardware_concurrency() < 2)
        return std::nullopt;
    const auto maxId = db.queryInt("SELECT MAX(rowid) FROM runs");
    const auto minId = db.queryInt("SELECT MIN(rowid) FROM runs");
    if (!maxId || !minId || *maxId - *minId + 1 < minRows)
        return std::nullopt;
    const auto lo = filter.from ? filter.from : db.queryInt("SELECT MIN(execution_time) FROM runs");
    const auto hi = filter.to ? filter.to : db.queryInt("SELECT MAX(execution_time) FROM runs");
    if (!lo || !hi || *hi - *lo < 2)
        return std::nullopt;
    return *lo + (*hi - *lo) / 2;
}

} // namespace

const std::vector<RunAggregates::ModelColumns>& RunAggregates::scanModels(const RunFilter& filter)
{
    const auto version = dataVersion();
    if (m_scannedFilter && *m_scannedFilter == filter && m_scannedVersion == version)
        return m_models;

    m_scannedFilter.reset();
    m_models.clear();
    if (const auto split = splitPoint(m_db, filter, m_parallelRows)) {
        // Two halves of the time range on two connections, one per core. Each
        // reads its own snapshot; a run committed between the two starts may
        // be counted in one half only, as if it had arrived a moment later.
        RunFilter early = filter;
        early.to = *split;
        RunFilter late = filter;
        late.from = *split;
        Columns lateModels;
        std::exception_ptr lateError;
        {
            std::jthread worker([&] {
                try {
                    Database other = workspace::Workspace::connect(m_db.path());
                    scanInto(other, late, lateModels);
                } catch (...) {
                    lateError = std::current_exception();
                }
            });
            scanInto(m_db, early, m_models);
        }
        if (lateError)
            std::rethrow_exception(lateError);
        mergeInto(m_models, std::move(lateModels));
    } else {
        scanInto(m_db, filter, m_models);
    }
    std::sort(m_models.begin(), m_models.end(),
              [](const ModelColumns& a, const ModelColumns& b) { return a.model < b.model; });
    m_scannedFilter = filter;
    m_scannedVersion = version;
    return m_models;
}

RunSummary RunAggregates::summary(const RunFilter& filter)
{
    const auto& models = scanModels(filter);
    RunSummary s;
    std::size_t durations = 0;
    long double durationSum = 0;
    long double accuracySum = 0;
    std::size_t accuracies = 0;
    for (const ModelColumns& m : models) {
        s.completed += m.completed;
        s.failed += m.failed;
        s.running += m.running;
        s.cancelled += m.cancelled;
        s.runs += m.completed + m.failed + m.running + m.cancelled + m.other;
        durations += m.durations.size();
        durationSum += sum(m.durations);
        accuracies += m.accuracies.size();
        accuracySum += sum(m.accuracies);
    }
    const std::int64_t ended = s.runs - s.running;
    if (ended > 0)
        s.successRate = static_cast<double>(s.completed) / static_cast<double>(ended);
    if (durations > 0) {
        s.meanDuration = static_cast<double>(durationSum / static_cast<long double>(durations));
        std::vector<double> all;
        all.reserve(durations);
        for (const ModelColumns& m : models)
            all.insert(all.end(), m.durations.begin(), m.durations.end());
        constexpr std::array<double, 2> qs{0.5, 0.95};
        const auto q = stats::quantilesInPlace(all, qs);
        s.p50Duration = q[0];
        s.p95Duration = q[1];
    }
    if (accuracies > 0)
        s.meanAccuracy = static_cast<double>(accuracySum / static_cast<long double>(accuracies));
    return s;
}

std::vector<ModelStats> RunAggregates::compareModels(const RunFilter& filter)
{
    // Quantiles reorder the cached durations, which leaves their values intact.
    auto& models = const_cast<std::vector<ModelColumns>&>(scanModels(filter));
    std::vector<ModelStats> out;
    out.reserve(models.size());
    for (ModelColumns& m : models) {
        ModelStats ms;
        ms.model = m.model;
        ms.runs = m.completed + m.failed + m.running + m.cancelled + m.other;
        ms.failed = m.failed;
        const std::int64_t ended = ms.runs - m.running;
        if (ended > 0) {
            ms.successRate = static_cast<double>(m.completed) / static_cast<double>(ended);
            ms.successInterval = toInterval(*stats::wilsonInterval(m.completed, ended));
        }
        ms.meanAccuracy = meanOf(m.accuracies);
        if (ms.meanAccuracy) {
            if (const auto sd = sampleSd(m.accuracies, *ms.meanAccuracy))
                if (const auto ci = stats::tInterval(static_cast<std::int64_t>(m.accuracies.size()),
                                                     *ms.meanAccuracy, *sd))
                    ms.accuracyInterval = toInterval(*ci);
        }
        if (!m.durations.empty()) {
            constexpr std::array<double, 2> qs{0.5, 0.95};
            const auto q = stats::quantilesInPlace(m.durations, qs);
            ms.p50Duration = q[0];
            ms.p95Duration = q[1];
        }
        out.push_back(std::move(ms));
    }
    // Rank: higher success rate first, then higher accuracy, then lower p95;
    // a missing value ranks after any present one; the name breaks full ties.
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto cmpOpt = [](const std::optional<double>& a, const std::optional<double>& b, bool higherBetter) {
        if (a.has_value() != b.has_value())
            return a.has_value() ? -1 : 1;
        if (!a || *a == *b)
            return 0;
        return (*a > *b) == higherBetter ? -1 : 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t ia, std::size_t ib) {
        const ModelStats& a = out[ia];
        const ModelStats& b = out[ib];
        if (int c = cmpOpt(a.successRate, b.successRate, true))
            return c < 0;
        if (int c = cmpOpt(a.meanAccuracy, b.meanAccuracy, true))
            return c < 0;
        if (int c = cmpOpt(a.p95Duration, b.p95Duration, false))
            return c < 0;
        return a.model < b.model;
    });
    for (std::size_t r = 0; r < order.size(); ++r)
        out[order[r]].rank = static_cast<int>(r + 1);
    return out;
}

std::vector<DayStats> RunAggregates::perDay(const RunFilter& filter)
{
    struct Day
    {
        DayStats stats;
        std::vector<double> durations;
    };
    std::unordered_map<EpochMs, std::size_t> index;
    std::vector<Day> days;
    Statement st = prepareFiltered(m_db, "SELECT execution_time, status, execution_duration", filter);
    sqlite3_stmt* h = st.handle();
    EpochMs lastDay = 0;
    std::size_t lastIndex = SIZE_MAX;
    while (st.step()) {
        const EpochMs day = dayStart(sqlite3_column_int64(h, 0));
        if (lastIndex == SIZE_MAX || day != lastDay) {
            auto [it, added] = index.try_emplace(day, days.size());
            if (added) {
                days.emplace_back();
                days.back().stats.day = day;
            }
            lastDay = day;
            lastIndex = it->second;
        }
        Day& d = days[lastIndex];
        switch (statusOf(columnText(h, 1))) {
        case Status::Completed: ++d.stats.completed; break;
        case Status::Failed: ++d.stats.failed; break;
        case Status::Running: ++d.stats.running; break;
        case Status::Cancelled: ++d.stats.cancelled; break;
        case Status::Other: break;
        }
        if (!columnNull(h, 2))
            d.durations.push_back(sqlite3_column_double(h, 2));
    }
    std::vector<DayStats> out;
    out.reserve(days.size());
    for (Day& d : days) {
        if (!d.durations.empty()) {
            constexpr std::array<double, 2> qs{0.5, 0.95};
            const auto q = stats::quantilesInPlace(d.durations, qs);
            d.stats.p50Duration = q[0];
            d.stats.p95Duration = q[1];
        }
        out.push_back(d.stats);
    }
    std::sort(out.begin(), out.end(), [](const DayStats& a, const DayStats& b) { return a.day < b.day; });
    return out;
}

std::vector<ModelDayAccuracy> RunAggregates::accuracyPerModelDay(const RunFilter& filter)
{
    struct Acc
    {
        long double sum = 0;
        std::int64_t n = 0;
    };
    std::map<std::pair<std::string, EpochMs>, Acc> groups;
    NameIndex names;
    std::vector<std::unordered_map<EpochMs, Acc>> perModel;
    Statement st = prepareFiltered(m_db, "SELECT model_name, execution_time, accuracy_score", filter,
                                   "accuracy_score IS NOT NULL");
    sqlite3_stmt* h = st.handle();
    while (st.step()) {
        const std::size_t g = names.indexOf(columnText(h, 0));
        if (g == perModel.size())
            perModel.emplace_back();
        Acc& a = perModel[g][dayStart(sqlite3_column_int64(h, 1))];
        a.sum += sqlite3_column_double(h, 2);
        ++a.n;
    }
    for (std::size_t g = 0; g < perModel.size(); ++g)
        for (const auto& [day, acc] : perModel[g])
            groups[{names.names()[g], day}] = acc;
    std::vector<ModelDayAccuracy> out;
    out.reserve(groups.size());
    for (const auto& [key, acc] : groups)
        out.push_back(ModelDayAccuracy{key.first, key.second,
                                       static_cast<double>(acc.sum / static_cast<long double>(acc.n)), acc.n});
    return out;
}

std::vector<ErrorPattern> RunAggregates::errorPatterns(const RunFilter& filter, int limit)
{
    std::unordered_map<std::string, std::size_t> index;
    std::vector<ErrorPattern> patterns;
    std::vector<std::int64_t> exampleId;
    Statement st = prepareFiltered(
        m_db, "SELECT error_template, model_name, symbol, data_source, execution_time, error_message, id",
        filter, "error_template IS NOT NULL");
    sqlite3_stmt* h = st.handle();
    std::string key;
    while (st.step()) {
        key.assign(columnText(h, 0));
        auto [it, added] = index.try_emplace(key, patterns.size());
        const EpochMs t = sqlite3_column_int64(h, 4);
        const std::int64_t id = sqlite3_column_int64(h, 6);
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
            p.example.assign(columnText(h, 5));
            ex = id;
        }
        ++p.byModel[std::string(columnText(h, 1))];
        if (!columnNull(h, 2))
            ++p.bySymbol[std::string(columnText(h, 2))];
        if (!columnNull(h, 3))
            ++p.byDataSource[std::string(columnText(h, 3))];
    }
    std::sort(patterns.begin(), patterns.end(), [](const ErrorPattern& a, const ErrorPattern& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.templateText < b.templateText;
    });
    if (limit >= 0 && patterns.size() > static_cast<std::size_t>(limit))
        patterns.resize(static_cast<std::size_t>(limit));
    return patterns;
}

} // namespace kestrel::runs
