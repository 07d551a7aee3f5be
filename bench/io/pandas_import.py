#!/usr/bin/python3
"""The CSV import of bench_import done with pandas, for the ratio in docs/benchmarks.md.

pandas.read_csv + DataFrame.to_sql into a SQLite file that has the same runs
table and indexes as a Kestrel workspace (schema v5) (WAL, synchronous=NORMAL), times
converted to epoch milliseconds as Kestrel stores them.

usage: /usr/bin/python3 bench/io/pandas_import.py BENCH_CSV [OUT.sqlite]
"""
import os
import sqlite3
import sys
import tempfile
import time

import pandas as pd

SCHEMA = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY, model_name TEXT NOT NULL, symbol TEXT, execution_time INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'completed', execution_duration REAL, accuracy_score REAL,
    confidence_level REAL, input_parameters TEXT, output_results TEXT, error_message TEXT,
    error_template TEXT, data_source TEXT, memory_mb REAL, cpu_percent REAL, experiment TEXT,
    run_name TEXT, external_id TEXT, tags TEXT, created_at INTEGER NOT NULL);
CREATE INDEX runs_time_agg ON runs(execution_time, model_name, status, execution_duration, accuracy_score, memory_mb);
CREATE INDEX runs_model_time ON runs(model_name, execution_time);
CREATE INDEX runs_status_time ON runs(status, execution_time);
CREATE INDEX runs_duration ON runs(CAST(execution_duration * 1000000 AS INTEGER));
CREATE INDEX runs_template ON runs(error_template, execution_time, model_name, symbol, data_source)
    WHERE error_template IS NOT NULL;
CREATE UNIQUE INDEX runs_external ON runs(external_id) WHERE external_id IS NOT NULL;
"""


def main():
    csv_path = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(tempfile.mkdtemp(), "pandas.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(out + suffix):
            os.remove(out + suffix)
    con = sqlite3.connect(out)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA cache_size=-65536")
    con.executescript(SCHEMA)

    start = time.perf_counter()
    cpu_start = time.process_time()
    df = pd.read_csv(csv_path)
    df["execution_time"] = pd.to_datetime(df["execution_time"], utc=True).astype("int64") // 1_000_000
    df["created_at"] = int(time.time() * 1000)
    df.to_sql("runs", con, if_exists="append", index=False, chunksize=100_000)
    con.commit()
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    rows = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    con.close()
    # On a shared machine the CPU time is the steadier figure; both are printed.
    print(f"pandas import: {rows} runs in {elapsed:.2f} s wall = {rows / elapsed:,.0f} runs/s; "
          f"{cpu:.2f} s CPU = {rows / cpu:,.0f} runs/s")


if __name__ == "__main__":
    main()
