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

} // namespace

const std::vector<std::string_view>& migrations()
{
    static const std::vector<std::string_view> steps = {kV1};
    return steps;
}

int currentSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

} // namespace kestrel::workspace
