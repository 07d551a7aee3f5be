#include "core/runs/ModelRanking.h"

#include "core/stats/Intervals.h"

#include <algorithm>

namespace kestrel::runs {

namespace {

Interval toInterval(const stats::ConfidenceInterval& c)
{
    return Interval{c.low, c.high};
}

} // namespace

ModelStats modelStats(const ModelFigures& m)
{
    ModelStats ms;
    ms.model = m.model;
    ms.runs = m.completed + m.failed + m.running + m.cancelled + m.other;
    ms.failed = m.failed;
    const std::int64_t ended = ms.runs - m.running;
    if (ended > 0) {
        ms.successRate = static_cast<double>(m.completed) / static_cast<double>(ended);
        ms.successInterval = toInterval(*stats::wilsonInterval(m.completed, ended));
    }
    ms.meanAccuracy = m.meanAccuracy;
    if (ms.meanAccuracy && m.accuracySd)
        if (const auto ci = stats::tInterval(m.accuracies, *ms.meanAccuracy, *m.accuracySd))
            ms.accuracyInterval = toInterval(*ci);
    ms.p50Duration = m.p50Duration;
    ms.p95Duration = m.p95Duration;
    return ms;
}

void rankModels(std::vector<ModelStats>& out)
{
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto cmpOpt = [](const std::optional<double>& a, const std::optional<double>& b,
                     bool higherBetter) {
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
}

} // namespace kestrel::runs
