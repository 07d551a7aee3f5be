// The duration quantiles and accuracy spread of RunAggregates on data made to
// trip a bucketed computation (ServerQuantiles on PostgreSQL): long runs of
// ties, zeros, durations exactly on bucket edges, NULLs, a model with one
// run, a filter with arguments. Expected values: stats::quantile and
// stats::tInterval over the same values, read back from the workspace.
#include "core/runs/RunAggregates.h"
#include "core/runs/RunStore.h"
#include "core/stats/Descriptive.h"
#include "core/stats/Intervals.h"
#include "core/workspace/Workspace.h"
#include "common/TestBackend.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <random>

using namespace kestrel;
using namespace kestrel::runs;

namespace {

bool near(const std::optional<double>& a, const std::optional<double>& b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return std::fabs(*a - *b) <= std::max(1e-12, 1e-12 * std::fabs(*b));
}

QString show(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("none");
}

#define CHECK_SAME(actual, expected)                                                               \
    QVERIFY2(                                                                                      \
        near((actual), (expected)),                                                                \
        qPrintable(QString("%1 = %2, expected %3").arg(#actual, show(actual), show(expected))))

struct Expected
{
    std::vector<double> durations;
    std::vector<double> accuracies;
};

} // namespace

class TestEdgeQuantiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    std::map<std::string, Expected> m_models; // every run, by model
    Expected m_all;

    void insert(RunStore::Inserter& inserter, const std::string& model, EpochMs t,
                std::optional<double> duration, std::optional<double> accuracy,
                const char* status = "completed")
    {
        RunRecord r;
        r.model = model;
        r.symbol = "NSE:TCS";
        r.startedAt = t;
        r.createdAt = t;
        r.status = status;
        r.durationSec = duration;
        r.accuracy = accuracy;
        r.dataSource = "yahoo";
        inserter.add(r);
        Expected& e = m_models[model];
        if (duration) {
            e.durations.push_back(*duration);
            m_all.durations.push_back(*duration);
        }
        if (accuracy) {
            e.accuracies.push_back(*accuracy);
            m_all.accuracies.push_back(*accuracy);
        }
    }

    void checkModels(RunAggregates& aggregates, const RunFilter& filter,
                     const std::map<std::string, Expected>& expected)
    {
        const std::vector<ModelStats> models = aggregates.compareModels(filter);
        QCOMPARE(models.size(), expected.size());
        for (const ModelStats& m : models) {
            const Expected& e = expected.at(m.model);
            CHECK_SAME(m.p50Duration, stats::quantile(e.durations, 0.5));
            CHECK_SAME(m.p95Duration, stats::quantile(e.durations, 0.95));
            CHECK_SAME(m.meanAccuracy, stats::mean(e.accuracies));
            // The t interval carries the accuracies' spread (sd, ddof 1).
            const auto ci = stats::tInterval(e.accuracies);
            QCOMPARE(m.accuracyInterval.has_value(), ci.has_value());
            if (ci) {
                CHECK_SAME(std::optional<double>(m.accuracyInterval->low), ci->low);
                CHECK_SAME(std::optional<double>(m.accuracyInterval->high), ci->high);
            }
        }
    }

private slots:
    void initTestCase()
    {
        KESTREL_START_BACKEND();
        QVERIFY(m_dir.isValid());
        m_ws = workspace::Workspace::open(test::newWorkspace(m_dir, "edges"));
        workspace::Transaction tx(m_ws->db());
        RunStore::Inserter inserter(m_ws->db());
        std::mt19937_64 random(7);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        EpochMs t = 1'780'000'000'000;
        // Ties: 3000 runs on a quarter-second grid, zeros among them.
        for (int i = 0; i < 3000; ++i)
            insert(inserter, "Ties", t += 60'000, std::floor(unit(random) * 40) / 4,
                   std::round(unit(random) * 20) / 20);
        // Durations exactly on the edges of the square-root buckets, some twice.
        for (int k = 0; k < 400; ++k) {
            const double edge = (k / 16.0) * (k / 16.0);
            insert(inserter, "Edges", t += 60'000, edge, unit(random));
            if (k % 3 == 0)
                insert(inserter, "Edges", t += 60'000, edge, std::nullopt);
        }
        // NULL durations and accuracies among spread-out values.
        for (int i = 0; i < 500; ++i)
            insert(inserter, "Sparse", t += 60'000,
                   i % 4 == 0 ? std::nullopt : std::optional<double>(std::exp(unit(random) * 9)),
                   i % 5 == 0 ? std::nullopt : std::optional<double>(unit(random)),
                   i % 7 == 0 ? "failed" : "completed");
        insert(inserter, "Single", t += 60'000, 12.5, 0.75);
        tx.commit();
    }

    void everyModelAndAll()
    {
        RunAggregates aggregates(m_ws->db());
        checkModels(aggregates, {}, m_models);
        const RunSummary s = aggregates.summary({});
        CHECK_SAME(s.p50Duration, stats::quantile(m_all.durations, 0.5));
        CHECK_SAME(s.p95Duration, stats::quantile(m_all.durations, 0.95));
        CHECK_SAME(s.meanDuration, stats::mean(m_all.durations));
        CHECK_SAME(s.meanAccuracy, stats::mean(m_all.accuracies));
    }

    // A filter with arguments, bound in both reads.
    void filteredByModel()
    {
        RunFilter filter;
        filter.models = {"Edges", "Single"};
        RunAggregates aggregates(m_ws->db());
        std::map<std::string, Expected> expected{{"Edges", m_models["Edges"]},
                                                 {"Single", m_models["Single"]}};
        checkModels(aggregates, filter, expected);
        std::vector<double> both = m_models["Edges"].durations;
        both.push_back(12.5);
        CHECK_SAME(aggregates.summary(filter).p95Duration, stats::quantile(both, 0.95));
    }

    // No run selected: nothing, not a failure.
    void emptySelection()
    {
        RunFilter filter;
        filter.models = {"No such model"};
        RunAggregates aggregates(m_ws->db());
        const RunSummary s = aggregates.summary(filter);
        QCOMPARE(s.runs, 0);
        QVERIFY(!s.p50Duration && !s.p95Duration);
        QVERIFY(aggregates.compareModels(filter).empty());
    }
};

QTEST_GUILESS_MAIN(TestEdgeQuantiles)
#include "TestEdgeQuantiles.moc"
