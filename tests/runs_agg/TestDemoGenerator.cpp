// The demo workspace: deterministic, realistic in shape, and its planted
// incidents visible in the data they claim to be in.
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/ErrorTemplate.h"
#include "core/runs/RunAggregates.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "common/TestBackend.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace kestrel;
using namespace kestrel::runs;
using workspace::Database;
using workspace::Statement;
using workspace::Workspace;

namespace {

const EpochMs kEnd = *parseTime("2026-11-01T12:00:00Z");

QByteArray contentHash(Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* sql :
         {"SELECT * FROM runs ORDER BY id", "SELECT * FROM demo_incidents ORDER BY id",
          "SELECT * FROM prices ORDER BY symbol, day"}) {
        Statement st = db.prepare(sql);
        while (st.step())
            for (int c = 0; c < st.columnCount(); ++c) {
                const auto v = st.textView(c);
                h.addData(QByteArrayView(v.data(), static_cast<qsizetype>(v.size())));
                h.addData("\x1f");
            }
    }
    return h.result();
}

double queryReal(Database& db, const std::string& sql,
                 std::initializer_list<std::int64_t> args = {})
{
    Statement st = db.prepare(sql);
    int i = 1;
    for (auto a : args)
        st.bind(i++, a);
    if (!st.step() || st.isNull(0))
        return std::nan("");
    return st.real(0);
}

struct Incident
{
    std::string model;
    std::string metric;
    EpochMs start = 0;
    EpochMs end = 0;
    std::string source;
};

std::multimap<std::string, Incident> incidents(Database& db)
{
    std::multimap<std::string, Incident> out;
    Statement st = db.prepare(
        "SELECT type, model_name, metric, start_time, end_time, data_source FROM demo_incidents");
    while (st.step())
        out.emplace(st.text(0),
                    Incident{st.text(1), st.text(2), st.int64(3), st.int64(4), st.text(5)});
    return out;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_full; // the default 100,000-run demo
    double m_seconds = 0;

    std::unique_ptr<Workspace> generate(const QString& name, DemoOptions options)
    {
        auto ws = Workspace::open(test::newWorkspace(m_dir, QString(name).remove(".kestrel")));
        Feedback none;
        generateDemo(ws->db(), options, none);
        return ws;
    }

private slots:
    void initTestCase()
    {
        KESTREL_START_BACKEND();
        QVERIFY(m_dir.isValid());
        DemoOptions o;
        o.end = kEnd;
        QElapsedTimer timer;
        timer.start();
        m_full = generate("full.kestrel", o);
        m_seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        qInfo("100,000-run demo generated in %.2f s", m_seconds);
    }

    void deterministicFromSeed()
    {
        DemoOptions o;
        o.end = kEnd;
        o.runs = 5000;
        o.seed = 7;
        auto a = generate("a.kestrel", o);
        auto b = generate("b.kestrel", o);
        o.seed = 8;
        auto c = generate("c.kestrel", o);
        QCOMPARE(contentHash(a->db()), contentHash(b->db()));
        QVERIFY(contentHash(a->db()) != contentHash(c->db()));
    }

    // The generator writes the same runs, incidents and prices on both
    // backends (a COPY on PostgreSQL, prepared inserts on SQLite), so what the
    // SQLite run of this suite checks of their shape holds for both.
    void sameRowsOnBothBackends()
    {
        if (!test::onPostgres())
            QSKIP("compares a PostgreSQL demo with a SQLite one: the PostgreSQL run does it");
        DemoOptions o;
        o.end = kEnd;
        o.runs = 3000;
        o.seed = 11;
        o.priceDays = 40;
        auto team = generate("same", o);
        auto file = Workspace::create(m_dir.filePath("same.kestrel").toStdString());
        Feedback none;
        generateDemo(file->db(), o, none);
        std::vector<RunRecord> a;
        std::vector<RunRecord> b;
        const RunSort byId{RunSortColumn::Id, false};
        RunStore(team->db()).forEach({}, byId, [&](const RunRecord& r) {
            a.push_back(r);
            return true;
        });
        RunStore(file->db()).forEach({}, byId, [&](const RunRecord& r) {
            b.push_back(r);
            return true;
        });
        QCOMPARE(a.size(), std::size_t(3000));
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].id, b[i].id);
            QCOMPARE(runFingerprint(a[i]), runFingerprint(b[i]));
            QCOMPARE(a[i].createdAt, b[i].createdAt);
        }
        for (const char* sql :
             {"SELECT COUNT(*) FROM prices", "SELECT COUNT(*) FROM demo_incidents",
              "SELECT COUNT(DISTINCT error_template) FROM runs"})
            QCOMPARE(team->db().queryInt(sql), file->db().queryInt(sql));
    }

    void shape()
    {
        if (test::onPostgres())
            QSKIP("checks the rows with SQLite's json_valid() and strftime(); "
                  "sameRowsOnBothBackends shows the PostgreSQL demo holds the same rows");
        Database& db = m_full->db();
        QCOMPARE(*db.queryInt("SELECT COUNT(*) FROM runs"), std::int64_t(100'000));
        QVERIFY(*db.queryInt("SELECT MIN(execution_time) FROM runs") >= kEnd - 90 * kMsPerDay);
        QVERIFY(*db.queryInt("SELECT MAX(execution_time) FROM runs") < kEnd);
        QVERIFY(*db.queryInt("SELECT MIN(execution_time) FROM runs") < kEnd - 89 * kMsPerDay);
        QCOMPARE(*db.queryInt("SELECT COUNT(DISTINCT model_name) FROM runs"), std::int64_t(5));
        QVERIFY(*db.queryInt("SELECT COUNT(DISTINCT symbol) FROM runs") >= 40);
        QCOMPARE(*db.queryInt("SELECT COUNT(DISTINCT data_source) FROM runs"), std::int64_t(3));
        for (const char* m :
             {"Stock Price Prediction", "BTST", "Options Chain Analysis", "Sector Analysis"}) {
            Statement st = db.prepare("SELECT COUNT(*) FROM runs WHERE model_name = ?");
            st.bind(1, m);
            QVERIFY(st.step() && st.int64(0) > 5000);
        }
        // Every status appears; running runs are the ones still going at the end.
        for (const char* s : {"completed", "failed", "running", "cancelled"}) {
            Statement st = db.prepare("SELECT COUNT(*) FROM runs WHERE status = ?");
            st.bind(1, s);
            QVERIFY2(st.step() && st.int64(0) > 0, s);
        }
        QCOMPARE(*db.queryInt("SELECT COUNT(*) FROM runs WHERE status='running' AND "
                              "execution_duration IS NOT NULL"),
                 std::int64_t(0));
        QCOMPARE(*db.queryInt(
                     "SELECT COUNT(*) FROM runs WHERE status='failed' AND error_message IS NULL"),
                 std::int64_t(0));
        QCOMPARE(
            *db.queryInt("SELECT COUNT(*) FROM runs WHERE status='completed' AND "
                         "(accuracy_score IS NULL OR confidence_level IS NULL OR memory_mb IS NULL "
                         "OR cpu_percent IS NULL OR json_valid(input_parameters) = 0 "
                         "OR json_valid(output_results) = 0)"),
            std::int64_t(0));
        // Weekly rhythm: a weekday carries clearly more runs than a weekend day
        // (strftime %w: 0 = Sunday, 6 = Saturday).
        const double weekday = queryReal(
            db, "SELECT COUNT(*) / 5.0 FROM runs WHERE CAST(strftime('%w', execution_time / 1000, "
                "'unixepoch') AS INTEGER) BETWEEN 1 AND 5");
        const double weekend = queryReal(
            db, "SELECT COUNT(*) / 2.0 FROM runs WHERE CAST(strftime('%w', execution_time / 1000, "
                "'unixepoch') AS INTEGER) IN (0, 6)");
        QVERIFY2(weekday > 2.5 * weekend,
                 qPrintable(QString("%1 vs %2").arg(weekday).arg(weekend)));
        // Daily rhythm: NSE market hours (04-10 UTC) busier than the night (22-24 UTC).
        const double market = queryReal(db, "SELECT COUNT(*) / 6.0 FROM runs WHERE (execution_time "
                                            "% 86400000) / 3600000 BETWEEN 4 AND 9");
        const double night = queryReal(db, "SELECT COUNT(*) / 2.0 FROM runs WHERE (execution_time "
                                           "% 86400000) / 3600000 BETWEEN 22 AND 23");
        QVERIFY(market > 2.5 * night);
        // Confidence follows accuracy.
        const double corr = queryReal(db, R"(
            WITH s AS (SELECT AVG(accuracy_score) ma, AVG(confidence_level) mc FROM runs WHERE accuracy_score IS NOT NULL)
            SELECT SUM((accuracy_score - ma) * (confidence_level - mc)) /
                   sqrt(SUM((accuracy_score - ma) * (accuracy_score - ma)) * SUM((confidence_level - mc) * (confidence_level - mc)))
            FROM runs, s WHERE accuracy_score IS NOT NULL)");
        QVERIFY2(corr > 0.7, qPrintable(QString::number(corr)));
        // Error messages vary but group into a handful of templates.
        const auto messages = *db.queryInt("SELECT COUNT(DISTINCT error_message) FROM runs");
        const auto templates = *db.queryInt("SELECT COUNT(DISTINCT error_template) FROM runs");
        QVERIFY(messages > 1000);
        QVERIFY2(templates >= 6 && templates <= 20, qPrintable(QString::number(templates)));
        QVERIFY2(m_seconds < 30.0, "generation should take seconds");
    }

    void incidentsAreRecordedAndVisible()
    {
        Database& db = m_full->db();
        const auto inc = incidents(db);
        for (const char* type : {"latency_spike", "error_rate_spike", "memory_leak",
                                 "throughput_drop", "performance_degradation"})
            QVERIFY2(inc.count(type) >= 1, type);

        {
            const Incident& i = inc.find("latency_spike")->second;
            QCOMPARE(i.metric, std::string("duration"));
            const double inside =
                queryReal(db,
                          "SELECT AVG(execution_duration) FROM runs WHERE model_name = 'Options "
                          "Chain Analysis' "
                          "AND status = 'completed' AND execution_time >= ? AND execution_time < ?",
                          {i.start, i.end});
            const double outside = queryReal(
                db,
                "SELECT AVG(execution_duration) FROM runs WHERE model_name = 'Options Chain "
                "Analysis' "
                "AND status = 'completed' AND (execution_time < ? OR execution_time >= ?)",
                {i.start, i.end});
            QVERIFY2(inside > 4.0 * outside,
                     qPrintable(QString("%1 vs %2").arg(inside).arg(outside)));
        }
        {
            const auto range = inc.equal_range("error_rate_spike");
            QCOMPARE(std::distance(range.first, range.second), std::ptrdiff_t(5));
            for (auto it = range.first; it != range.second; ++it) {
                const Incident& i = it->second;
                QCOMPARE(i.source, std::string("fyers"));
                Statement st =
                    db.prepare("SELECT AVG(CASE WHEN status = 'failed' THEN 1.0 ELSE 0.0 END) "
                               "FROM runs WHERE model_name = ? AND "
                               "execution_time >= ? AND execution_time < ?");
                st.bind(1, i.model).bind(2, i.start).bind(3, i.end);
                QVERIFY(st.step());
                const double inside = st.real(0);
                Statement out =
                    db.prepare("SELECT AVG(CASE WHEN status = 'failed' THEN 1.0 ELSE 0.0 END) "
                               "FROM runs WHERE model_name = ? AND "
                               "(execution_time < ? OR execution_time >= ?)");
                out.bind(1, i.model).bind(2, i.start).bind(3, i.end);
                QVERIFY(out.step());
                QVERIFY2(inside > 0.2 && inside > 5.0 * out.real(0),
                         qPrintable(QString("%1: %2 vs %3")
                                        .arg(QString::fromStdString(i.model))
                                        .arg(inside)
                                        .arg(out.real(0))));
            }
        }
        {
            const Incident& i = inc.find("memory_leak")->second;
            const double firstDay =
                queryReal(db,
                          "SELECT AVG(memory_mb) FROM runs WHERE model_name = 'Sector Analysis' "
                          "AND execution_time >= ? AND execution_time < ?",
                          {i.start, i.start + kMsPerDay});
            const double lastDay =
                queryReal(db,
                          "SELECT AVG(memory_mb) FROM runs WHERE model_name = 'Sector Analysis' "
                          "AND execution_time >= ? AND execution_time < ?",
                          {i.end - kMsPerDay, i.end});
            const double after =
                queryReal(db,
                          "SELECT AVG(memory_mb) FROM runs WHERE model_name = 'Sector Analysis' "
                          "AND execution_time >= ? AND execution_time < ?",
                          {i.end, i.end + kMsPerDay});
            QVERIFY2(lastDay > firstDay + 1000.0,
                     qPrintable(QString("%1 -> %2").arg(firstDay).arg(lastDay)));
            QVERIFY(after < firstDay + 100.0); // the restart
        }
        {
            const Incident& i = inc.find("throughput_drop")->second;
            QCOMPARE(i.model, std::string("BTST"));
            // The same weekday in the other weeks is the baseline.
            const double inside = queryReal(db,
                                            "SELECT COUNT(*) FROM runs WHERE model_name = 'BTST' "
                                            "AND execution_time >= ? AND execution_time < ?",
                                            {i.start, i.end});
            double others = 0;
            int weeks = 0;
            for (int w = -4; w <= 4; ++w) {
                const EpochMs s = i.start + w * 7 * kMsPerDay;
                if (w == 0 || s < kEnd - 89 * kMsPerDay || s + kMsPerDay > kEnd)
                    continue;
                others += queryReal(db,
                                    "SELECT COUNT(*) FROM runs WHERE model_name = 'BTST' AND "
                                    "execution_time >= ? AND execution_time < ?",
                                    {s, s + kMsPerDay});
                ++weeks;
            }
            QVERIFY(weeks >= 3);
            QVERIFY2(inside < 0.35 * others / weeks,
                     qPrintable(QString("%1 vs %2").arg(inside).arg(others / weeks)));
        }
        {
            const Incident& i = inc.find("performance_degradation")->second;
            QCOMPARE(i.metric, std::string("accuracy"));
            auto meanAcc = [&](EpochMs from, EpochMs to) {
                Statement st = db.prepare("SELECT AVG(accuracy_score) FROM runs WHERE model_name = "
                                          "? AND execution_time >= ? AND execution_time < ?");
                st.bind(1, i.model).bind(2, from).bind(3, to);
                st.step();
                return st.real(0);
            };
            const double before = meanAcc(i.start - 7 * kMsPerDay, i.start);
            const double last = meanAcc(i.end - 2 * kMsPerDay, i.end);
            QVERIFY2(last < before - 0.1, qPrintable(QString("%1 -> %2").arg(before).arg(last)));
        }
    }

    void pricesAreCorrelated()
    {
        Database& db = m_full->db();
        QVERIFY(*db.queryInt("SELECT COUNT(DISTINCT symbol) FROM prices") >= 20);
        QVERIFY(*db.queryInt("SELECT MAX(day) - MIN(day) FROM prices") >= 3 * 365 * kMsPerDay);
        QCOMPARE(*db.queryInt("SELECT COUNT(*) FROM prices WHERE close <= 0"), std::int64_t(0));
        // Mean pairwise correlation of daily log returns is clearly positive.
        std::map<std::string, std::vector<double>> closes;
        Statement st = db.prepare("SELECT symbol, close FROM prices ORDER BY symbol, day");
        while (st.step())
            closes[st.text(0)].push_back(st.real(1));
        std::vector<std::vector<double>> returns;
        for (auto& [symbol, c] : closes) {
            std::vector<double> r;
            for (std::size_t i = 1; i < c.size(); ++i)
                r.push_back(std::log(c[i] / c[i - 1]));
            returns.push_back(std::move(r));
        }
        auto corr = [](const std::vector<double>& a, const std::vector<double>& b) {
            const std::size_t n = std::min(a.size(), b.size());
            double ma = 0, mb = 0;
            for (std::size_t i = 0; i < n; ++i) {
                ma += a[i];
                mb += b[i];
            }
            ma /= n;
            mb /= n;
            double sab = 0, saa = 0, sbb = 0;
            for (std::size_t i = 0; i < n; ++i) {
                sab += (a[i] - ma) * (b[i] - mb);
                saa += (a[i] - ma) * (a[i] - ma);
                sbb += (b[i] - mb) * (b[i] - mb);
            }
            return sab / std::sqrt(saa * sbb);
        };
        double total = 0;
        int pairs = 0;
        for (std::size_t i = 0; i < returns.size(); ++i)
            for (std::size_t j = i + 1; j < returns.size(); ++j) {
                const double c = corr(returns[i], returns[j]);
                QVERIFY(c > 0.0);
                total += c;
                ++pairs;
            }
        QVERIFY2(total / pairs > 0.2, qPrintable(QString::number(total / pairs)));
    }

    void aggregatesRunOnTheDemo()
    {
        RunAggregates agg(m_full->db());
        const auto models = agg.compareModels({});
        QCOMPARE(models.size(), std::size_t(5));
        std::set<int> ranks;
        for (const auto& m : models)
            ranks.insert(m.rank);
        QCOMPARE(ranks, (std::set<int>{1, 2, 3, 4, 5}));
        const auto patterns = agg.errorPatterns({});
        QVERIFY(!patterns.empty());
        // The fyers outage is one of the patterns, all from fyers.
        bool outage = false;
        for (const auto& p : patterns)
            if (p.templateText.rfind("Fyers API error", 0) == 0) {
                outage = true;
                QCOMPARE(p.byDataSource.size(), std::size_t(1));
                QCOMPARE(p.byDataSource.begin()->first, std::string("fyers"));
            }
        QVERIFY(outage);
    }

    void cancelLeavesNothing()
    {
        auto ws = Workspace::open(test::newWorkspace(m_dir, "cancel"));
        std::stop_source stop;
        int reports = 0;
        Feedback feedback(
            [&](double) {
                if (++reports == 3)
                    stop.request_stop();
            },
            stop.get_token());
        DemoOptions o;
        o.end = kEnd;
        QVERIFY_THROWS_EXCEPTION(Cancelled, generateDemo(ws->db(), o, feedback));
        QCOMPARE(*ws->db().queryInt("SELECT COUNT(*) FROM runs"), std::int64_t(0));
        QCOMPARE(*ws->db().queryInt("SELECT COUNT(*) FROM prices"), std::int64_t(0));
    }

    void refusesAWorkspaceWithRuns()
    {
        Feedback none;
        DemoOptions o;
        o.end = kEnd;
        o.runs = 10;
        QVERIFY_THROWS_EXCEPTION(Error, generateDemo(m_full->db(), o, none));
        QCOMPARE(*m_full->db().queryInt("SELECT COUNT(*) FROM runs"), std::int64_t(100'000));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
