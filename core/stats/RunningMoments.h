#pragma once

namespace kestrel::stats {

// Running mean and sample variance (Welford), numerically stable for long streams.
class RunningMoments
{
public:
    void add(double x);
    void merge(const RunningMoments& other);
    long long count() const { return m_n; }
    double mean() const { return m_mean; }
    // Sample variance (n - 1 in the denominator); 0 with fewer than two values.
    double variance() const;
    double stddev() const;

private:
    long long m_n = 0;
    double m_mean = 0;
    double m_m2 = 0;
};

} // namespace kestrel::stats
