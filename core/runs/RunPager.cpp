#include "core/runs/RunPager.h"

#include "core/runs/RunStore.h"

#include <algorithm>
#include <string>

namespace kestrel::runs {

namespace {

// Must order exactly as RunStore does (column, then id in the same direction).
const char* columnName(RunSortColumn c)
{
    switch (c) {
    case RunSortColumn::Id: return "id";
    case RunSortColumn::Time: return "execution_time";
    case RunSortColumn::Model: return "model_name";
    case RunSortColumn::Symbol: return "symbol";
    case RunSortColumn::Status: return "status";
    case RunSortColumn::Duration: return "execution_duration";
    case RunSortColumn::Accuracy: return "accuracy_score";
    case RunSortColumn::Confidence: return "confidence_level";
    case RunSortColumn::DataSource: return "data_source";
    }
    return "id";
}

std::string orderBy(const RunSort& sort)
{
    const std::string dir = sort.descending ? " DESC" : " ASC";
    std::string s = std::string(" ORDER BY ") + columnName(sort.column) + dir;
    if (sort.column != RunSortColumn::Id)
        s += ", id" + dir;
    return s;
}

} // namespace

RunPager::RunPager(workspace::Database& db) : m_db(db) {}

std::vector<std::int64_t> RunPager::firstIds(const RunFilter& filter, const RunSort& sort, std::int64_t limit)
{
    const SqlWhere w = whereClause(filter);
    workspace::Statement st = m_db.prepare("SELECT id FROM runs" + w.sql + orderBy(sort) + " LIMIT ?");
    bindWhere(st, w);
    st.bind(static_cast<int>(w.textArgs.size()) + 1, limit);
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::vector<std::int64_t> RunPager::headIds(const RunFilter& filter, const RunSort& sort, std::int64_t limit)
{
    return firstIds(filter, sort, limit);
}

std::vector<std::int64_t> RunPager::tailIds(const RunFilter& filter, const RunSort& sort, std::int64_t limit)
{
    RunSort reversed = sort;
    reversed.descending = !sort.descending;
    std::vector<std::int64_t> out = firstIds(filter, reversed, limit);
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace kestrel::runs
