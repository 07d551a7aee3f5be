#include "core/anomaly/Trend.h"

#include "core/common/Error.h"
#include "core/stats/Robust.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kestrel::anomaly {

TheilSen theilSen(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size())
        throw Error("Theil-Sen needs as many x as y values");
    if (x.size() < 2)
        throw Error("Theil-Sen needs at least two points");
    std::vector<double> slopes;
    slopes.reserve(x.size() * (x.size() - 1) / 2);
    for (std::size_t i = 0; i < x.size(); ++i)
        for (std::size_t j = i + 1; j < x.size(); ++j)
            if (x[j] != x[i])
                slopes.push_back((y[j] - y[i]) / (x[j] - x[i]));
    if (slopes.empty())
        throw Error("Theil-Sen needs at least two distinct x values");
    TheilSen out;
    out.slope = *stats::medianInPlace(slopes);
    out.intercept = *stats::median(y) - out.slope * *stats::median(x);
    return out;
}

MannKendall mannKendall(const std::vector<double>& y)
{
    MannKendall out;
    const std::size_t n = y.size();
    if (n < 3)
        return out;
    double s = 0.0;
    for (std::size_t i = 0; i + 1 < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            s += (y[j] > y[i]) - (y[j] < y[i]);
    std::vector<double> sorted = y;
    std::sort(sorted.begin(), sorted.end());
    double ties = 0.0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && sorted[j] == sorted[i])
            ++j;
        const auto t = static_cast<double>(j - i);
        ties += t * (t - 1.0) * (2.0 * t + 5.0);
        i = j;
    }
    const auto nn = static_cast<double>(n);
    out.s = s;
    out.variance = (nn * (nn - 1.0) * (2.0 * nn + 5.0) - ties) / 18.0;
    if (out.variance <= 0.0)
        return out;
    if (s > 0)
        out.z = (s - 1.0) / std::sqrt(out.variance);
    else if (s < 0)
        out.z = (s + 1.0) / std::sqrt(out.variance);
    out.p = std::erfc(std::abs(out.z) / std::sqrt(2.0));
    return out;
}

bool isSustainedIncrease(const std::vector<double>& y, double alpha)
{
    if (y.size() < 3)
        return false;
    const MannKendall mk = mannKendall(y);
    if (!(mk.z > 0.0 && mk.p < alpha))
        return false;
    std::vector<double> x(y.size());
    std::iota(x.begin(), x.end(), 0.0);
    return theilSen(x, y).slope > 0.0;
}

} // namespace kestrel::anomaly
