#!/usr/bin/python3
"""Times scikit-learn next to Kestrel's bench_anomaly in the same run and prints ratios.

usage: /usr/bin/python3 bench/anomaly/sklearn_anomaly.py BUILD_DIR/bench/anomaly/bench_anomaly

Same shapes and the same kind of data on both sides (standard normal, 1 % of the
rows shifted by 5), scikit-learn defaults (IsolationForest n_estimators=100,
max_samples="auto"; OneClassSVM nu=0.1, gamma="scale" on StandardScaler output).
Both wall time and process CPU time (all threads) are reported: on a shared
machine the CPU time is the steadier figure.
"""
import json
import subprocess
import sys
import time

import numpy as np
from sklearn.ensemble import IsolationForest
from sklearn.preprocessing import StandardScaler
from sklearn.svm import OneClassSVM


def data(n, d=8):
    rng = np.random.RandomState(20261122)
    x = rng.normal(size=(n, d))
    x[::100] += 5.0
    return x


def timed(fn, repeat):
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return 1000 * float(np.median(walls)), 1000 * float(np.median(cpus))


def iforest(n, jobs):
    x = data(n)
    return lambda: IsolationForest(n_jobs=jobs, random_state=0).fit(x).score_samples(x)


def ocsvm(n):
    x = StandardScaler().fit_transform(data(n))
    return lambda: OneClassSVM(nu=0.1, gamma="scale").fit(x)


def kestrel(binary):
    out = subprocess.run([binary, "--benchmark_format=json", "--benchmark_min_time=0.5"],
                         check=True, capture_output=True, text=True).stdout
    res = {}
    for b in json.loads(out)["benchmarks"]:
        name = b["name"].replace("/process_time/real_time", "")
        res[name] = (b["real_time"], b["cpu_time"])
    return res


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    k = kestrel(sys.argv[1])
    rows = [
        ("Isolation Forest fit + score, 1,000 x 8", "isolationForestFitScore/rows:1000/threads:2",
         timed(iforest(1000, 2), 20), "<= 5 ms"),
        ("Isolation Forest fit + score, 100,000 x 8", "isolationForestFitScore/rows:100000/threads:2",
         timed(iforest(100000, 2), 3), ">= 10x faster (n_jobs=2)"),
        ("One-Class SVM fit, 5,000 x 8", "oneClassSvm/rows:5000".replace("oneClassSvm", "oneClassSvmFit"),
         timed(ocsvm(5000), 3), "faster than scikit-learn"),
    ]
    print("| work | Kestrel wall ms | Kestrel CPU ms | scikit-learn wall ms | scikit-learn CPU ms "
          "| ratio wall | ratio CPU | goal |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for title, key, (sw, sc), goal in rows:
        kw, kc = k[key]
        print(f"| {title} | {kw:.2f} | {kc:.2f} | {sw:.1f} | {sc:.1f} | {sw / kw:.1f}x | {sc / kc:.1f}x | {goal} |")
    print("\nKestrel single-threaded:")
    for key in ["isolationForestFitScore/rows:1000/threads:1", "isolationForestFitScore/rows:100000/threads:1"]:
        print(f"  {key}: wall {k[key][0]:.2f} ms, CPU {k[key][1]:.2f} ms")


if __name__ == "__main__":
    main()
