#include "core/stats/StudentT.h"

#include "core/common/Error.h"

#include <cmath>
#include <limits>

namespace kestrel::stats {

namespace {

// Continued fraction of the incomplete beta function (modified Lentz), valid
// for x < (a + 1) / (a + b + 2); the caller uses the symmetry otherwise.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double kTiny = 1e-300;
    constexpr double kEps = 1e-16;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double f = d;
    for (int m = 1; m <= 10000; ++m) {
        const double m2 = 2.0 * m;
        double num = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + num * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + num / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        f *= d * c;
        num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + num * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + num / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        f *= delta;
        if (std::fabs(delta - 1.0) < kEps)
            break;
    }
    return f;
}

} // namespace

double incompleteBeta(double a, double b, double x)
{
    if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1))
        throw Error("incompleteBeta: a and b must be positive and x within [0, 1].");
    if (x == 0.0 || x == 1.0)
        return x;
    const double lnFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(lnFront);
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double df)
{
    if (!(df > 0))
        throw Error("studentTCdf: degrees of freedom must be positive.");
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double x = df / (df + t * t);
    const double tail = 0.5 * incompleteBeta(df / 2.0, 0.5, x);
    return t > 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0 && p < 1))
        throw Error("studentTQuantile: p must be within (0, 1).");
    if (!(df > 0))
        throw Error("studentTQuantile: degrees of freedom must be positive.");
    if (p == 0.5)
        return 0.0;
    // Solve in the upper tail, where the tail mass 0.5 * I_x(df/2, 1/2) is
    // computed without cancellation, then mirror.
    const double tail = p < 0.5 ? p : 1.0 - p;
    auto upperTail = [&](double t) {
        return 0.5 * incompleteBeta(df / 2.0, 0.5, df / (df + t * t));
    };
    double lo = 0.0;
    double hi = 1.0;
    while (upperTail(hi) > tail && hi < 1e300)
        hi *= 2.0;
    // Bisection to full double precision: the tail is monotone in t.
    for (int i = 0; i < 200 && hi - lo > 4 * std::numeric_limits<double>::epsilon() * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (upperTail(mid) > tail)
            lo = mid;
        else
            hi = mid;
    }
    const double t = 0.5 * (lo + hi);
    return p < 0.5 ? -t : t;
}

double normalQuantile(double p)
{
    if (!(p > 0 && p < 1))
        throw Error("normalQuantile: p must be within (0, 1).");
    // Bisection on the complementary error function, exact to double precision.
    const double tail = p < 0.5 ? p : 1.0 - p;
    double lo = 0.0;
    double hi = 40.0;
    for (int i = 0; i < 200 && hi - lo > 4 * std::numeric_limits<double>::epsilon() * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (0.5 * std::erfc(mid / std::sqrt(2.0)) > tail)
            lo = mid;
        else
            hi = mid;
    }
    const double z = 0.5 * (lo + hi);
    return p < 0.5 ? -z : z;
}

} // namespace kestrel::stats
