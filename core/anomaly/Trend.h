#pragma once

#include <vector>

namespace kestrel::anomaly {

// Theil-Sen line: the median of all pairwise slopes (pairs with equal x are
// skipped) and, as scipy.stats.theilslopes, intercept = median(y) - slope * median(x).
struct TheilSen
{
    double slope = 0.0;
    double intercept = 0.0;
};

// Requires x.size() == y.size() >= 2 and at least two distinct x.
TheilSen theilSen(const std::vector<double>& x, const std::vector<double>& y);

// Mann-Kendall trend test, normal approximation with the tie correction
//   var S = [n(n-1)(2n+5) - sum_t t(t-1)(2t+5)] / 18,
// z = (S - 1)/sqrt(var) for S > 0, (S + 1)/sqrt(var) for S < 0, else 0, and a
// two-sided p-value.
struct MannKendall
{
    double s = 0.0;
    double variance = 0.0;
    double z = 0.0;
    double p = 1.0;
};

// Requires y.size() >= 3 for a meaningful test; shorter series give p = 1.
MannKendall mannKendall(const std::vector<double>& y);

// A sustained upward trend: Mann-Kendall significant at `alpha` with z > 0
// and a positive Theil-Sen slope (against the index 0, 1, 2, ...).
bool isSustainedIncrease(const std::vector<double>& y, double alpha = 0.05);

} // namespace kestrel::anomaly
