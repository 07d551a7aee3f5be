#!/usr/bin/env bash
# Runs the kestrel CLI, built with AddressSanitizer and UBSan (preset asan), on
# the malformed inputs of issue 8. Every case must end with exit code 1 or 2
# (not 0, not a signal), with no sanitizer report, and with a message that
# names the file (or the option) at fault.
#   tests/reliability/asan_cli.sh [path/to/kestrel]    (default build/asan/app/kestrel)
# Prints one PASS/FAIL line per case; exits 1 when any case failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
KESTREL="$(realpath "${1:-build/asan/app/kestrel}")"
[ -x "$KESTREL" ] || { echo "no kestrel binary at $KESTREL (cmake --preset asan && cmake --build --preset asan)"; exit 2; }

T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" XDG_DATA_HOME="$T/home/.local/share"
mkdir -p "$HOME"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=86:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=87:${UBSAN_OPTIONS:-}"
W="$T/work.kestrel"

failures=()
sanitizer_report() { grep -qE "ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: UndefinedBehaviorSanitizer" "$1"; }
# verdict NAME LOG WHY: one PASS/FAIL line (WHY empty: passed).
verdict() {
  if [ -n "$3" ]; then
    failures+=("$1")
    echo "FAIL $1: $3"
    sed -n '1,6p' "$2" | cut -c1-300 | sed 's/^/    | /'
  else
    echo "PASS $1"
  fi
}
# run NAME EXPECTED_TEXT ARGS...: one case.
run() {
  local name="$1" expect="$2"
  shift 2
  local log="$T/$name.log" rc
  timeout 60 "$KESTREL" "$@" >"$log" 2>&1 </dev/null
  rc=$?
  local why=""
  if sanitizer_report "$log"; then
    why="sanitizer report"
  elif [ "$rc" -eq 124 ]; then
    why="timed out after 60 s"
  elif [ "$rc" -ge 128 ]; then
    why="killed by signal $((rc - 128))"
  elif [ "$rc" -ne 1 ] && [ "$rc" -ne 2 ]; then
    why="exit code $rc (want 1 or 2)"
  elif ! grep -qF -- "$expect" "$log"; then
    why="message does not name '$expect'"
  fi
  verdict "$name" "$log" "$why"
}

# skipped NAME EXPECTED_TEXT ARGS...: an MLflow store with an invalid run is
# imported without it (issue 8: skipped MLflow runs are counted and listed):
# exit 0, no sanitizer report, and a note that names the run.
skipped() {
  local name="$1" expect="$2"
  shift 2
  local log="$T/$name.log" rc why=""
  timeout 60 "$KESTREL" "$@" >"$log" 2>&1 </dev/null
  rc=$?
  if sanitizer_report "$log"; then
    why="sanitizer report"
  elif [ "$rc" -ne 0 ]; then
    why="exit code $rc (want 0 with the run skipped)"
  elif ! grep -q "1 skipped" "$log" || ! grep -qF -- "$expect" "$log"; then
    why="no note that the run '$expect' was skipped"
  fi
  verdict "$name" "$log" "$why"
}

csv() { # csv FILE TIME STATUS DURATION ACCURACY [MODEL]
  printf 'model_name,execution_time,status,execution_duration,accuracy_score\n%s,%s,%s,%s,%s\n' \
    "${6:-lstm}" "$2" "$3" "$4" "$5" >"$T/$1"
}

# A workspace with one run, for the export cases.
"$KESTREL" --workspace "$W" log-run --model seed --status completed >"$T/setup.log" 2>&1 ||
  { echo "setup failed:"; cat "$T/setup.log"; exit 2; }

deep() { python3 -c "import sys; n=60000; sys.stdout.write('['*n + ']'*n)"; }

deep >"$T/deep.json"
run json_nested_60000 deep.json --workspace "$W" runs import "$T/deep.json"

{ printf '{"model_name":"m","execution_time":"2026-01-05T09:15:00Z","input_parameters":'; deep; printf '}\n'; } >"$T/deep.jsonl"
run jsonl_field_nested_60000 deep.jsonl --workspace "$W" runs import "$T/deep.jsonl"

run log_run_params_nested_60000 --params --workspace "$W" log-run --model m --status completed --params "$(deep)"

mkfifo "$T/fifo.csv"
run fifo_import_source fifo.csv --workspace "$W" runs import "$T/fifo.csv"

run dev_zero_import_source /dev/zero --workspace "$W" runs import /dev/zero --format csv

mkdir -p "$T/loop/mlruns/0"
printf "artifact_location: file:///tmp/0\nexperiment_id: '0'\nlifecycle_stage: active\nname: Default\n" >"$T/loop/mlruns/0/meta.yaml"
ln -s self "$T/loop/mlruns/0/self"
run mlruns_self_symlink mlruns --workspace "$W" runs import "$T/loop/mlruns"

csv time_1e20.csv 1e20 completed 1 0.5
run csv_time_1e20 time_1e20.csv --workspace "$W" runs import "$T/time_1e20.csv"
run log_run_time_1e20 --time --workspace "$W" log-run --model m --status completed --time 1e20

csv feb30.csv 2026-02-30 completed 1 0.5
run csv_date_2026_02_30 feb30.csv --workspace "$W" runs import "$T/feb30.csv"

csv exploded.csv 2026-01-05 exploded 1 0.5
run csv_status_exploded exploded.csv --workspace "$W" runs import "$T/exploded.csv"

csv acc75.csv 2026-01-05 completed 1 7.5
run csv_accuracy_7.5 acc75.csv --workspace "$W" runs import "$T/acc75.csv"
csv accm3.csv 2026-01-05 completed 1 -3
run csv_accuracy_-3 accm3.csv --workspace "$W" runs import "$T/accm3.csv"
run log_run_accuracy_7.5 --accuracy --workspace "$W" log-run --model m --status completed --accuracy 7.5

csv durm5.csv 2026-01-05 completed -5 0.5
run csv_duration_-5 durm5.csv --workspace "$W" runs import "$T/durm5.csv"
csv dur1e308.csv 2026-01-05 completed 1e308 0.5
run csv_duration_1e308 dur1e308.csv --workspace "$W" runs import "$T/dur1e308.csv"
run log_run_duration_-5 --duration --workspace "$W" log-run --model m --status completed --duration -5

csv latin1.csv 2026-01-05 completed 1 0.5 "$(printf 'caf\xe9')"
run csv_latin1_bytes latin1.csv --workspace "$W" runs import "$T/latin1.csv"

sqlite3 "$T/mlflow.db" <<'SQL'
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name VARCHAR(256) NOT NULL UNIQUE,
  artifact_location VARCHAR(256), lifecycle_stage VARCHAR(32));
CREATE TABLE runs (run_uuid VARCHAR(32) NOT NULL PRIMARY KEY, source_type VARCHAR(20),
  source_name VARCHAR(500), entry_point_name VARCHAR(50), user_id VARCHAR(256), status VARCHAR(20),
  start_time BIGINT, end_time BIGINT, source_version VARCHAR(50), lifecycle_stage VARCHAR(20),
  artifact_uri VARCHAR(200), experiment_id INTEGER);
CREATE TABLE metrics (key VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT NOT NULL,
  run_uuid VARCHAR(32) NOT NULL, step BIGINT DEFAULT '0' NOT NULL);
CREATE TABLE params (key VARCHAR(250) NOT NULL, value VARCHAR(250) NOT NULL, run_uuid VARCHAR(32) NOT NULL);
CREATE TABLE tags (key VARCHAR(250) NOT NULL, value VARCHAR(5000), run_uuid VARCHAR(32) NOT NULL);
INSERT INTO alembic_version VALUES ('7ac759974ad8');
INSERT INTO experiments VALUES (1, 'exp', 'file:///tmp/1', 'active');
INSERT INTO runs VALUES ('aaa','LOCAL','t.py','main','ana','FINISHED',NULL,NULL,'','active','file:///tmp/a',1);
SQL
skipped mlflow_null_start_time "run aaa: it has no start_time" --workspace "$W" runs import "$T/mlflow.db"

mkdir -p "$T/high/mlruns/1/aaa/metrics"
printf "experiment_id: '1'\nlifecycle_stage: active\nname: exp\n" >"$T/high/mlruns/1/meta.yaml"
printf "experiment_id: '1'\nlifecycle_stage: active\nrun_id: aaa\nrun_uuid: aaa\nstart_time: 1700000000000\nend_time: 1700000001000\nstatus: 3\n" \
  >"$T/high/mlruns/1/aaa/meta.yaml"
printf '1000 0.5 0\n2000 high 1\n' >"$T/high/mlruns/1/aaa/metrics/accuracy"
run mlruns_metric_high metrics/accuracy --workspace "$W" runs import "$T/high/mlruns"

mkdir -p "$T/badmeta/mlruns/1/aaa"
printf "experiment_id: '1'\nlifecycle_stage: active\nname: exp\n" >"$T/badmeta/mlruns/1/meta.yaml"
printf "run_id: aaa\nstart_time: [1700000000000\n  : : :\n\tstatus 3\n" >"$T/badmeta/mlruns/1/aaa/meta.yaml"
skipped mlruns_malformed_meta_yaml "run aaa" --workspace "$W" runs import "$T/badmeta/mlruns"

run workspace_empty_path --workspace --workspace "" runs stats
run export_from_1e20 --from --workspace "$W" runs export --out "$T/out.csv" --from 1e20
run export_out_is_workspace work.kestrel --workspace "$W" runs export --out "$W"

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "asan_cli: ${#failures[@]} case(s) failed: ${failures[*]}"
  exit 1
fi
echo "asan_cli: all cases passed"
