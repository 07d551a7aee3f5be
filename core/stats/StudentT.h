#pragma once

namespace kestrel::stats {

// Regularized incomplete beta function I_x(a, b), a, b > 0, x in [0, 1].
double incompleteBeta(double a, double b, double x);

// Cumulative distribution of Student's t with `df` degrees of freedom (df > 0).
double studentTCdf(double t, double df);

// Quantile (inverse CDF) of Student's t: the t with studentTCdf(t, df) = p, p in (0, 1).
double studentTQuantile(double p, double df);

// Quantile of the standard normal distribution, p in (0, 1).
double normalQuantile(double p);

} // namespace kestrel::stats
