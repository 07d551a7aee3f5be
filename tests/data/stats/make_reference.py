#!/usr/bin/python3
"""Reference values for core/stats, from numpy, scipy and statsmodels.

Run: /usr/bin/python3 tests/data/stats/make_reference.py  (writes reference.json)
"""
import json
import os

import numpy as np
from scipy import special, stats
from statsmodels.stats.proportion import proportion_confint

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(7)

samples = {
    "small": [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0],
    "single": [42.5],
    "two": [1.0, 2.0],
    "lognormal": [float(x) for x in np.round(rng.lognormal(1.5, 0.7, 1001), 4)],
    "ties": [float(x) for x in rng.integers(0, 5, 200)],
}
qs = [0.0, 0.05, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0]
quantiles = {name: {"values": v, "q": qs, "expected": [float(np.quantile(v, q)) for q in qs],
                    "mean": float(np.mean(v)),
                    "variance": float(np.var(v, ddof=1)) if len(v) > 1 else None}
             for name, v in samples.items()}

wilson = []
for k, n in [(0, 10), (10, 10), (7, 10), (1, 3), (850, 1000), (99_500, 100_000), (1, 1), (0, 1)]:
    for conf in (0.95, 0.9):
        lo, hi = proportion_confint(k, n, alpha=1 - conf, method="wilson")
        wilson.append({"k": k, "n": n, "confidence": conf, "low": float(lo), "high": float(hi)})

t_quantiles = []
for df in (1, 2, 3, 5, 10, 29, 100, 1000, 123456):
    for p in (0.975, 0.95, 0.995, 0.6, 0.025):
        t_quantiles.append({"df": df, "p": p, "t": float(stats.t.ppf(p, df))})

t_cdf = [{"df": df, "t": t, "cdf": float(stats.t.cdf(t, df))}
         for df in (1, 4, 30) for t in (-3.0, -0.5, 0.0, 1.0, 2.5)]

betainc = [{"a": a, "b": b, "x": x, "value": float(special.betainc(a, b, x))}
           for a, b in ((0.5, 0.5), (2.0, 3.0), (15.0, 0.5), (100.0, 0.5)) for x in (0.01, 0.3, 0.7, 0.99)]

t_intervals = []
for name in ("small", "lognormal", "two"):
    v = np.array(samples[name])
    m = float(v.mean())
    lo, hi = stats.t.interval(0.95, len(v) - 1, loc=m, scale=v.std(ddof=1) / np.sqrt(len(v)))
    t_intervals.append({"sample": name, "confidence": 0.95, "low": float(lo), "high": float(hi)})

# Median, MAD and the robust scale (1.4826 MAD, or 1.2533 mean absolute
# deviation when the MAD is 0), sum and sample standard deviation.
robust_samples = dict(samples)
robust_samples["mostly_constant"] = [5.0] * 9 + [7.0]
robust_samples["constant"] = [3.0] * 6
robust = {}
for name, v in robust_samples.items():
    a = np.array(v)
    med = float(np.median(a))
    mad = float(stats.median_abs_deviation(a, scale=1.0))
    scale = 1.4826 * mad if mad > 0 else 1.2533 * float(np.mean(np.abs(a - med)))
    robust[name] = {"values": v, "median": med, "mad": mad, "robust_scale": scale, "sum": float(np.sum(a)),
                    "stddev": float(np.std(a, ddof=1)) if len(v) > 1 else None}

normal = [{"p": p, "z": float(stats.norm.ppf(p))} for p in (0.975, 0.95, 0.5, 0.001, 0.999999)]

with open(os.path.join(HERE, "reference.json"), "w") as f:
    json.dump({"quantiles": quantiles, "wilson": wilson, "t_quantiles": t_quantiles, "t_cdf": t_cdf,
               "betainc": betainc, "t_intervals": t_intervals, "normal": normal,
               "robust": robust}, f, indent=1)
print("wrote reference.json")
