#!/usr/bin/python3
"""Builds the run-aggregation fixture and its independent reference.

Writes runs.jsonl (deterministic, numpy seed 20261122) and reference.json with
what RunAggregates must report, computed with pandas, statsmodels and scipy:
summary, model comparison (Wilson and Student-t intervals, rank), per-day
counts and duration quantiles, accuracy per model and day, error patterns,
and per model and hour the counts and sums of duration, accuracy and memory.
Error templates come from the pattern each message was generated from (written
by hand following the rules in core/runs/ErrorTemplate.h), not from Kestrel.

Run: /usr/bin/python3 tests/data/runs_agg/make_reference.py
"""
import json
import os

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261122)

N = 4000
DAY = 86_400_000
T0 = 1_760_000_000_000 - (1_760_000_000_000 % DAY)  # a UTC midnight
models = ["Alpha Model", "BTST", "Gamma Net", "Zeta"]
model_p = [0.4, 0.25, 0.2, 0.15]
symbols = ["RELIANCE.NS", "TCS.NS", "AAPL", "MSFT", "NVDA", "INFY.NS"]
sources = ["yfinance", "fyers", "csv"]
statuses = ["completed", "failed", "running", "cancelled"]
# Per model success tendencies so the ranking is meaningful.
status_p = {
    "Alpha Model": [0.86, 0.10, 0.01, 0.03],
    "BTST": [0.80, 0.15, 0.02, 0.03],
    "Gamma Net": [0.90, 0.06, 0.01, 0.03],
    "Zeta": [0.90, 0.06, 0.01, 0.03],
}

# (generator, template) pairs; the template is what ErrorTemplate.h promises.
def msg_timeout():
    return (f"Timeout after {rng.uniform(5, 90):.1f}s fetching '{rng.choice(symbols)}'",
            "Timeout after <n>s fetching <str>")

def msg_http():
    code = int(rng.choice([429, 503]))
    return (f"HTTP {code} from https://api.example.com/v1/quotes?s={rng.integers(1, 999)}",
            "HTTP <n> from <url>")

def msg_column():
    col = rng.choice(["adj_close", "volume", "open interest"])
    return (f'Missing column "{col}" in input', "Missing column <str> in input")

def msg_file():
    return (f"Cannot read /data/in/batch_{rng.integers(1, 500)}.csv", "Cannot read <path>")

error_makers = [msg_timeout, msg_http, msg_column, msg_file]

rows = []
for i in range(N):
    model = rng.choice(models, p=model_p)
    status = rng.choice(statuses, p=status_p[model])
    t = int(T0 + rng.integers(0, 20 * DAY))
    dur = float(np.round(rng.lognormal(np.log(5 + 3 * models.index(model)), 0.5), 3))
    if status == "running" or rng.random() < 0.02:
        dur = None
    acc = None
    conf = None
    if status == "completed" and rng.random() > 0.03:
        acc = float(np.round(rng.beta(6 + models.index(model), 3), 6))
        conf = float(np.round(min(0.99, 0.3 + 0.6 * acc), 6))
    msg, tmpl = "", None
    if status == "failed":
        msg, tmpl = error_makers[int(rng.integers(0, len(error_makers)))]()
    rows.append({
        "model": str(model), "symbol": str(rng.choice(symbols)), "time": t, "status": str(status),
        "duration": dur, "accuracy": acc, "confidence": conf, "error": msg,
        "source": str(rng.choice(sources)), "template": tmpl,
    })

# Memory from a second generator, so the draws above stay as they were.
mem_rng = np.random.default_rng(20261123)
for r in rows:
    r["memory"] = float(np.round(mem_rng.normal(900, 120), 2)) if mem_rng.random() > 0.1 else None

with open(os.path.join(HERE, "runs.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps({k: v for k, v in r.items() if k != "template"}) + "\n")

df = pd.DataFrame(rows)
df["day"] = (df["time"] // DAY) * DAY
HOUR = 3_600_000
df["hour"] = (df["time"] // HOUR) * HOUR

def opt(x):
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else float(x)

def summary(d):
    ended = int((d.status != "running").sum())
    completed = int((d.status == "completed").sum())
    return {
        "runs": int(len(d)), "completed": completed, "failed": int((d.status == "failed").sum()),
        "running": int((d.status == "running").sum()), "cancelled": int((d.status == "cancelled").sum()),
        "success_rate": completed / ended if ended else None,
        "mean_duration": opt(d.duration.mean()),
        "p50_duration": opt(d.duration.quantile(0.5)),
        "p95_duration": opt(d.duration.quantile(0.95)),
        "mean_accuracy": opt(d.accuracy.mean()),
    }

def compare(d):
    out = []
    for model, g in d.groupby("model"):
        ended = int((g.status != "running").sum())
        completed = int((g.status == "completed").sum())
        lo, hi = proportion_confint(completed, ended, alpha=0.05, method="wilson")
        acc = g.accuracy.dropna()
        m = float(acc.mean())
        tlo, thi = stats.t.interval(0.95, len(acc) - 1, loc=m, scale=acc.std(ddof=1) / np.sqrt(len(acc)))
        out.append({
            "model": model, "runs": int(len(g)), "failed": int((g.status == "failed").sum()),
            "success_rate": completed / ended, "success_low": float(lo), "success_high": float(hi),
            "mean_accuracy": m, "accuracy_low": float(tlo), "accuracy_high": float(thi),
            "p50_duration": float(g.duration.quantile(0.5)), "p95_duration": float(g.duration.quantile(0.95)),
        })
    ranked = sorted(out, key=lambda r: (-r["success_rate"], -r["mean_accuracy"], r["p95_duration"], r["model"]))
    for i, r in enumerate(ranked):
        r["rank"] = i + 1
    return sorted(out, key=lambda r: r["model"])

def per_day(d):
    out = []
    for day, g in d.groupby("day"):
        out.append({
            "day": int(day), "completed": int((g.status == "completed").sum()),
            "failed": int((g.status == "failed").sum()), "running": int((g.status == "running").sum()),
            "cancelled": int((g.status == "cancelled").sum()),
            "p50_duration": opt(g.duration.quantile(0.5)), "p95_duration": opt(g.duration.quantile(0.95)),
        })
    return out

def accuracy_model_day(d):
    a = d.dropna(subset=["accuracy"]).groupby(["model", "day"]).accuracy.agg(["mean", "count"])
    return [{"model": m, "day": int(day), "mean_accuracy": float(r["mean"]), "runs": int(r["count"])}
            for (m, day), r in a.iterrows()]

def error_patterns(d):
    e = d[d.template.notna()]
    out = []
    for tmpl, g in e.groupby("template"):
        out.append({
            "template": tmpl, "count": int(len(g)), "first_seen": int(g.time.min()), "last_seen": int(g.time.max()),
            "by_model": {k: int(v) for k, v in g.model.value_counts().items()},
            "by_symbol": {k: int(v) for k, v in g.symbol.value_counts().items()},
            "by_source": {k: int(v) for k, v in g.source.value_counts().items()},
        })
    return sorted(out, key=lambda r: (-r["count"], r["template"]))

def model_hours(d):
    out = []
    for (model, hour), g in d.groupby(["model", "hour"]):
        out.append({
            "model": model, "start": int(hour), "runs": int(len(g)), "failed": int((g.status == "failed").sum()),
            "duration_sum": float(g.duration.sum()), "durations": int(g.duration.count()),
            "accuracy_sum": float(g.accuracy.sum()), "accuracies": int(g.accuracy.count()),
            "memory_sum": float(g.memory.sum()), "memories": int(g.memory.count()),
        })
    return out

def everything(d):
    return {"summary": summary(d), "models": compare(d), "per_day": per_day(d),
            "accuracy_model_day": accuracy_model_day(d), "error_patterns": error_patterns(d),
            "model_hours": model_hours(d)}

# The filtered case: a time window [from, to) and two models.
f_from, f_to = T0 + 3 * DAY + 7_200_000, T0 + 15 * DAY
f_models = ["Alpha Model", "Zeta"]
sub = df[(df.time >= f_from) & (df.time < f_to) & df.model.isin(f_models)]

reference = {
    "all": everything(df),
    "filtered": {"from": f_from, "to": f_to, "filter_models": f_models, **everything(sub)},
}
with open(os.path.join(HERE, "reference.json"), "w") as f:
    json.dump(reference, f, indent=1, sort_keys=True)
print(f"wrote {len(rows)} runs; summary: {reference['all']['summary']}")
