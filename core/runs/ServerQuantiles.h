#pragma once

#include "core/runs/RunStore.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace kestrel::runs {

// Exact quantiles of execution_duration per group (a model) and over all
// groups, computed by a database server in two hashed passes instead of an
// ordered-set aggregate: percentile_cont sorts every run of each grouping set
// (a million runs in about a second), while a hash over (group, bucket) and a
// look at a few buckets does not sort at all.
//
// Pass 1, the caller's grouped query, counts the durations of every group in
// every bucket (bucketSql(), a square-root scale) and hands the counts to
// add(). The order statistics a quantile needs then lie in known buckets at
// known offsets; pass 2 (read()) fetches only the durations of those
// (group, bucket) pairs. Both passes must see one snapshot (a REPEATABLE READ
// transaction on PostgreSQL). Linear interpolation between order statistics,
// the definition of stats::quantile and of percentile_cont.
class ServerQuantiles
{
public:
    // `groupColumn` is the plain column the groups are (model_name).
    explicit ServerQuantiles(std::string groupColumn);

    // The bucket of execution_duration as SQL, a whole double. A NULL
    // duration falls in bucket 0 too: pass 1 counts count(execution_duration).
    static std::string bucketSql();

    // Pass 1: `count` non-NULL durations of `group` lie in `bucket`.
    void add(const std::string& group, double bucket, std::int64_t count);

    // Pass 2: reads from `FROM runs<where>` the durations the quantiles `qs`
    // need, of every group and of all groups together, and computes them.
    void compute(workspace::Database& db, const SqlWhere& where, std::span<const double> qs);

    // The quantiles of one group, in the order of `qs`; nothing for a group
    // without durations.
    std::vector<std::optional<double>> of(const std::string& group) const;
    // The quantiles of all groups together.
    const std::vector<std::optional<double>>& ofAll() const { return m_all; }

private:
    using Histogram = std::map<double, std::int64_t>;
    using Key = std::pair<std::string, double>;
    // Where the k-th smallest duration (0-based) of `h` lies: its bucket and
    // its offset in that bucket.
    static std::pair<double, std::int64_t> locate(const Histogram& h, std::int64_t k);

    std::string m_groupColumn;
    std::map<std::string, Histogram> m_groups;
    std::map<std::string, std::vector<std::optional<double>>> m_results;
    std::vector<std::optional<double>> m_all;
};

} // namespace kestrel::runs
