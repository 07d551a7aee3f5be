#!/usr/bin/python3
"""The aggregation of bench_aggregates done by pandas, for the ratio.

Reads the needed columns of the last 90 days from a Kestrel workspace with
read_sql, then computes the summary strip and the model comparison (success
rate with Wilson interval, mean accuracy with t interval, p50/p95 duration).

usage: pandas_aggregates.py WORKSPACE END_MS [REPEAT]
"""
import sqlite3
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

path, end = sys.argv[1], int(sys.argv[2])
repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 3
start = end - 90 * 86_400_000


def aggregate(df):
    ended = df.status != "running"
    summary = {
        "runs": len(df),
        "success_rate": (df.status == "completed").sum() / ended.sum(),
        "mean_duration": df.execution_duration.mean(),
        "p50": df.execution_duration.quantile(0.5),
        "p95": df.execution_duration.quantile(0.95),
        "mean_accuracy": df.accuracy_score.mean(),
    }
    g = df.assign(completed=df.status == "completed", ended=ended).groupby("model_name")
    models = g.agg(runs=("status", "size"), completed=("completed", "sum"), ended=("ended", "sum"),
                   acc_mean=("accuracy_score", "mean"), acc_sd=("accuracy_score", "std"),
                   acc_n=("accuracy_score", "count"))
    q = g.execution_duration.quantile([0.5, 0.95]).unstack()
    models["p50"], models["p95"] = q[0.5], q[0.95]
    models["success"] = models.completed / models.ended
    lo, hi = proportion_confint(models.completed, models.ended, alpha=0.05, method="wilson")
    models["success_low"], models["success_high"] = lo, hi
    half = stats.t.ppf(0.975, models.acc_n - 1) * models.acc_sd / np.sqrt(models.acc_n)
    models["acc_low"], models["acc_high"] = models.acc_mean - half, models.acc_mean + half
    models = models.sort_values(["success", "acc_mean", "p95"], ascending=[False, False, True])
    models["rank"] = range(1, len(models) + 1)
    return summary, models


reads, aggs, cpus = [], [], []
for _ in range(repeat):
    c0 = time.process_time()
    t0 = time.perf_counter()
    con = sqlite3.connect(path)
    df = pd.read_sql("SELECT model_name, status, execution_duration, accuracy_score FROM runs "
                     "WHERE execution_time >= ? AND execution_time < ?", con, params=(start, end))
    con.close()
    t1 = time.perf_counter()
    summary, models = aggregate(df)
    t2 = time.perf_counter()
    reads.append((t1 - t0) * 1000)
    aggs.append((t2 - t1) * 1000)
    cpus.append((time.process_time() - c0) * 1000)

read, agg = float(np.median(reads)), float(np.median(aggs))
print(f"pandas read_sql: {read:.1f} ms, aggregation: {agg:.1f} ms ({summary['runs']} runs)")
print(f"pandas total: {read + agg:.1f} ms  cpu {float(np.median(cpus)):.1f} ms")
