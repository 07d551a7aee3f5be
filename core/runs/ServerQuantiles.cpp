#include "core/runs/ServerQuantiles.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

namespace kestrel::runs {

namespace {

// The two order statistics (0-based ranks) the quantile q of n values lies
// between, and the weight of the upper one: h = q (n - 1), as
// stats::quantile.
struct Ranks
{
    std::int64_t lower = 0;
    std::int64_t upper = 0;
    double fraction = 0;
};

Ranks ranksOf(double q, std::int64_t n)
{
    const double h = std::clamp(q, 0.0, 1.0) * static_cast<double>(n - 1);
    Ranks r;
    r.lower = static_cast<std::int64_t>(std::floor(h));
    r.fraction = h - static_cast<double>(r.lower);
    r.upper = r.fraction == 0.0 || r.lower + 1 >= n ? r.lower : r.lower + 1;
    return r;
}

std::int64_t total(const std::map<double, std::int64_t>& h)
{
    std::int64_t n = 0;
    for (const auto& [bucket, count] : h)
        n += count;
    return n;
}

} // namespace

ServerQuantiles::ServerQuantiles(std::string groupColumn) : m_groupColumn(std::move(groupColumn)) {}

std::string ServerQuantiles::bucketSql()
{
    // Buckets narrow where durations are dense (0.06 s wide at 1 s, 1.25 s at
    // 100 s), a few hundred a model; GREATEST and sqrt cost little a row.
    return "floor(sqrt(greatest(execution_duration, 0)) * 16)";
}

void ServerQuantiles::add(const std::string& group, double bucket, std::int64_t count)
{
    if (count > 0)
        m_groups[group][bucket] += count;
}

std::pair<double, std::int64_t> ServerQuantiles::locate(const Histogram& h, std::int64_t k)
{
    std::int64_t below = 0;
    for (const auto& [bucket, count] : h) {
        if (k < below + count)
            return {bucket, k - below};
        below += count;
    }
    throw std::logic_error("ServerQuantiles: a rank beyond the histogram");
}

void ServerQuantiles::compute(workspace::Database& db, const SqlWhere& where,
                              std::span<const double> qs)
{
    Histogram all;
    for (const auto& [group, h] : m_groups)
        for (const auto& [bucket, count] : h)
            all[bucket] += count;

    // The (group, bucket) pairs that hold the order statistics: of a group's
    // own quantiles, and of every group for the quantiles of all.
    std::set<Key> wanted;
    auto want = [&](const Histogram& h, const std::string* group) {
        const std::int64_t n = total(h);
        if (n == 0)
            return;
        for (const double q : qs) {
            const Ranks r = ranksOf(q, n);
            for (const std::int64_t k : {r.lower, r.upper}) {
                const double bucket = locate(h, k).first;
                if (group) {
                    wanted.insert({*group, bucket});
                    continue;
                }
                for (const auto& [g, gh] : m_groups)
                    if (gh.contains(bucket))
                        wanted.insert({g, bucket});
            }
        }
    };
    for (const auto& [group, h] : m_groups)
        want(h, &group);
    want(all, nullptr);

    std::map<Key, std::vector<double>> values;
    if (!wanted.empty()) {
        std::string sql = "SELECT " + m_groupColumn + ", " + bucketSql() +
                          ", execution_duration FROM runs" + where.sql +
                          (where.sql.empty() ? " WHERE " : " AND ") +
                          "execution_duration IS NOT NULL AND (" + m_groupColumn + ", " +
                          bucketSql() + ") IN (VALUES ";
        for (std::size_t i = 0; i < wanted.size(); ++i)
            sql += i == 0 ? "(CAST(? AS text), CAST(? AS double precision))" : ", (?, ?)";
        sql += ")";
        workspace::Statement st = db.prepare(sql);
        bindWhere(st, where);
        int index = static_cast<int>(where.textArgs.size()) + 1;
        for (const auto& [group, bucket] : wanted) {
            st.bind(index++, group);
            st.bind(index++, bucket);
        }
        while (st.step())
            values[{st.text(0), st.real(1)}].push_back(st.real(2));
        for (auto& [key, v] : values)
            std::sort(v.begin(), v.end());
    }

    // The k-th smallest duration of `h`: of `group`, or of all groups.
    std::map<double, std::vector<double>> merged;
    auto nth = [&](const Histogram& h, std::int64_t k, const std::string* group) {
        const auto [bucket, offset] = locate(h, k);
        const std::vector<double>* v = nullptr;
        if (group) {
            v = &values[{*group, bucket}];
        } else {
            std::vector<double>& m = merged[bucket];
            if (m.empty()) {
                for (const auto& [g, gh] : m_groups)
                    if (const auto it = values.find({g, bucket}); it != values.end())
                        m.insert(m.end(), it->second.begin(), it->second.end());
                std::sort(m.begin(), m.end());
            }
            v = &m;
        }
        if (offset >= static_cast<std::int64_t>(v->size()))
            throw std::runtime_error("the runs changed between the two reads of a quantile");
        return (*v)[static_cast<std::size_t>(offset)];
    };
    auto quantiles = [&](const Histogram& h, const std::string* group) {
        std::vector<std::optional<double>> out(qs.size());
        const std::int64_t n = total(h);
        if (n == 0)
            return out;
        for (std::size_t i = 0; i < qs.size(); ++i) {
            const Ranks r = ranksOf(qs[i], n);
            const double a = nth(h, r.lower, group);
            out[i] = r.upper == r.lower ? a : a + (nth(h, r.upper, group) - a) * r.fraction;
        }
        return out;
    };
    for (const auto& [group, h] : m_groups)
        m_results[group] = quantiles(h, &group);
    m_all = quantiles(all, nullptr);
}

std::vector<std::optional<double>> ServerQuantiles::of(const std::string& group) const
{
    if (const auto it = m_results.find(group); it != m_results.end())
        return it->second;
    return std::vector<std::optional<double>>(m_all.size());
}

} // namespace kestrel::runs
