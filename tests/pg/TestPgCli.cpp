// `kestrel workspace create-team` and `kestrel workspace copy` against a real
// PostgreSQL server, through the real binary.
#include "common/PgServer.h"
#include "common/TestSupport.h"
#include "core/workspace/Database.h"
#include "core/workspace/WorkspaceUrl.h"
#include "core/workspace/pg/Connection.h"
#include "core/workspace/pg/Migrations.h"
#include "core/workspace/pg/WorkspaceCopy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;
using namespace kestrel::workspace;
using test::runKestrel;

namespace {

const QStringList kTables = {
    "settings",  "runs",           "demo_incidents",   "prices",           "ai_usage",
    "ai_cache",  "ai_reports",     "metric_series",    "detector_configs", "detection_runs",
    "anomalies", "anomaly_events", "detector_feedback"};

} // namespace

class TestPgCli : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server;
    QTemporaryDir m_dir;
    QString m_demo;

    QString url(const QString& schema) const { return m_server.url(schema); }
    std::string conninfo() const
    {
        return WorkspaceUrl::parse(url("public").toStdString()).conninfo();
    }

private slots:
    void initTestCase()
    {
        KESTREL_START_PG_SERVER(m_server);
        m_demo = m_dir.filePath("demo.kestrel");
        const auto demo =
            runKestrel({"demo", "--workspace", m_demo, "--runs", "3000", "--days", "20"});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // Every table gets rows, with the text and numbers a copy gets wrong
        // most easily: tabs, line breaks, backslashes, non-ASCII, NULLs,
        // reals that need 17 digits, the largest whole numbers.
        Database db(m_demo.toStdString(), Database::Access::ReadWrite);
        db.exec("PRAGMA foreign_keys=ON");
        db.exec("INSERT INTO settings(key, value) VALUES ('note', 'tab\tand\nline \\N "
                "back\\\\slash \u00fc "
                "\u2713'), "
                "('empty', ''), ('nothing', NULL)");
        db.exec("INSERT INTO ai_usage(time, provider, model, input_tokens, output_tokens, "
                "cost_usd, outcome, message) "
                "VALUES (1764633600000, 'anthropic', 'claude', 9223372036854775807, NULL, 0.1 + "
                "0.2, 'ok', "
                "'quote '' and \"')");
        db.exec("INSERT INTO ai_cache VALUES ('k1', 'anthropic', 'claude', 'h', 1, "
                "'{\"a\":\"b\r\n\"}'), "
                "('K1', 'p', 'm', 'h', -5, 'x')");
        db.exec("INSERT INTO ai_reports(created_at, author, analysis_type, timeframe, "
                "model_filter, total_runs, "
                "analysis_content, provider, models, cost_usd) VALUES (1764633600000, 'Ana "
                "M\u00fcller', 'summary', "
                "'7d', 'all', 3000, '# Report\nwith lines', 'anthropic', '[\"claude\"]', 1e-300)");
        db.exec("INSERT INTO anomaly_events(anomaly_id, from_state, to_state, note, user, time) "
                "SELECT id, 'open', 'false_positive', 'not a real spike', 'ana', 1764633600000 "
                "FROM anomalies LIMIT 3");
        db.exec("INSERT INTO detector_feedback VALUES (1, 'model-a', 'duration_p95', "
                "0.87654321012345678, "
                "1764633600000)");
        db.exec(
            "INSERT INTO metric_series VALUES ('csv', 'model-a', 'latency', 1764633600000, -0.0), "
            "(NULL, 'Model-a', 'latency', 1, 1.5)");
        for (const QString& t : kTables)
            QVERIFY2(db.queryInt("SELECT count(*) FROM " + t.toStdString()).value_or(0) > 0,
                     qPrintable(t));
    }

    void createTeamMakesTheSchemaOnce()
    {
        const auto made = runKestrel({"workspace", "create-team", url("team")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains("Created the team workspace"), qPrintable(made.out));
        pg::Connection c(conninfo());
        QCOMPARE(pg::inspectSchema(c, "team").state, pg::SchemaInfo::State::Kestrel);
        QCOMPARE(pg::inspectSchema(c, "team").version, pg::currentSchemaVersion());

        const auto again = runKestrel({"workspace", "create-team", url("team")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds a Kestrel team workspace"),
                 qPrintable(again.err));

        c.exec("CREATE SCHEMA shop; CREATE TABLE shop.orders (id bigint)");
        const auto foreign = runKestrel({"workspace", "create-team", url("shop")});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains("not a Kestrel workspace"), qPrintable(foreign.err));
        QVERIFY(!c.queryInt(
            "SELECT 1 FROM pg_tables WHERE schemaname = 'shop' AND tablename = 'runs'"));
    }

    // SQLite to PostgreSQL and back: every table equal, row for row.
    void copyRoundTripKeepsEveryRow()
    {
        const auto there = runKestrel({"workspace", "copy", m_demo, url("roundtrip")});
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        for (const QString& t : kTables)
            QVERIFY2(there.out.contains("  " + t + " "), qPrintable(there.out));
        QVERIFY2(there.out.contains("(3000 runs)") && there.out.contains("runs/s"),
                 qPrintable(there.out));

        const QString back = m_dir.filePath("back.kestrel");
        const auto home = runKestrel({"workspace", "copy", url("roundtrip"), back});
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));

        const auto original = pg::summariseWorkspace(WorkspaceUrl::parse(m_demo.toStdString()));
        const auto onServer =
            pg::summariseWorkspace(WorkspaceUrl::parse(url("roundtrip").toStdString()));
        const auto returned = pg::summariseWorkspace(WorkspaceUrl::parse(back.toStdString()));
        QCOMPARE(onServer, original);
        QCOMPARE(returned, original);

        // Independently of the checksums: SQLite compares the two files'
        // tables value by value (type included), both ways.
        Database db(m_demo.toStdString(), Database::Access::ReadOnly);
        db.exec("ATTACH DATABASE '" + back.toStdString() + "' AS back");
        for (const QString& t : kTables) {
            const std::string a = "main." + t.toStdString();
            const std::string b = "back." + t.toStdString();
            QCOMPARE(db.queryInt("SELECT count(*) FROM (SELECT * FROM " + a +
                                 " EXCEPT SELECT * FROM " + b + ")"),
                     std::optional<std::int64_t>(0));
            QCOMPARE(db.queryInt("SELECT count(*) FROM (SELECT * FROM " + b +
                                 " EXCEPT SELECT * FROM " + a + ")"),
                     std::optional<std::int64_t>(0));
            QCOMPARE(db.queryInt("SELECT count(*) FROM " + b),
                     db.queryInt("SELECT count(*) FROM " + a));
        }

        // The indexes the load set aside are all back.
        pg::Connection c(conninfo());
        const std::string indexes = "SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM "
                                    "pg_indexes WHERE schemaname = $1";
        const std::string copied(c.query(indexes, {"roundtrip"}).text(0, 0));
        const std::string created(c.query(indexes, {"team"}).text(0, 0));
        QCOMPARE(QString::fromStdString(copied).replace("roundtrip.", "team."),
                 QString::fromStdString(created));

        // New rows on the server take ids after the copied ones.
        c.exec("SET search_path TO roundtrip");
        const auto maxId = c.queryInt("SELECT max(id) FROM runs");
        const auto newId = c.queryInt(
            "INSERT INTO runs(model_name, execution_time, created_at) VALUES ('m', 1, 1) "
            "RETURNING id");
        QCOMPARE(*newId, *maxId + 1);
    }

    void copyRefusesADestinationWithData()
    {
        const auto first = runKestrel({"workspace", "copy", m_demo, url("full")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto before = pg::summariseWorkspace(WorkspaceUrl::parse(url("full").toStdString()));
        const auto again = runKestrel({"workspace", "copy", m_demo, url("full")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("is not empty"), qPrintable(again.err));
        QCOMPARE(pg::summariseWorkspace(WorkspaceUrl::parse(url("full").toStdString())), before);

        // A team workspace whose default detector someone edited holds data too.
        QCOMPARE(runKestrel({"workspace", "create-team", url("edited")}).exitCode, 0);
        pg::Connection c(conninfo());
        c.exec("UPDATE edited.detector_configs SET enabled = 0, updated_at = updated_at + 1 WHERE "
               "id = 1");
        const auto edited = runKestrel({"workspace", "copy", m_demo, url("edited")});
        QCOMPARE(edited.exitCode, 1);
        QVERIFY2(edited.err.contains("is not empty (table detector_configs"),
                 qPrintable(edited.err));

        const QString file = m_dir.filePath("taken.kestrel");
        QVERIFY(QFile::copy(m_demo, file));
        const QByteArray sha = test::fileSha256(file);
        const auto intoFile = runKestrel({"workspace", "copy", url("full"), file});
        QCOMPARE(intoFile.exitCode, 1);
        QVERIFY2(intoFile.err.contains("already exists"), qPrintable(intoFile.err));
        QCOMPARE(test::fileSha256(file), sha);
    }

    // A row PostgreSQL cannot take, in the last table: nothing of the copy stays.
    void copyIsAllOrNothing()
    {
        const QString bad = m_dir.filePath("bad.kestrel");
        QVERIFY(QFile::copy(m_demo, bad));
        {
            Database db(bad.toStdString(), Database::Access::ReadWrite);
            db.exec("UPDATE detector_feedback SET updated_at = 'yesterday'");
        }
        const auto copy = runKestrel({"workspace", "copy", bad, url("partial")});
        QCOMPARE(copy.exitCode, 1);
        QVERIFY2(copy.err.contains("not a whole number"), qPrintable(copy.err));
        pg::Connection c(conninfo());
        QCOMPARE(pg::inspectSchema(c, "partial").state, pg::SchemaInfo::State::Missing);

        // Into a team workspace made beforehand: it stays as create-team left it.
        QCOMPARE(runKestrel({"workspace", "create-team", url("prepared")}).exitCode, 0);
        QCOMPARE(runKestrel({"workspace", "copy", bad, url("prepared")}).exitCode, 1);
        QCOMPARE(c.queryInt("SELECT count(*) FROM prepared.runs"), std::optional<std::int64_t>(0));
        QCOMPARE(c.queryInt("SELECT count(*) FROM prepared.detector_configs"),
                 std::optional<std::int64_t>(6));
        // and then takes a good copy, its default detectors giving way to the source's.
        const auto good = runKestrel({"workspace", "copy", m_demo, url("prepared")});
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QCOMPARE(pg::summariseWorkspace(WorkspaceUrl::parse(url("prepared").toStdString())),
                 pg::summariseWorkspace(WorkspaceUrl::parse(m_demo.toStdString())));
    }

    // A copy into SQLite that fails after the new file was made leaves no file.
    void failedCopyIntoSqliteLeavesNoFile()
    {
        QCOMPARE(runKestrel({"workspace", "create-team", url("extra")}).exitCode, 0);
        pg::Connection c(conninfo());
        c.exec("ALTER TABLE extra.runs ADD COLUMN added_by_hand text");
        const QString out = m_dir.filePath("never.kestrel");
        const auto r = runKestrel({"workspace", "copy", url("extra"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("different columns"), qPrintable(r.err));
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QVERIFY2(!QFile::exists(out + suffix), suffix);
    }

    void futureSchemaVersionIsRefused()
    {
        QCOMPARE(runKestrel({"workspace", "create-team", url("future")}).exitCode, 0);
        pg::Connection c(conninfo());
        const int next = pg::currentSchemaVersion() + 1;
        c.query("INSERT INTO future.kestrel_schema_version VALUES ($1, 0)", {std::to_string(next)});

        const QString out = m_dir.filePath("from-future.kestrel");
        const auto from = runKestrel({"workspace", "copy", url("future"), out});
        QCOMPARE(from.exitCode, 1);
        QVERIFY2(from.err.contains("newer than this Kestrel"), qPrintable(from.err));
        QVERIFY(!QFile::exists(out));
        const auto into = runKestrel({"workspace", "copy", m_demo, url("future")});
        QCOMPARE(into.exitCode, 1);
        QVERIFY2(into.err.contains("newer than this Kestrel"), qPrintable(into.err));
        QCOMPARE(c.queryInt("SELECT max(version) FROM future.kestrel_schema_version"),
                 std::optional<std::int64_t>(next));
        QCOMPARE(c.queryInt("SELECT count(*) FROM future.runs"), std::optional<std::int64_t>(0));
    }

    void missingServerIsNamed()
    {
        const QString nowhere = test::PgServer::unusedUrl();
        for (const QStringList& args : {QStringList{"workspace", "create-team", nowhere},
                                        QStringList{"workspace", "copy", m_demo, nowhere}}) {
            const auto r = runKestrel(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("Cannot connect to the PostgreSQL server at 127.0.0.1:"),
                     qPrintable(r.err));
        }
    }

    void passwordInTheUrlIsRefused()
    {
        const QString withPassword =
            QStringLiteral("postgresql://kestrel:hunter2@127.0.0.1:%1/postgres?schema=pw")
                .arg(m_server.port());
        const auto r = runKestrel({"workspace", "create-team", withPassword});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("PGPASSWORD"), qPrintable(r.err));
        QVERIFY(!r.err.contains("hunter2") && !r.out.contains("hunter2"));
    }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "TestPgCli.moc"
