// The PostgreSQL backend layer against a real server: the libpq wrapper, the
// versioned schema, change tokens, and the Dialect's SQL run on SQLite and
// PostgreSQL with the same results.
#include "common/PgServer.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/workspace/Dialect.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceUrl.h"
#include "core/workspace/pg/Connection.h"
#include "core/workspace/pg/Migrations.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <thread>

using namespace kestrel;
using namespace kestrel::workspace;

namespace {

using Rows = std::vector<std::vector<QString>>;

// Numbers compared as numbers: SQLite prints the real 1 as "1.0", PostgreSQL as "1".
QString normalised(const QString& text)
{
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? QString::number(d, 'g', 15) : text;
}

// The same statements on either backend.
class Runner
{
public:
    virtual ~Runner() = default;
    virtual const Dialect& dialect() const = 0;
    virtual void exec(const std::string& sql) = 0;
    virtual Rows query(const std::string& sql, const std::vector<SqlValue>& values) = 0;
};

class SqliteRunner : public Runner
{
public:
    explicit SqliteRunner(const std::string& path) : m_db(path, Database::Access::ReadWriteCreate)
    {
    }
    const Dialect& dialect() const override { return m_dialect; }
    void exec(const std::string& sql) override { m_db.exec(sql); }
    Rows query(const std::string& sql, const std::vector<SqlValue>& values) override
    {
        Statement st = m_db.prepare(sql);
        bindAll(st, values);
        Rows rows;
        while (st.step()) {
            rows.emplace_back();
            for (int i = 0; i < st.columnCount(); ++i)
                rows.back().push_back(
                    st.isNull(i) ? "NULL" : normalised(QString::fromStdString(st.text(i))));
        }
        return rows;
    }

private:
    Database m_db;
    Dialect m_dialect{Backend::Sqlite};
};

class PgRunner : public Runner
{
public:
    explicit PgRunner(const std::string& conninfo) : m_c(conninfo) {}
    const Dialect& dialect() const override { return m_dialect; }
    void exec(const std::string& sql) override { m_c.exec(sql); }
    Rows query(const std::string& sql, const std::vector<SqlValue>& values) override
    {
        std::vector<pg::Param> params;
        for (const SqlValue& v : values)
            params.push_back(toText(v));
        const pg::Result r = m_c.query(sql, params);
        Rows rows;
        for (int row = 0; row < r.rows(); ++row) {
            rows.emplace_back();
            for (int i = 0; i < r.columns(); ++i)
                rows.back().push_back(
                    r.isNull(row, i)
                        ? "NULL"
                        : normalised(QString::fromUtf8(r.text(row, i).data(),
                                                       static_cast<int>(r.text(row, i).size()))));
        }
        return rows;
    }
    pg::Connection& connection() { return m_c; }

private:
    pg::Connection m_c;
    Dialect m_dialect{Backend::Postgres};
};

// What the Dialect builds, run on one backend; the rows of each query in turn.
std::vector<Rows> dialectScenario(Runner& r)
{
    const Dialect& d = r.dialect();
    r.exec("CREATE TABLE items (id " + d.identityKey() + ", name TEXT NOT NULL, score " +
           (d.backend() == Backend::Sqlite ? "REAL" : "DOUBLE PRECISION") + ", grp INTEGER)");
    const std::string insert = d.upsert("items", {"id", "name", "score", "grp"}, {"id"});
    const std::vector<std::vector<SqlValue>> rows = {
        {std::int64_t(1), std::string("beta"), 0.25, std::int64_t(1)},
        {std::int64_t(2), std::string("Alpha"), 0.75, std::int64_t(3)},
        {std::int64_t(3), std::string("alpha"), 0.5, std::int64_t(3)},
        {std::int64_t(4), std::string("gamma"), SqlValue(), std::int64_t(2)},
        {std::int64_t(5), std::string("delta"), 0.9, std::int64_t(1)},
        // The same id again: an update of row 1.
        {std::int64_t(1), std::string("beta"), 0.625, std::int64_t(1)},
    };
    for (const auto& row : rows)
        r.query(insert, row);

    std::vector<Rows> out;
    Filter f(d);
    f.in("grp", {std::int64_t(1), std::int64_t(3)}).atLeast("score", 0.5);
    out.push_back(r.query("SELECT id, name, score FROM items" + f.where() + " ORDER BY " +
                              d.bytewise("name") + " " + d.paging(2, 1),
                          f.values()));
    out.push_back(r.query("SELECT id FROM items ORDER BY id " + d.paging(std::nullopt, 3), {}));
    Filter none(d);
    none.in("grp", {}).equals("name", SqlValue());
    out.push_back(r.query("SELECT count(*) FROM items" + none.where(), none.values()));
    Filter nulls(d);
    nulls.equals("score", SqlValue());
    out.push_back(r.query("SELECT id, " + d.greatest("grp", d.placeholder(1)) + " FROM items" +
                              [&] {
                                  Filter g(d, 2);
                                  g.equals("score", SqlValue());
                                  return g.where();
                              }(),
                          {std::int64_t(7)}));
    out.push_back(r.query("SELECT " + d.nowMs(), {}));
    return out;
}

} // namespace

class TestPgBackend : public QObject
{
    Q_OBJECT

private:
    test::PgServer m_server;
    QTemporaryDir m_dir;

    std::string conninfo(const QString& schema = "public") const
    {
        return WorkspaceUrl::parse(m_server.url(schema).toStdString()).conninfo();
    }

private slots:
    void initTestCase() { KESTREL_START_PG_SERVER(m_server); }

    void parametersAndNulls()
    {
        pg::Connection c(conninfo());
        const pg::Result r = c.query("SELECT $1::bigint + 1, $2::text IS NULL, $3::text",
                                     {"41", std::nullopt, "é\t"});
        QCOMPARE(r.int64(0, 0), 42);
        QCOMPARE(r.text(0, 1), std::string_view("t"));
        QCOMPARE(r.text(0, 2), std::string_view("é\t"));
        QCOMPARE(c.queryInt("SELECT NULL::bigint"), std::optional<std::int64_t>());
    }

    void errorsNameTheStatementAndState()
    {
        pg::Connection c(conninfo());
        try {
            c.exec("SELECT * FROM no_such_table");
            QFAIL("no error");
        } catch (const Error& e) {
            const QString m = e.what();
            QVERIFY2(m.contains("no_such_table") && m.contains("42P01"), e.what());
        }
        QCOMPARE(c.queryInt("SELECT 1"), std::optional<std::int64_t>(1)); // still usable
    }

    void forEachRowReadsEveryRow()
    {
        pg::Connection c(conninfo());
        // Outside a transaction (single-row mode) and inside one (a cursor,
        // with more rows than one fetch).
        for (const bool inTransaction : {false, true}) {
            std::optional<pg::Transaction> t;
            if (inTransaction)
                t.emplace(c);
            std::int64_t sum = 0;
            int calls = 0;
            c.forEachRow("SELECT g FROM generate_series(1, $1::int) g", {"100000"},
                         [&](const pg::Result& r, int row) {
                             sum += r.int64(row, 0);
                             ++calls;
                         });
            QCOMPARE(calls, 100000);
            QCOMPARE(sum, std::int64_t(5000050000));
            QCOMPARE(c.queryInt("SELECT 1"),
                     std::optional<std::int64_t>(1)); // the connection takes more
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        pg::Connection c(conninfo());
        c.exec("CREATE TEMP TABLE t (v bigint)");
        {
            pg::Transaction t(c);
            c.exec("INSERT INTO t VALUES (1)");
            QVERIFY(c.inTransaction());
        }
        QVERIFY(!c.inTransaction());
        QCOMPARE(c.queryInt("SELECT count(*) FROM t"), std::optional<std::int64_t>(0));
        {
            pg::Transaction t(c);
            c.exec("INSERT INTO t VALUES (2)");
            t.commit();
        }
        QCOMPARE(c.queryInt("SELECT sum(v) FROM t"), std::optional<std::int64_t>(2));
    }

    void copyInKeepsEveryCharacter()
    {
        pg::Connection c(conninfo());
        c.exec("CREATE TEMP TABLE t (n bigint, s text, x double precision)");
        const std::vector<std::string> texts = {"tab\there", "line\nbreak", "back\\slash\\N",
                                                "cr\rx",     "ünï ✓",       ""};
        {
            pg::CopyIn copy(c, "t", {"n", "s", "x"});
            for (std::size_t i = 0; i < texts.size(); ++i) {
                copy.field(std::to_string(i));
                copy.field(texts[i]);
                copy.field("0.1");
                copy.endRow();
            }
            copy.field("99");
            copy.null();
            copy.null();
            copy.endRow();
            QCOMPARE(copy.finish(), std::int64_t(texts.size() + 1));
        }
        const pg::Result r = c.query("SELECT s, x FROM t ORDER BY n");
        for (std::size_t i = 0; i < texts.size(); ++i)
            QCOMPARE(std::string(r.text(static_cast<int>(i), 0)), texts[i]);
        QCOMPARE(r.real(0, 1), 0.1);
        QVERIFY(r.isNull(static_cast<int>(texts.size()), 0));
    }

    void copyInAbortedStoresNothing()
    {
        pg::Connection c(conninfo());
        c.exec("CREATE TEMP TABLE t (n bigint)");
        {
            pg::CopyIn copy(c, "t", {"n"});
            copy.field("1");
            copy.endRow();
        } // not finished
        QCOMPARE(c.queryInt("SELECT count(*) FROM t"), std::optional<std::int64_t>(0));
    }

    void cancelStopsARunningStatement()
    {
        pg::Connection c(conninfo());
        QString failure;
        QElapsedTimer clock;
        clock.start();
        std::thread worker([&] {
            try {
                c.exec("SELECT pg_sleep(30)");
            } catch (const Error& e) {
                failure = e.what();
            }
        });
        // Cancel once the statement runs on the server.
        pg::Connection watcher(conninfo());
        while (clock.elapsed() < 10'000 &&
               !watcher
                    .queryInt(
                        "SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' "
                        "AND state = 'active'")
                    .value_or(0))
            QThread::msleep(20);
        QVERIFY(c.cancel());
        worker.join();
        QVERIFY2(failure.contains("57014"), qPrintable(failure));
        QVERIFY2(clock.elapsed() < 10'000, "the cancel did not reach the server");
    }

    void listenReceivesNotifications()
    {
        pg::Connection a(conninfo());
        pg::Connection b(conninfo());
        a.listen("kestrel_test");
        QVERIFY(a.waitForNotifications(0).empty());
        b.exec("NOTIFY kestrel_test, 'hello'");
        const auto got = a.waitForNotifications(2000);
        QCOMPARE(got.size(), std::size_t(1));
        QCOMPARE(got[0].channel, std::string("kestrel_test"));
        QCOMPARE(got[0].payload, std::string("hello"));
    }

    // The PostgreSQL schema has the SQLite workspace's tables, columns (of the
    // same kind) and indexes.
    void createdSchemaMatchesTheSqliteSchema()
    {
        pg::Connection c(conninfo());
        pg::createSchema(c, "same");
        QCOMPARE(pg::inspectSchema(c, "same").version, pg::currentSchemaVersion());
        auto ws = Workspace::create(m_dir.filePath("same.kestrel").toStdString());

        std::set<std::string> sqliteColumns;
        Statement st = ws->db().prepare("SELECT m.name, p.name, upper(p.type) FROM sqlite_schema "
                                        "m, pragma_table_info(m.name) p "
                                        "WHERE m.type = 'table'");
        while (st.step()) {
            const std::string type = st.text(2);
            sqliteColumns.insert(st.text(0) + "." + st.text(1) + ":" +
                                 (type == "INTEGER" ? "int"
                                  : type == "REAL"  ? "real"
                                                    : "text"));
        }
        std::set<std::string> pgColumns;
        const pg::Result r =
            c.query("SELECT table_name, column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = 'same' AND table_name <> 'kestrel_schema_version'");
        for (int i = 0; i < r.rows(); ++i) {
            const std::string_view type = r.text(i, 2);
            pgColumns.insert(std::string(r.text(i, 0)) + "." + std::string(r.text(i, 1)) + ":" +
                             (type == "bigint"             ? "int"
                              : type == "double precision" ? "real"
                                                           : "text"));
        }
        QCOMPARE(pgColumns, sqliteColumns);

        std::set<std::string> sqliteIndexes;
        Statement ix = ws->db().prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL");
        while (ix.step())
            sqliteIndexes.insert(ix.text(0));
        std::set<std::string> pgIndexes;
        const pg::Result pi =
            c.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'same' "
                    "AND indexname NOT LIKE '%pkey' AND indexname NOT LIKE '%_key'");
        for (int i = 0; i < pi.rows(); ++i)
            pgIndexes.insert(std::string(pi.text(i, 0)));
        QCOMPARE(pgIndexes, sqliteIndexes);
        // The same default detectors, in the same order.
        const std::string seeds =
            "SELECT id || '|' || name || '|' || metrics || '|' || algorithm || '|' || "
            "detection_config || '|' || threshold_config || '|' || schedule_minutes "
            "FROM detector_configs ORDER BY id";
        std::vector<std::string> sqliteSeeds;
        for (Statement sd = ws->db().prepare(seeds); sd.step();)
            sqliteSeeds.push_back(sd.text(0));
        c.exec("SET search_path TO same");
        std::vector<std::string> pgSeeds;
        const pg::Result ps = c.query(seeds);
        for (int i = 0; i < ps.rows(); ++i)
            pgSeeds.emplace_back(ps.text(i, 0));
        QCOMPARE(sqliteSeeds.size(), std::size_t(6));
        QCOMPARE(pgSeeds, sqliteSeeds);
        QVERIFY(std::abs(*c.queryInt("SELECT max(created_at) FROM detector_configs") - nowMs()) <
                60'000);
    }

    void createRefusesASchemaThatHoldsTables()
    {
        pg::Connection c(conninfo());
        c.exec("CREATE SCHEMA other; CREATE TABLE other.orders (id bigint)");
        try {
            pg::createSchema(c, "other");
            QFAIL("created");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("not a Kestrel workspace"), e.what());
        }
        QVERIFY(!c.queryInt(
            "SELECT 1 FROM pg_tables WHERE schemaname = 'other' AND tablename = 'runs'"));
        QCOMPARE(pg::inspectSchema(c, "other").state, pg::SchemaInfo::State::Foreign);

        pg::createSchema(c, "twice");
        try {
            pg::createSchema(c, "twice");
            QFAIL("created twice");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("already holds a Kestrel team workspace"),
                     e.what());
        }
    }

    void futureVersionIsRefusedAndNotWritten()
    {
        pg::Connection c(conninfo());
        pg::createSchema(c, "future");
        const int next = pg::currentSchemaVersion() + 1;
        c.query("INSERT INTO future.kestrel_schema_version VALUES ($1, 0)", {std::to_string(next)});
        const auto tables =
            c.queryInt("SELECT count(*) FROM pg_tables WHERE schemaname = 'future'");
        try {
            pg::openSchema(c, "future");
            QFAIL("opened");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("newer than this Kestrel"), e.what());
        }
        QCOMPARE(c.queryInt("SELECT max(version) FROM future.kestrel_schema_version"),
                 std::optional<std::int64_t>(next));
        QCOMPARE(c.queryInt("SELECT count(*) FROM pg_tables WHERE schemaname = 'future'"), tables);
        // The versions applied by createSchema plus the future one: nothing added.
        QCOMPARE(c.queryInt("SELECT count(*) FROM future.kestrel_schema_version"),
                 std::optional<std::int64_t>(next));
    }

    // Another connection's commit moves the change token and notifies.
    void changesMoveTheTokenAndNotify()
    {
        pg::Connection setup(conninfo());
        pg::createSchema(setup, "live");
        pg::Connection watcher(conninfo("live"));
        QCOMPARE(pg::openSchema(watcher, "live"), pg::currentSchemaVersion());
        const Dialect d(Backend::Postgres);
        watcher.listen(Dialect::changeChannel("live"));
        const auto before = watcher.queryInt(d.changeTokenQuery());
        QVERIFY(before);

        pg::Connection writer(conninfo("live"));
        writer.query(d.upsert("settings", {"key", "value"}, {"key"}), {"theme", "dark"});
        const auto got = watcher.waitForNotifications(2000);
        QCOMPARE(got.size(), std::size_t(1));
        QCOMPARE(got[0].payload, std::string("settings"));
        QVERIFY(*watcher.queryInt(d.changeTokenQuery()) > *before);
    }

    // One builder output, the same rows on SQLite and on PostgreSQL.
    void dialectGivesTheSameResultsOnBothBackends()
    {
        SqliteRunner sqlite(m_dir.filePath("dialect.sqlite").toStdString());
        PgRunner pgRunner(conninfo());
        pgRunner.connection().exec("CREATE SCHEMA dialect; SET search_path TO dialect");
        const std::vector<Rows> a = dialectScenario(sqlite);
        const std::vector<Rows> b = dialectScenario(pgRunner);
        QCOMPARE(a.size(), b.size());
        // Filter, IN list, byte order (upper case first) and paging.
        QCOMPARE(a[0], (Rows{{"3", "alpha", "0.5"}, {"1", "beta", "0.625"}}));
        QCOMPARE(b[0], a[0]);
        QCOMPARE(a[1], (Rows{{"4"}, {"5"}}));
        QCOMPARE(b[1], a[1]);
        QCOMPARE(a[2], (Rows{{"0"}}));
        QCOMPARE(b[2], a[2]);
        QCOMPARE(a[3], (Rows{{"4", "7"}}));
        QCOMPARE(b[3], a[3]);
        for (const Rows& now : {a[4], b[4]})
            QVERIFY2(std::abs(now[0][0].toLongLong() - nowMs()) < 60'000, qPrintable(now[0][0]));
    }
};

QTEST_GUILESS_MAIN(TestPgBackend)
#include "TestPgBackend.moc"
