#include "core/workspace/Migrations.h"

namespace kestrel::workspace {

namespace {

// v1: run history, the demo's ground truth, daily prices, key/value settings.
// Times are INTEGER milliseconds since the Unix epoch (UTC); durations REAL seconds.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE runs (
    id                 INTEGER PRIMARY KEY,
    model_name         TEXT    NOT NULL,
    symbol             TEXT,
    execution_time     INTEGER NOT NULL,
    status             TEXT    NOT NULL DEFAULT 'completed',
    execution_duration REAL,
    accuracy_score     REAL,
    confidence_level   REAL,
    input_parameters   TEXT,
    output_results     TEXT,
    error_message      TEXT,
    error_template     TEXT,
    data_source        TEXT,
    memory_mb          REAL,
    cpu_percent        REAL,
    experiment         TEXT,
    run_name           TEXT,
    external_id        TEXT,
    tags               TEXT,
    created_at         INTEGER NOT NULL
);
CREATE INDEX runs_time ON runs(execution_time);
CREATE INDEX runs_model_time ON runs(model_name, execution_time);
CREATE INDEX runs_status_time ON runs(status, execution_time);
CREATE INDEX runs_duration ON runs(execution_duration);
CREATE INDEX runs_template ON runs(error_template) WHERE error_template IS NOT NULL;
CREATE UNIQUE INDEX runs_external ON runs(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE demo_incidents (
    id          INTEGER PRIMARY KEY,
    model_name  TEXT    NOT NULL,
    metric      TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    start_time  INTEGER NOT NULL,
    end_time    INTEGER NOT NULL,
    data_source TEXT,
    description TEXT
);

CREATE TABLE prices (
    symbol TEXT    NOT NULL,
    day    INTEGER NOT NULL,
    close  REAL    NOT NULL,
    PRIMARY KEY (symbol, day)
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;
)sql";

// v2: the AI analyst's usage ledger, response cache and stored reports.
// Costs are USD (NULL when the model has no price); tokens as the provider reported.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE ai_usage (
    id            INTEGER PRIMARY KEY,
    time          INTEGER NOT NULL,
    provider      TEXT    NOT NULL,
    model         TEXT    NOT NULL,
    input_tokens  INTEGER,
    output_tokens INTEGER,
    cost_usd      REAL,
    cached        INTEGER NOT NULL DEFAULT 0,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    outcome       TEXT    NOT NULL,
    request_hash  TEXT,
    message       TEXT
);
CREATE INDEX ai_usage_time ON ai_usage(time);

CREATE TABLE ai_cache (
    cache_key    TEXT PRIMARY KEY,
    provider     TEXT    NOT NULL,
    model        TEXT    NOT NULL,
    request_hash TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    response     TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TABLE ai_reports (
    id               INTEGER PRIMARY KEY,
    created_at       INTEGER NOT NULL,
    author           TEXT,
    analysis_type    TEXT    NOT NULL,
    timeframe        TEXT    NOT NULL,
    model_filter     TEXT    NOT NULL,
    total_runs       INTEGER NOT NULL,
    analysis_content TEXT    NOT NULL,
    provider         TEXT    NOT NULL,
    models           TEXT    NOT NULL,
    input_tokens     INTEGER,
    output_tokens    INTEGER,
    cost_usd         REAL,
    template_name    TEXT,
    template_version TEXT,
    request_hash     TEXT,
    cached           INTEGER NOT NULL DEFAULT 0,
    incomplete       INTEGER NOT NULL DEFAULT 0,
    anonymised       INTEGER NOT NULL DEFAULT 0,
    answers          TEXT
);
CREATE INDEX ai_reports_time ON ai_reports(created_at);
)sql";

// v3: anomaly detection. Imported metric series, detector configurations
// (with the default set every workspace starts with), detection runs, stored
// anomalies with their review history, and per-detector feedback thresholds.
constexpr std::string_view kV3 = R"sql(
CREATE TABLE metric_series (
    source     TEXT,
    model_name TEXT    NOT NULL,
    metric     TEXT    NOT NULL,
    time       INTEGER NOT NULL,
    value      REAL    NOT NULL,
    PRIMARY KEY (model_name, metric, time)
) WITHOUT ROWID;

CREATE TABLE detector_configs (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL UNIQUE,
    metrics          TEXT    NOT NULL,
    algorithm        TEXT    NOT NULL,
    detection_config TEXT    NOT NULL DEFAULT '{}',
    threshold_config TEXT    NOT NULL DEFAULT '{"low":0.5,"medium":0.7,"high":0.85,"critical":0.95}',
    schedule_minutes INTEGER NOT NULL DEFAULT 0,
    enabled          INTEGER NOT NULL DEFAULT 1,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE detection_runs (
    id              INTEGER PRIMARY KEY,
    detector_id     INTEGER REFERENCES detector_configs(id) ON DELETE SET NULL,
    detector_name   TEXT    NOT NULL,
    started_at      INTEGER NOT NULL,
    finished_at     INTEGER,
    points_scored   INTEGER NOT NULL DEFAULT 0,
    anomalies_found INTEGER NOT NULL DEFAULT 0,
    status          TEXT    NOT NULL DEFAULT 'running',
    message         TEXT
);

CREATE TABLE anomalies (
    id               INTEGER PRIMARY KEY,
    detector_id      INTEGER REFERENCES detector_configs(id) ON DELETE SET NULL,
    detection_run_id INTEGER REFERENCES detection_runs(id) ON DELETE SET NULL,
    time             INTEGER NOT NULL,
    start_time       INTEGER NOT NULL,
    end_time         INTEGER NOT NULL,
    component_type   TEXT    NOT NULL DEFAULT 'model',
    model_name       TEXT    NOT NULL,
    metric           TEXT    NOT NULL,
    type             TEXT    NOT NULL,
    score            REAL    NOT NULL,
    confidence       REAL    NOT NULL,
    severity         TEXT    NOT NULL,
    severity_rank    INTEGER NOT NULL,
    actual           REAL,
    expected         REAL,
    deviation        REAL,
    threshold        REAL,
    band             REAL,
    context          TEXT    NOT NULL DEFAULT '{}',
    recommendations  TEXT    NOT NULL DEFAULT '[]',
    state            TEXT    NOT NULL DEFAULT 'open',
    note             TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX anomalies_time ON anomalies(time);
CREATE INDEX anomalies_state ON anomalies(state, severity_rank);
CREATE INDEX anomalies_detector ON anomalies(detector_id, model_name, metric, start_time);

CREATE TABLE anomaly_events (
    id         INTEGER PRIMARY KEY,
    anomaly_id INTEGER NOT NULL REFERENCES anomalies(id) ON DELETE CASCADE,
    from_state TEXT,
    to_state   TEXT    NOT NULL,
    note       TEXT,
    user       TEXT    NOT NULL,
    time       INTEGER NOT NULL
);
CREATE INDEX anomaly_events_anomaly ON anomaly_events(anomaly_id);

CREATE TABLE detector_feedback (
    detector_id     INTEGER NOT NULL REFERENCES detector_configs(id) ON DELETE CASCADE,
    model_name      TEXT    NOT NULL,
    metric          TEXT    NOT NULL,
    score_threshold REAL    NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (detector_id, model_name, metric)
) WITHOUT ROWID;

INSERT INTO detector_configs(name, metrics, algorithm, detection_config, schedule_minutes, created_at, updated_at)
VALUES
 ('Latency p95 (seasonal)', '["duration_p95"]', 'seasonal',
  '{"direction":"up","log":true,"min_count":5,"min_ratio":5.0,"z_threshold":3.5}', 60,
  CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
 ('Error rate (robust z)', '["error_rate"]', 'mad',
  '{"direction":"up","window":168,"min_count":3,"min_delta":0.1,"max_p":0.00001,"z_threshold":3.5}', 60,
  CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
 ('Throughput (seasonal)', '["throughput"]', 'seasonal',
  '{"direction":"down","min_ratio":2.0,"max_p":0.00001,"z_threshold":3.5}', 60,
  CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
 ('Accuracy trend (seasonal)', '["accuracy"]', 'seasonal',
  '{"direction":"down","smoothing_hours":24,"min_count":50,"min_delta":0.06,"z_threshold":3.5}', 60,
  CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
 ('Memory trend (seasonal)', '["memory"]', 'seasonal',
  '{"direction":"up","smoothing_hours":12,"min_ratio":1.15,"z_threshold":3.5}', 60,
  CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
 ('Joint hourly vector (Isolation Forest)',
  '["duration_p50","duration_p95","error_rate","throughput","accuracy","memory","cpu"]', 'iforest',
  '{"contamination":0.002,"seed":42,"min_count":5,"min_driver_z":5,"max_p":0.00001}', 0,
  CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
)sql";

// v4: a covering index for the aggregates over a time range (summary, model
// comparison, per day): the scan reads the index alone, not the wide rows with
// their JSON payloads. It starts with execution_time, so runs_time is redundant.
constexpr std::string_view kV4 = R"sql(
CREATE INDEX runs_time_agg ON runs(execution_time, model_name, status, execution_duration, accuracy_score);
DROP INDEX runs_time;
)sql";

// v5: covering indexes for the AI analysis. runs_time_agg also holds memory_mb,
// so the per-day and per-model-hour profile is read in the same pass as the
// summary; runs_template holds what error patterns count, so they are read
// without visiting the failed runs' wide rows. The duration sort key becomes
// whole microseconds: SQLite sorts INTEGER keys on a fast path, which halves
// the index's rebuild after a bulk import (RunStore sorts by the same
// expression).
constexpr std::string_view kV5 = R"sql(
DROP INDEX runs_time_agg;
CREATE INDEX runs_time_agg ON runs(execution_time, model_name, status, execution_duration, accuracy_score, memory_mb);
DROP INDEX runs_template;
CREATE INDEX runs_template ON runs(error_template, execution_time, model_name, symbol, data_source)
    WHERE error_template IS NOT NULL;
DROP INDEX runs_duration;
CREATE INDEX runs_duration ON runs(CAST(execution_duration * 1000000 AS INTEGER));
)sql";

// v6: idempotent, undoable imports. Every run carries a fingerprint (a stable
// 64-bit hash of its stored fields, RunStore's runFingerprint) so importing a
// file again skips the runs already held, and the import that brought it
// (NULL for log-run and the demo). imports lists each import with its counts;
// undoing one deletes its runs and sets undone_at. Runs stored before v6 have
// no fingerprint: they are matched by external id only.
// Neither column is indexed: an import reads the fingerprints once in a scan,
// undo deletes in a scan, and two more indexes cost a 1M-run import 25 %.
constexpr std::string_view kV6 = R"sql(
ALTER TABLE runs ADD COLUMN fingerprint INTEGER;
ALTER TABLE runs ADD COLUMN import_id INTEGER;
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    imported    INTEGER NOT NULL,
    duplicates  INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    skipped     INTEGER NOT NULL,
    undone_at   INTEGER
);
)sql";

// v7: optimistic concurrency for reviews. Every review action raises an
// anomaly's version by one and names the version it saw; a stale one is
// refused, so of two reviewers acting on the same anomaly the second is told
// instead of overwriting the first. Existing anomalies start at the number of
// review steps they already have.
constexpr std::string_view kV7 = R"sql(
ALTER TABLE anomalies ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
UPDATE anomalies SET version = (SELECT count(*) FROM anomaly_events e WHERE e.anomaly_id = anomalies.id);
)sql";

// v8: who did it. Every AI request in the usage ledger, every import and
// the last change of every detector and workspace setting name the user (workspace::actingUser:
// the PostgreSQL role on a team workspace, the OS login on a file), as review
// events and reports already do. Older rows have none.
constexpr std::string_view kV8 = R"sql(
ALTER TABLE ai_usage ADD COLUMN user_name TEXT;
ALTER TABLE imports ADD COLUMN user_name TEXT;
ALTER TABLE detector_configs ADD COLUMN updated_by TEXT;
ALTER TABLE settings ADD COLUMN updated_by TEXT;
)sql";

} // namespace

const std::vector<std::string_view>& migrations()
{
    static const std::vector<std::string_view> steps = {kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8};
    return steps;
}

int currentSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace kestrel::workspace
