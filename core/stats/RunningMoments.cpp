#include "core/stats/RunningMoments.h"

#include <cmath>

namespace kestrel::stats {

void RunningMoments::add(double x)
{
    ++m_n;
    const double d = x - m_mean;
    m_mean += d / static_cast<double>(m_n);
    m_m2 += d * (x - m_mean);
}

void RunningMoments::merge(const RunningMoments& o)
{
    if (o.m_n == 0)
        return;
    if (m_n == 0) {
        *this = o;
        return;
    }
    const double n = static_cast<double>(m_n + o.m_n);
    const double d = o.m_mean - m_mean;
    m_mean += d * static_cast<double>(o.m_n) / n;
    m_m2 += o.m_m2 + d * d * static_cast<double>(m_n) * static_cast<double>(o.m_n) / n;
    m_n += o.m_n;
}

double RunningMoments::variance() const
{
    return m_n < 2 ? 0.0 : m_m2 / static_cast<double>(m_n - 1);
}

double RunningMoments::stddev() const
{
    return std::sqrt(variance());
}

} // namespace kestrel::stats
