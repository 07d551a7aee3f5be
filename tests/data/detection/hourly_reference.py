#!/usr/bin/python3
"""Reference for kestrel::detection::computeHourlyMetrics.

Writes runs.csv (a small, irregular run history: two models, mixed statuses,
missing durations / accuracies / resource readings, empty hours) and
hourly_reference.csv: per model and hour, computed with pandas,
  duration_p50, duration_p95  quantile (linear, pandas' default) of the
                              durations of completed runs
  error_rate                  failed / runs that ended (status != running)
  accuracy                    mean accuracy_score
  throughput                  runs started in the hour (0 for empty hours)
  memory, cpu                 mean memory_mb / cpu_percent
Empty cells are NaN. Run: /usr/bin/python3 hourly_reference.py (from this folder).
"""
import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
start = 1_767_225_600_000  # 2026-01-01T00:00:00Z
hour = 3_600_000
rows = []
for model, rate in (("alpha", 6.0), ("beta", 2.0)):
    for h in range(30):
        if model == "beta" and h in (5, 6, 17):
            continue  # empty hours
        for _ in range(rng.poisson(rate)):
            t = start + h * hour + int(rng.integers(0, hour))
            status = rng.choice(["completed", "failed", "running", "cancelled"], p=[0.8, 0.12, 0.03, 0.05])
            dur = float(np.round(rng.lognormal(2.0, 0.5), 3)) if status != "running" and rng.random() > 0.05 else None
            acc = float(np.round(rng.uniform(0.5, 0.9), 4)) if status == "completed" and rng.random() > 0.1 else None
            mem = float(np.round(rng.normal(800, 50), 1)) if rng.random() > 0.2 else None
            cpu = float(np.round(rng.uniform(10, 90), 1)) if rng.random() > 0.2 else None
            rows.append((model, t, status, dur, acc, mem, cpu))
runs = pd.DataFrame(rows, columns=["model", "time", "status", "duration", "accuracy", "memory", "cpu"])
runs.to_csv("runs.csv", index=False, float_format="%.10g")

runs["hour"] = start + (runs["time"] - start) // hour * hour
out = []
for model in sorted(runs["model"].unique()):
    for h in range(30):
        hs = start + h * hour
        g = runs[(runs["model"] == model) & (runs["hour"] == hs)]
        done = g[g["status"] == "completed"]["duration"].dropna()
        ended = g[g["status"] != "running"]
        out.append({
            "model": model,
            "hour": hs,
            "duration_p50": done.quantile(0.5) if len(done) else np.nan,
            "duration_p95": done.quantile(0.95) if len(done) else np.nan,
            "error_rate": (ended["status"] == "failed").sum() / len(ended) if len(ended) else np.nan,
            "accuracy": g["accuracy"].mean(),
            "throughput": len(g),
            "memory": g["memory"].mean(),
            "cpu": g["cpu"].mean(),
        })
pd.DataFrame(out).to_csv("hourly_reference.csv", index=False, float_format="%.17g", na_rep="")
