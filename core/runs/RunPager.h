#pragma once

#include "core/runs/RunFilter.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <vector>

namespace kestrel::runs {

// The pieces of a filtered, sorted run list a table needs before the whole id
// list has arrived: the first and the last ids (LIMIT over the same ORDER BY
// as RunStore, so an index serves them without reading the rest). Lets a
// million-run table show its top or bottom at once.
class RunPager
{
public:
    explicit RunPager(workspace::Database& db);

    // The first `limit` ids in `sort` order.
    std::vector<std::int64_t> headIds(const RunFilter& filter, const RunSort& sort, std::int64_t limit);
    // The last `limit` ids, still in `sort` order.
    std::vector<std::int64_t> tailIds(const RunFilter& filter, const RunSort& sort, std::int64_t limit);

private:
    std::vector<std::int64_t> firstIds(const RunFilter& filter, const RunSort& sort, std::int64_t limit);
    workspace::Database& m_db;
};

} // namespace kestrel::runs
