#!/usr/bin/python3
"""Reference numbers for Kestrel's anomaly tests (scikit-learn 1.2 / scipy).

Run from this folder with /usr/bin/python3; writes reference.json next to it.
Every number the C++ tests compare against comes from here.
"""
import json
import math
import os

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.ensemble import IsolationForest
from sklearn.ensemble._iforest import _average_path_length
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import StandardScaler
from sklearn.svm import OneClassSVM

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    df = pd.read_csv(os.path.join(HERE, name))
    y = df.pop("is_anomaly").to_numpy()
    return df.to_numpy(dtype=float), y


def mann_kendall(x):
    """Mann-Kendall trend test, normal approximation with tie correction."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    s = 0
    for i in range(n - 1):
        s += np.sign(x[i + 1:] - x[i]).sum()
    _, counts = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in counts)) / 18.0
    if s > 0:
        z = (s - 1) / math.sqrt(var)
    elif s < 0:
        z = (s + 1) / math.sqrt(var)
    else:
        z = 0.0
    p = 2 * (1 - stats.norm.cdf(abs(z)))
    return {"s": float(s), "var": float(var), "z": float(z), "p": float(p)}


out = {}

# Isolation Forest ROC-AUC, 10 seeds, and One-Class SVM labels per data set.
for name in ["breast_cancer.csv", "glass.csv"]:
    X, y = load(name)
    aucs = []
    for seed in range(10):
        clf = IsolationForest(random_state=seed).fit(X)
        aucs.append(roc_auc_score(y, -clf.score_samples(X)))
    entry = {"iforest_auc": aucs, "iforest_auc_mean": float(np.mean(aucs))}
    Xs = StandardScaler().fit_transform(X)
    for nu in [0.1, 0.05]:
        svm = OneClassSVM(nu=nu, gamma="scale").fit(Xs)
        entry[f"ocsvm_nu{nu}"] = {
            "gamma": float(1.0 / (Xs.shape[1] * Xs.var())),
            "labels": [int(v) for v in svm.predict(Xs)],
            "decision": [float(v) for v in svm.decision_function(Xs)],
            "rho": float(-svm.intercept_[0]),
            "n_support": int(svm.support_.shape[0]),
        }
    out[name] = entry

# Average path length c(n).
ns = [1, 2, 3, 4, 5, 10, 100, 255, 256, 1000, 100000]
out["average_path_length"] = {"n": ns, "c": [float(v) for v in _average_path_length(np.array(ns))]}

# Theil-Sen and Mann-Kendall on fixed series (a trend with noise, ties, a flat one with a spike).
rng = np.random.RandomState(7)
series = {
    "trend": list(np.round(100 + 0.8 * np.arange(60) + rng.normal(0, 3, 60), 1)),
    "ties": [1, 2, 2, 3, 3, 3, 2, 4, 5, 5, 4, 6, 7, 7, 7, 8],
    "spike": [50.0] * 20 + [90.0] + [50.0] * 19,
    "noise": list(np.round(rng.normal(0, 1, 40), 2)),
}
ts = {}
for key, y in series.items():
    y = np.asarray(y, dtype=float)
    x = np.arange(len(y), dtype=float)
    slope, intercept, lo, hi = stats.theilslopes(y, x)
    ts[key] = {"y": [float(v) for v in y], "slope": float(slope), "intercept": float(intercept),
               "mk": mann_kendall(y)}
out["trend"] = ts


# Robust z over a rolling baseline (window 48 points before each point; the
# first 8 points use the series' first 48) and the seasonal residual's
# expected values (leave-one-out median of the hour x weekday slot, at least
# 3 others, else the hour of day) on an hourly series with planted spikes.
def robust(v):
    med = float(np.median(v))
    mad = float(np.median(np.abs(v - med)))
    scale = 1.4826 * mad if mad > 0 else 1.2533 * float(np.mean(np.abs(v - med)))
    return med, scale


hours = pd.date_range("2026-01-05", periods=24 * 7 * 6, freq="H", tz="UTC")
daily = 100 + 40 * np.sin(2 * np.pi * hours.hour / 24) + 15 * (hours.dayofweek >= 5)
noise = np.random.RandomState(3).normal(0, 4, len(hours))
values = np.round(np.asarray(daily, dtype=float) + noise, 3)
values[200] += 60
values[517] -= 70
values[900] += 45
z = []
expected_rolling = []
for i in range(len(values)):
    base = values[max(0, i - 48):i] if i >= 8 else values[:48]
    med, scale = robust(base)
    expected_rolling.append(med)
    z.append(abs(values[i] - med) / scale)
seasonal_expected = []
slot = (hours.hour + 24 * hours.dayofweek).to_numpy()
for i in range(len(values)):
    same = [j for j in range(len(values)) if slot[j] == slot[i] and j != i]
    if len(same) < 3:
        same = [j for j in range(len(values)) if hours.hour[j] == hours.hour[i] and j != i]
    seasonal_expected.append(float(np.median(values[same])))
out["series"] = {
    "times_ms": [int(t.value // 10**6) for t in hours],
    "values": [float(v) for v in values],
    "spikes": [200, 517, 900],
    "robust_expected": expected_rolling,
    "robust_z": z,
    "seasonal_expected": seasonal_expected,
}

with open(os.path.join(HERE, "reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print("wrote reference.json")
for name in ["breast_cancer.csv", "glass.csv"]:
    print(name, "IF AUC mean", out[name]["iforest_auc_mean"])
