#include "IoTestUtil.h"

#include "core/common/Json.h"

#include <QDir>
#include <QTest>

using namespace kestrel;
using namespace kestrel::runs;
using kestrel::workspace::Database;

namespace {

// MLflow's SQLAlchemy schema as its 1.x releases created it, trimmed to what
// this test uses plus the columns that distinguish versions: no runs.name (so
// the run name comes from the mlflow.runName tag) and no metrics.is_nan.
constexpr const char* kSchema1x = R"sql(
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
CREATE TABLE experiments (
    experiment_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(256) NOT NULL UNIQUE,
    artifact_location VARCHAR(256),
    lifecycle_stage VARCHAR(32),
    CONSTRAINT experiments_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')));
CREATE TABLE runs (
    run_uuid VARCHAR(32) NOT NULL PRIMARY KEY,
    source_type VARCHAR(20), source_name VARCHAR(500), entry_point_name VARCHAR(50),
    user_id VARCHAR(256), status VARCHAR(20), start_time BIGINT, end_time BIGINT,
    source_version VARCHAR(50), lifecycle_stage VARCHAR(20), artifact_uri VARCHAR(200),
    experiment_id INTEGER REFERENCES experiments (experiment_id));
CREATE TABLE metrics (
    key VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT NOT NULL,
    run_uuid VARCHAR(32) NOT NULL REFERENCES runs (run_uuid), step BIGINT DEFAULT '0' NOT NULL,
    PRIMARY KEY (key, timestamp, step, run_uuid, value));
CREATE TABLE params (
    key VARCHAR(250) NOT NULL, value VARCHAR(250) NOT NULL,
    run_uuid VARCHAR(32) NOT NULL REFERENCES runs (run_uuid), PRIMARY KEY (key, run_uuid));
CREATE TABLE tags (
    key VARCHAR(250) NOT NULL, value VARCHAR(5000),
    run_uuid VARCHAR(32) NOT NULL REFERENCES runs (run_uuid), PRIMARY KEY (key, run_uuid));
INSERT INTO alembic_version VALUES ('7ac759974ad8');
)sql";

// The 2.x/3.x schema: runs.name and deleted_time, metrics.is_nan,
// latest_metrics, experiment tags, datasets/inputs (2.4+) and 3.x's logged
// models and traces, none of which an import needs but all of which exist.
constexpr const char* kSchema3x = R"sql(
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
CREATE TABLE experiments (
    experiment_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(256) NOT NULL UNIQUE, artifact_location VARCHAR(256), lifecycle_stage VARCHAR(32),
    creation_time BIGINT, last_update_time BIGINT,
    CONSTRAINT experiments_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')));
CREATE TABLE experiment_tags (
    key VARCHAR(250) NOT NULL, value VARCHAR(5000),
    experiment_id INTEGER NOT NULL REFERENCES experiments (experiment_id), PRIMARY KEY (key, experiment_id));
CREATE TABLE runs (
    run_uuid VARCHAR(32) NOT NULL PRIMARY KEY, name VARCHAR(250), source_type VARCHAR(20),
    source_name VARCHAR(500), entry_point_name VARCHAR(50), user_id VARCHAR(256),
    status VARCHAR(9), start_time BIGINT, end_time BIGINT, deleted_time BIGINT,
    source_version VARCHAR(50), lifecycle_stage VARCHAR(20), artifact_uri VARCHAR(200),
    experiment_id INTEGER REFERENCES experiments (experiment_id),
    CONSTRAINT status CHECK (status IN ('SCHEDULED', 'FAILED', 'FINISHED', 'RUNNING', 'KILLED')));
CREATE TABLE metrics (
    key VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT NOT NULL,
    run_uuid VARCHAR(32) NOT NULL REFERENCES runs (run_uuid), step BIGINT DEFAULT '0' NOT NULL,
    is_nan BOOLEAN DEFAULT '0' NOT NULL,
    PRIMARY KEY (key, timestamp, step, run_uuid, value, is_nan));
CREATE TABLE latest_metrics (
    key VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT, step BIGINT NOT NULL,
    is_nan BOOLEAN NOT NULL, run_uuid VARCHAR(32) NOT NULL REFERENCES runs (run_uuid),
    PRIMARY KEY (key, run_uuid));
CREATE TABLE params (
    key VARCHAR(250) NOT NULL, value VARCHAR(8000) NOT NULL,
    run_uuid VARCHAR(32) NOT NULL REFERENCES runs (run_uuid), PRIMARY KEY (key, run_uuid));
CREATE TABLE tags (
    key VARCHAR(250) NOT NULL, value VARCHAR(8000),
    run_uuid VARCHAR(32) NOT NULL REFERENCES runs (run_uuid), PRIMARY KEY (key, run_uuid));
CREATE TABLE datasets (
    dataset_uuid VARCHAR(36) NOT NULL, experiment_id INTEGER NOT NULL REFERENCES experiments (experiment_id),
    name VARCHAR(500) NOT NULL, digest VARCHAR(36) NOT NULL, dataset_source_type VARCHAR(36) NOT NULL,
    dataset_source TEXT NOT NULL, dataset_schema TEXT, dataset_profile TEXT,
    PRIMARY KEY (experiment_id, name, digest));
CREATE TABLE inputs (
    input_uuid VARCHAR(36) NOT NULL, source_type VARCHAR(36) NOT NULL, source_id VARCHAR(36) NOT NULL,
    destination_type VARCHAR(36) NOT NULL, destination_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (source_type, source_id, destination_type, destination_id));
CREATE TABLE logged_models (
    model_id VARCHAR(36) NOT NULL PRIMARY KEY, experiment_id INTEGER NOT NULL, name VARCHAR(500) NOT NULL,
    artifact_location VARCHAR(1000) NOT NULL, creation_timestamp_ms BIGINT NOT NULL,
    last_updated_timestamp_ms BIGINT NOT NULL, status INTEGER NOT NULL, lifecycle_stage VARCHAR(32),
    model_type VARCHAR(500), source_run_id VARCHAR(32), status_message VARCHAR(1000));
CREATE TABLE trace_info (
    request_id VARCHAR(50) NOT NULL PRIMARY KEY, experiment_id INTEGER NOT NULL,
    timestamp_ms BIGINT NOT NULL, execution_time_ms BIGINT, status VARCHAR(50) NOT NULL);
INSERT INTO alembic_version VALUES ('cbc13b556ace');
)sql";

// The same runs in both schemas. Times in ms; r1's accuracy has several
// values, the latest being the greatest timestamp and then the greatest step.
constexpr const char* kData = R"sql(
INSERT INTO experiments(experiment_id, name, artifact_location, lifecycle_stage) VALUES
    (0, 'Default', 'mlruns/0', 'active'), (1, 'BTST', 'mlruns/1', 'active'),
    (2, 'Old model', 'mlruns/2', 'deleted');
INSERT INTO runs(run_uuid, status, start_time, end_time, lifecycle_stage, experiment_id) VALUES
    ('r1', 'FINISHED', 1700000000000, 1700000012500, 'active', 1),
    ('r2', 'RUNNING', 1700000100000, NULL, 'active', 1),
    ('r3', 'FINISHED', 1700000200000, 1700000201000, 'deleted', 1),
    ('r4', 'FINISHED', 1700000300000, 1700000301000, 'active', 2),
    ('r5', 'KILLED', 1700000400000, 1700000402000, 'active', 0),
    ('r6', 'FAILED', 1700000500000, 1700000500250, 'active', 0);
INSERT INTO metrics(key, value, timestamp, run_uuid, step) VALUES
    ('accuracy', 0.50, 1000, 'r1', 0), ('accuracy', 0.99, 1500, 'r1', 9),
    ('accuracy', 0.70, 2000, 'r1', 1), ('accuracy', 0.80, 2000, 'r1', 3),
    ('accuracy', 0.60, 2000, 'r1', 2), ('confidence', 0.9, 1000, 'r1', 0),
    ('loss', 0.25, 1000, 'r1', 0), ('accuracy', 0.4, 1000, 'r2', 0),
    ('val_acc', 0.61, 1000, 'r5', 0), ('val_acc', 0.66, 3000, 'r5', 0), ('val_conf', 0.7, 1000, 'r5', 0),
    ('accuracy', 0.3, 1000, 'r3', 0);
INSERT INTO params(key, value, run_uuid) VALUES
    ('lr', '0.01', 'r1'), ('symbol', 'RELIANCE.NS', 'r1'), ('window', '20', 'r1'), ('lr', '0.1', 'r5');
INSERT INTO tags(key, value, run_uuid) VALUES
    ('mlflow.runName', 'brave-owl', 'r1'), ('data_source', 'yfinance', 'r1'), ('team', 'quant', 'r1'),
    ('mlflow.runName', 'slow-fox', 'r2'), ('mlflow.user', 'ana', 'r5');
)sql";

std::string buildStore(const QTemporaryDir& dir, const QString& name, const char* schema, bool v3)
{
    const std::string path = dir.filePath(name).toStdString();
    Database db(path, Database::Access::ReadWriteCreate);
    db.exec(schema);
    db.exec(kData);
    if (v3) {
        // 2.x+ stores the name in runs.name; a NaN metric has is_nan set
        // (MLflow writes 0 as its value); latest_metrics mirrors the latest.
        db.exec(
            "UPDATE runs SET name = 'brave-owl' WHERE run_uuid = 'r1';"
            "UPDATE runs SET name = 'slow-fox' WHERE run_uuid = 'r2';"
            "DELETE FROM tags WHERE key = 'mlflow.runName';"
            "INSERT INTO metrics(key, value, timestamp, run_uuid, step, is_nan) VALUES"
            "  ('loss', 0, 5000, 'r1', 4, 1);"
            "INSERT INTO latest_metrics SELECT key, value, max(timestamp), step, is_nan, run_uuid"
            "  FROM metrics GROUP BY key, run_uuid;"
            "INSERT INTO datasets VALUES ('d1', 1, 'prices', 'abc', 'local', '{}', NULL, NULL);"
            "INSERT INTO inputs VALUES ('i1', 'DATASET', 'd1', 'RUN', 'r1');");
    }
    return path;
}

const RunRecord* byExternal(const std::vector<RunRecord>& runs, const std::string& id)
{
    for (const RunRecord& r : runs) {
        if (r.externalId == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestMlflowImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void sqlite_data();
    void sqlite();
    void metricMapping();
    void reimportIsIdempotent();
    void fileStore();
    void notAStore();
    void invalidRunsAreSkippedWithNotes();
};

void TestMlflowImport::sqlite_data()
{
    QTest::addColumn<bool>("v3");
    QTest::newRow("1.x schema") << false;
    QTest::newRow("2.x/3.x schema") << true;
}

void TestMlflowImport::sqlite()
{
    QFETCH(bool, v3);
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string store = buildStore(dir, "mlflow.db", v3 ? kSchema3x : kSchema1x, v3);
    QCOMPARE(detectImportFormat(store), ImportFormat::Mlflow);
    const ImportResult result = iotest::importFile(ws->db(), store, ImportFormat::Mlflow);
    QCOMPARE(result.imported, 4); // r1 r2 r5 r6
    QCOMPARE(result.skipped, 2);  // r3 (deleted run), r4 (deleted experiment)

    const auto runs = iotest::allRuns(ws->db());
    QCOMPARE(runs.size(), size_t(4));
    QVERIFY(!byExternal(runs, "r3") && !byExternal(runs, "r4"));

    const RunRecord* r1 = byExternal(runs, "r1");
    QVERIFY(r1);
    QCOMPARE(r1->model, std::string("BTST"));
    QCOMPARE(r1->experiment, std::string("BTST"));
    QCOMPARE(r1->runName, std::string("brave-owl"));
    QCOMPARE(r1->status, std::string("completed"));
    QCOMPARE(r1->startedAt, EpochMs(1700000000000));
    QCOMPARE(*r1->durationSec, 12.5);
    QCOMPARE(*r1->accuracy, 0.80);
    QCOMPARE(*r1->confidence, 0.9);
    QCOMPARE(r1->symbol, std::string("RELIANCE.NS"));
    QCOMPARE(r1->dataSource, std::string("yfinance"));
    const Json results = Json::parse(r1->outputResults);
    QCOMPARE(results["accuracy"].get<double>(), 0.80);
    QCOMPARE(results["confidence"].get<double>(), 0.9);
    if (v3)
        QVERIFY(results["loss"].is_null()); // the latest loss is NaN
    else
        QCOMPARE(results["loss"].get<double>(), 0.25);
    QVERIFY(Json::parse(r1->inputParams) ==
            Json::parse(R"({"lr": "0.01", "symbol": "RELIANCE.NS", "window": "20"})"));
    const Json tags = Json::parse(r1->tags);
    QCOMPARE(tags["team"].get<std::string>(), std::string("quant"));
    QCOMPARE(tags["data_source"].get<std::string>(), std::string("yfinance"));

    const RunRecord* r2 = byExternal(runs, "r2");
    QVERIFY(r2);
    QCOMPARE(r2->status, std::string("running"));
    QVERIFY(!r2->durationSec);
    QCOMPARE(r2->runName, std::string("slow-fox"));
    QCOMPARE(*r2->accuracy, 0.4);

    const RunRecord* r5 = byExternal(runs, "r5");
    QVERIFY(r5);
    QCOMPARE(r5->model, std::string("Default"));
    QCOMPARE(r5->status, std::string("cancelled"));
    QCOMPARE(*r5->durationSec, 2.0);
    QVERIFY(!r5->accuracy); // no metric named "accuracy"

    const RunRecord* r6 = byExternal(runs, "r6");
    QVERIFY(r6);
    QCOMPARE(r6->status, std::string("failed"));
    QCOMPARE(*r6->durationSec, 0.25);
    QVERIFY(r6->outputResults.empty());
    QVERIFY(r6->inputParams.empty());
}

void TestMlflowImport::metricMapping()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string store = buildStore(dir, "mlflow.db", kSchema3x, true);
    ImportOptions options;
    options.mlflow.accuracyMetric = "val_acc";
    options.mlflow.confidenceMetric = "val_conf";
    iotest::importFile(ws->db(), store, ImportFormat::Mlflow, options);
    const auto runs = iotest::allRuns(ws->db());
    const RunRecord* r5 = byExternal(runs, "r5");
    QVERIFY(r5);
    QCOMPARE(*r5->accuracy, 0.66);
    QCOMPARE(*r5->confidence, 0.7);
    QVERIFY(!byExternal(runs, "r1")->accuracy);
}

void TestMlflowImport::reimportIsIdempotent()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string store = buildStore(dir, "mlflow.db", kSchema1x, false);
    QCOMPARE(iotest::importFile(ws->db(), store, ImportFormat::Mlflow).imported, 4);
    const ImportResult again = iotest::importFile(ws->db(), store, ImportFormat::Mlflow);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.skipped, 6);
    QCOMPARE(iotest::runCount(ws->db()), 4);
}

namespace {

void put(const QDir& root, const QString& relative, const QByteArray& text)
{
    const QString path = root.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// The run meta.yaml MLflow's FileStore writes (status as the RunStatus number).
QByteArray runMeta(const QByteArray& id, const QByteArray& expId, const QByteArray& name,
                   int status, qint64 start, const QByteArray& end, const QByteArray& stage)
{
    return "artifact_uri: file:///tmp/mlruns/" + expId + "/" + id +
           "/artifacts\n"
           "end_time: " +
           end + "\nentry_point_name: ''\nexperiment_id: '" + expId +
           "'\n"
           "lifecycle_stage: " +
           stage + "\nrun_id: " + id + "\nrun_name: " + name +
           "\n"
           "run_uuid: " +
           id +
           "\nsource_name: ''\nsource_type: 4\nsource_version: ''\n"
           "start_time: " +
           QByteArray::number(start) + "\nstatus: " + QByteArray::number(status) +
           "\ntags: []\nuser_id: ana\n";
}

} // namespace

void TestMlflowImport::fileStore()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    QDir project(dir.path());
    project.mkpath("project/mlruns");
    const QDir root(dir.filePath("project/mlruns"));
    put(root, "0/meta.yaml",
        "artifact_location: file:///tmp/mlruns/0\nexperiment_id: '0'\n"
        "lifecycle_stage: active\nname: Default\n");
    put(root, "1/meta.yaml",
        "artifact_location: file:///tmp/mlruns/1\ncreation_time: 1700000000000\n"
        "experiment_id: '1'\nlast_update_time: 1700000000000\n"
        "lifecycle_stage: active\nname: 'Options Chain'\n");
    put(root, "1/aaa/meta.yaml",
        runMeta("aaa", "1", "calm-cat", 3, 1700000000000, "1700000004500", "active"));
    put(root, "1/aaa/metrics/accuracy", "1000 0.5 0\n2000 0.75 1\n2000 0.72 0\n1500 0.9 5\n");
    put(root, "1/aaa/metrics/confidence", "1000 0.6 0\n");
    put(root, "1/aaa/metrics/eval/loss", "1000 nan 0\n");
    put(root, "1/aaa/params/lr", "0.05");
    put(root, "1/aaa/params/symbol", "NIFTY");
    put(root, "1/aaa/tags/mlflow.runName", "calm-cat");
    put(root, "1/aaa/tags/data_source", "fyers");
    put(root, "1/bbb/meta.yaml",
        runMeta("bbb", "1", "busy-bee", 1, 1700000100000, "null", "active"));
    put(root, "1/ccc/meta.yaml",
        runMeta("ccc", "1", "gone", 3, 1700000200000, "1700000201000", "deleted"));
    put(root, "0/ddd/meta.yaml",
        runMeta("ddd", "0", "bad", 4, 1700000300000, "1700000300500", "active"));
    // A deleted experiment MLflow moved to .trash: not read at all.
    put(root, ".trash/7/meta.yaml",
        "experiment_id: '7'\nlifecycle_stage: deleted\nname: Trashed\n");
    put(root, ".trash/7/eee/meta.yaml",
        runMeta("eee", "7", "t", 3, 1700000400000, "1700000401000", "active"));
    put(root, "models/.keep", "");

    // The project folder holding mlruns/ is accepted as well as mlruns/ itself.
    const std::string path = dir.filePath("project").toStdString();
    QCOMPARE(detectImportFormat(path), ImportFormat::Mlflow);
    const ImportResult result = iotest::importFile(ws->db(), path, ImportFormat::Mlflow);
    QCOMPARE(result.imported, 3);
    QCOMPARE(result.skipped, 1);
    const auto runs = iotest::allRuns(ws->db());

    const RunRecord* a = byExternal(runs, "aaa");
    QVERIFY(a);
    QCOMPARE(a->model, std::string("Options Chain"));
    QCOMPARE(a->runName, std::string("calm-cat"));
    QCOMPARE(a->status, std::string("completed"));
    QCOMPARE(*a->durationSec, 4.5);
    QCOMPARE(*a->accuracy, 0.75);
    QCOMPARE(*a->confidence, 0.6);
    QCOMPARE(a->symbol, std::string("NIFTY"));
    QCOMPARE(a->dataSource, std::string("fyers"));
    const Json results = Json::parse(a->outputResults);
    QVERIFY(results["eval/loss"].is_null());
    QVERIFY(Json::parse(a->inputParams) == Json::parse(R"({"lr": "0.05", "symbol": "NIFTY"})"));
    QCOMPARE(Json::parse(a->tags)["mlflow.runName"].get<std::string>(), std::string("calm-cat"));

    const RunRecord* b = byExternal(runs, "bbb");
    QVERIFY(b);
    QCOMPARE(b->status, std::string("running"));
    QVERIFY(!b->durationSec);
    const RunRecord* d = byExternal(runs, "ddd");
    QVERIFY(d);
    QCOMPARE(d->status, std::string("failed"));
    QCOMPARE(d->model, std::string("Default"));

    // Importing the mlruns/ folder itself again adds nothing.
    const ImportResult again =
        iotest::importFile(ws->db(), root.path().toStdString(), ImportFormat::Mlflow);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.skipped, 4);

    // A bad metric line names the metric file, line and column, and imports nothing.
    put(root, "1/aaa/metrics/accuracy", "1000 0.5 0\n2000 high 1\n");
    auto ws2 = iotest::newWorkspace(dir, "ws2.kestrel");
    const auto failure = iotest::importFailure(ws2->db(), path, ImportFormat::Mlflow);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains("accuracy:2:2: 'high' is not a number"),
             qPrintable(failure->message));
    QCOMPARE(iotest::runCount(ws2->db()), 0);
}

void TestMlflowImport::notAStore()
{
    QTemporaryDir dir;
    auto ws = iotest::newWorkspace(dir);
    const std::string text = iotest::writeFile(dir, "fake.db", "model,time\n");
    auto failure = iotest::importFailure(ws->db(), text, ImportFormat::Mlflow);
    QVERIFY(failure && failure->message.contains("not an SQLite file"));
    // A Kestrel workspace is SQLite but has no MLflow tables (on PostgreSQL
    // the suite's workspace is no file: a SQLite one is made for this).
    const std::string kestrelFile =
        test::onPostgres()
            ? workspace::Workspace::create(dir.filePath("file.kestrel").toStdString())->path()
            : ws->path();
    failure = iotest::importFailure(ws->db(), kestrelFile, ImportFormat::Mlflow);
    QVERIFY(failure && failure->message.contains("has no 'experiments' table"));
    QDir(dir.path()).mkdir("empty");
    failure =
        iotest::importFailure(ws->db(), dir.filePath("empty").toStdString(), ImportFormat::Mlflow);
    QVERIFY(failure && failure->message.contains("no experiment folder"));
}

void TestMlflowImport::invalidRunsAreSkippedWithNotes()
{
    QTemporaryDir dir;
    const std::string store = buildStore(dir, "mlflow.db", kSchema1x, false);
    {
        Database db(store, Database::Access::ReadWrite);
        db.exec("INSERT INTO runs(run_uuid, status, start_time, end_time, lifecycle_stage, "
                "experiment_id) VALUES"
                "  ('r7', 'FINISHED', 'yesterday', NULL, 'active', 1),"
                "  ('r8', 'FINISHED', NULL, NULL, 'active', 1),"
                "  ('r9', 'FINISHED', 1700000600000, 1700000601000, 'active', 1);"
                "INSERT INTO metrics(key, value, timestamp, run_uuid, step) VALUES ('accuracy', "
                "'high', 1, 'r9', 0);");
    }
    auto ws = iotest::newWorkspace(dir);
    const ImportResult r = iotest::importFile(ws->db(), store, ImportFormat::Mlflow);
    QCOMPARE(r.imported, std::int64_t(4)); // as in sqlite(): r1 r2 r5 r6
    QCOMPARE(r.skipped, std::int64_t(5));  // 2 deleted + 3 invalid
    QString notes;
    for (const auto& n : r.notes)
        notes += QString::fromStdString(n) + "\n";
    QVERIFY2(notes.contains("r7: start_time 'yesterday'"), qPrintable(notes));
    QVERIFY2(notes.contains("r8: it has no start_time"), qPrintable(notes));
    QVERIFY2(notes.contains("r9: metric accuracy value 'high'"), qPrintable(notes));
}

QTEST_GUILESS_MAIN(TestMlflowImport)
#include "TestMlflowImport.moc"
