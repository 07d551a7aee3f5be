#include "core/anomaly/Ensemble.h"

#include "core/anomaly/ScoreScale.h"
#include "core/common/Error.h"

#include <algorithm>
#include <cmath>

namespace kestrel::anomaly {

namespace {

double rankOf(const std::vector<double>& sorted, double s)
{
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), s) - sorted.begin();
    const auto upTo = std::upper_bound(sorted.begin(), sorted.end(), s) - sorted.begin();
    return (static_cast<double>(below) + 0.5 * static_cast<double>(upTo - below)) /
           static_cast<double>(sorted.size());
}

double minMaxOf(const std::vector<double>& sorted, double s)
{
    const double lo = sorted.front();
    const double hi = sorted.back();
    if (hi <= lo)
        return 0.0;
    return std::clamp((s - lo) / (hi - lo), 0.0, 1.0);
}

void requireMembers(const std::vector<std::vector<double>>& members)
{
    if (members.empty())
        throw Error("an ensemble needs at least one member");
    for (const auto& m : members) {
        if (m.empty())
            throw Error("no data: an ensemble member has no scores");
        if (m.size() != members.front().size())
            throw Error("every ensemble member must score the same points");
        for (double s : m)
            if (!std::isfinite(s))
                throw Error("an ensemble member gave a NaN or infinite score");
    }
}

} // namespace

Ensemble::Ensemble(EnsembleOptions options) : m_options(options)
{
    if (!(m_options.contamination > 0.0 && m_options.contamination < 1.0))
        throw Error("contamination must be a fraction in (0, 1)");
}

std::vector<double> Ensemble::combined(const std::vector<std::vector<double>>& members) const
{
    if (members.size() != m_sortedTraining.size())
        throw Error("the ensemble was fitted on a different number of members");
    const std::size_t n = members.front().size();
    std::vector<double> out(n, 0.0);
    const bool rank = m_options.normalisation == Normalisation::Rank ||
                      m_options.combination == Combination::RankAverage;
    for (std::size_t k = 0; k < members.size(); ++k) {
        for (std::size_t i = 0; i < n; ++i) {
            const double v = rank ? rankOf(m_sortedTraining[k], members[k][i])
                                  : minMaxOf(m_sortedTraining[k], members[k][i]);
            if (m_options.combination == Combination::Max)
                out[i] = std::max(out[i], v);
            else
                out[i] += v / static_cast<double>(members.size());
        }
    }
    return out;
}

void Ensemble::fit(const std::vector<std::vector<double>>& members)
{
    requireMembers(members);
    m_sortedTraining = members;
    for (auto& m : m_sortedTraining)
        std::sort(m.begin(), m.end());
    std::vector<double> c = combined(members);
    std::sort(c.begin(), c.end());
    m_lo = c.front();
    m_hi = c.back();
    const double pos = (static_cast<double>(c.size()) - 1.0) * (1.0 - m_options.contamination);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, c.size() - 1);
    m_threshold = c[lo] + (c[hi] - c[lo]) * (pos - static_cast<double>(lo));
    m_fitted = true;
}

Detection Ensemble::combine(const std::vector<std::vector<double>>& members) const
{
    if (!m_fitted)
        throw Error("the ensemble has not been fitted");
    requireMembers(members);
    const std::vector<double> c = combined(members);
    Detection out;
    out.scores.resize(c.size());
    out.labels.resize(c.size());
    for (std::size_t i = 0; i < c.size(); ++i) {
        out.scores[i] = scaleAroundThreshold(c[i], m_lo, m_threshold, m_hi);
        out.labels[i] = c[i] > m_threshold ? 1 : 0;
    }
    return out;
}

Detection Ensemble::fitCombine(const std::vector<std::vector<double>>& members)
{
    fit(members);
    return combine(members);
}

} // namespace kestrel::anomaly
