// RunAggregates against pandas/statsmodels/scipy on a fixed fixture
// (tests/data/runs_agg/make_reference.py wrote runs.jsonl and reference.json).
#include "core/common/Json.h"
#include "core/runs/ErrorTemplate.h"
#include "core/runs/RunAggregates.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "common/TestBackend.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace kestrel;
using namespace kestrel::runs;

namespace {

// Means, quantiles and Wilson bounds agree to 1e-9 relative; the t bounds
// are limited by scipy's own t.ppf accuracy (a few 1e-10, see TestStats).
constexpr double kRel = 1e-9;

bool near(double a, double b)
{
    return std::fabs(a - b) <= std::max(1e-12, kRel * std::fabs(b));
}

#define CHECK_NEAR(actual, expected)                                                               \
    QVERIFY2(near((actual), (expected)), qPrintable(QString("%1 = %2, expected %3")                \
                                                        .arg(#actual)                              \
                                                        .arg((actual), 0, 'g', 17)                 \
                                                        .arg((expected), 0, 'g', 17)))

void checkOpt(const std::optional<double>& actual, const Json& expected, const char* what)
{
    if (expected.is_null()) {
        QVERIFY2(!actual.has_value(), what);
        return;
    }
    QVERIFY2(actual.has_value(), what);
    QVERIFY2(near(*actual, expected.get<double>()),
             qPrintable(QString("%1 = %2, expected %3")
                            .arg(what)
                            .arg(*actual, 0, 'g', 17)
                            .arg(expected.get<double>(), 0, 'g', 17)));
}

Json readReference()
{
    std::ifstream in(KESTREL_TEST_DATA_DIR "/runs_agg/reference.json");
    return Json::parse(in);
}

std::optional<double> optional(const Json& j)
{
    if (j.is_null())
        return std::nullopt;
    return j.get<double>();
}

} // namespace

class TestRunAggregates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    Json m_ref;
    std::int64_t m_parallelThreshold = RunAggregates::kDefaultParallelRows;

    void checkDays(const std::vector<DayStats>& days, const Json& ref)
    {
        QCOMPARE(days.size(), ref.size());
        for (std::size_t i = 0; i < days.size(); ++i) {
            const Json& r = ref[i];
            QCOMPARE(days[i].day, r["day"].get<EpochMs>());
            QCOMPARE(days[i].completed, r["completed"].get<std::int64_t>());
            QCOMPARE(days[i].failed, r["failed"].get<std::int64_t>());
            QCOMPARE(days[i].running, r["running"].get<std::int64_t>());
            QCOMPARE(days[i].cancelled, r["cancelled"].get<std::int64_t>());
            checkOpt(days[i].p50Duration, r["p50_duration"], "day p50");
            checkOpt(days[i].p95Duration, r["p95_duration"], "day p95");
        }
    }

    void checkProfile(const TimeProfile& profile, const Json& ref)
    {
        checkDays(profile.days, ref["per_day"]);
        const Json& hours = ref["model_hours"];
        QCOMPARE(profile.modelHours.size(), hours.size());
        for (std::size_t i = 0; i < hours.size(); ++i) {
            const ModelHour& h = profile.modelHours[i];
            const Json& r = hours[i];
            QCOMPARE(h.model, r["model"].get<std::string>());
            QCOMPARE(h.start, r["start"].get<EpochMs>());
            QCOMPARE(h.runs, r["runs"].get<std::int64_t>());
            QCOMPARE(h.failed, r["failed"].get<std::int64_t>());
            QCOMPARE(h.durations, r["durations"].get<std::int64_t>());
            QCOMPARE(h.accuracies, r["accuracies"].get<std::int64_t>());
            QCOMPARE(h.memories, r["memories"].get<std::int64_t>());
            CHECK_NEAR(h.durationSum, r["duration_sum"].get<double>());
            CHECK_NEAR(h.accuracySum, r["accuracy_sum"].get<double>());
            CHECK_NEAR(h.memorySum, r["memory_sum"].get<double>());
        }
    }

    // With `profileFirst`, timeProfile() reads the rows and summary() and
    // compareModels() answer from what it read.
    void compare(const RunFilter& filter, const Json& ref, bool profileFirst = false)
    {
        RunAggregates agg(m_ws->db());
        agg.setParallelThreshold(m_parallelThreshold);
        if (profileFirst)
            checkProfile(agg.timeProfile(filter), ref);

        const RunSummary s = agg.summary(filter);
        const Json& rs = ref["summary"];
        QCOMPARE(s.runs, rs["runs"].get<std::int64_t>());
        QCOMPARE(s.completed, rs["completed"].get<std::int64_t>());
        QCOMPARE(s.failed, rs["failed"].get<std::int64_t>());
        QCOMPARE(s.running, rs["running"].get<std::int64_t>());
        QCOMPARE(s.cancelled, rs["cancelled"].get<std::int64_t>());
        checkOpt(s.successRate, rs["success_rate"], "success rate");
        checkOpt(s.meanDuration, rs["mean_duration"], "mean duration");
        checkOpt(s.p50Duration, rs["p50_duration"], "p50 duration");
        checkOpt(s.p95Duration, rs["p95_duration"], "p95 duration");
        checkOpt(s.meanAccuracy, rs["mean_accuracy"], "mean accuracy");

        const auto models = agg.compareModels(filter);
        QCOMPARE(models.size(), ref["models"].size());
        for (std::size_t i = 0; i < models.size(); ++i) {
            const ModelStats& m = models[i];
            const Json& r = ref["models"][i];
            QCOMPARE(m.model, r["model"].get<std::string>());
            QCOMPARE(m.runs, r["runs"].get<std::int64_t>());
            QCOMPARE(m.failed, r["failed"].get<std::int64_t>());
            CHECK_NEAR(*m.successRate, r["success_rate"].get<double>());
            CHECK_NEAR(m.successInterval->low, r["success_low"].get<double>());
            CHECK_NEAR(m.successInterval->high, r["success_high"].get<double>());
            CHECK_NEAR(*m.meanAccuracy, r["mean_accuracy"].get<double>());
            CHECK_NEAR(m.accuracyInterval->low, r["accuracy_low"].get<double>());
            CHECK_NEAR(m.accuracyInterval->high, r["accuracy_high"].get<double>());
            CHECK_NEAR(*m.p50Duration, r["p50_duration"].get<double>());
            CHECK_NEAR(*m.p95Duration, r["p95_duration"].get<double>());
            QCOMPARE(m.rank, r["rank"].get<int>());
        }

        checkDays(agg.perDay(filter), ref["per_day"]);

        const auto acc = agg.accuracyPerModelDay(filter);
        QCOMPARE(acc.size(), ref["accuracy_model_day"].size());
        for (std::size_t i = 0; i < acc.size(); ++i) {
            const Json& r = ref["accuracy_model_day"][i];
            QCOMPARE(acc[i].model, r["model"].get<std::string>());
            QCOMPARE(acc[i].day, r["day"].get<EpochMs>());
            QCOMPARE(acc[i].runs, r["runs"].get<std::int64_t>());
            CHECK_NEAR(acc[i].meanAccuracy, r["mean_accuracy"].get<double>());
        }

        const auto patterns = agg.errorPatterns(filter);
        QCOMPARE(patterns.size(), ref["error_patterns"].size());
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            const ErrorPattern& p = patterns[i];
            const Json& r = ref["error_patterns"][i];
            QCOMPARE(p.templateText, r["template"].get<std::string>());
            QCOMPARE(p.count, r["count"].get<std::int64_t>());
            QCOMPARE(p.firstSeen, r["first_seen"].get<EpochMs>());
            QCOMPARE(p.lastSeen, r["last_seen"].get<EpochMs>());
            QCOMPARE(p.byModel, (r["by_model"].get<std::map<std::string, std::int64_t>>()));
            QCOMPARE(p.bySymbol, (r["by_symbol"].get<std::map<std::string, std::int64_t>>()));
            QCOMPARE(p.byDataSource, (r["by_source"].get<std::map<std::string, std::int64_t>>()));
            QCOMPARE(errorTemplate(p.example), p.templateText);
        }
        // The limit keeps the most frequent.
        const auto top = agg.errorPatterns(filter, 2);
        QCOMPARE(top.size(), std::min<std::size_t>(2, patterns.size()));
        if (!top.empty())
            QCOMPARE(top[0].templateText, patterns[0].templateText);
    }

private slots:
    void initTestCase()
    {
        KESTREL_START_BACKEND();
        QVERIFY(m_dir.isValid());
        m_ref = readReference();
        m_ws = workspace::Workspace::open(test::newWorkspace(m_dir, "agg"));
        std::ifstream in(KESTREL_TEST_DATA_DIR "/runs_agg/runs.jsonl");
        QVERIFY(in.good());
        workspace::Transaction tx(m_ws->db());
        RunStore::Inserter inserter(m_ws->db());
        std::string line;
        while (std::getline(in, line)) {
            const Json j = Json::parse(line);
            RunRecord r;
            r.model = j["model"].get<std::string>();
            r.symbol = j["symbol"].get<std::string>();
            r.startedAt = j["time"].get<EpochMs>();
            r.status = j["status"].get<std::string>();
            r.durationSec = optional(j["duration"]);
            r.accuracy = optional(j["accuracy"]);
            r.confidence = optional(j["confidence"]);
            r.errorMessage = j["error"].get<std::string>();
            r.dataSource = j["source"].get<std::string>();
            r.memoryMb = optional(j["memory"]);
            r.createdAt = r.startedAt;
            inserter.add(r);
        }
        tx.commit();
    }

    void everything()
    {
        compare(RunFilter{}, m_ref["all"]);
        compare(RunFilter{}, m_ref["all"], true);
    }

    void filtered() { everythingFiltered(); }

private:
    void everythingFiltered()
    {
        const Json& ref = m_ref["filtered"];
        RunFilter f;
        f.from = ref["from"].get<EpochMs>();
        f.to = ref["to"].get<EpochMs>();
        f.models = ref["filter_models"].get<std::vector<std::string>>();
        compare(f, ref);
        compare(f, ref, true);
    }

private slots:

    // The same numbers when the scan runs in two halves on two connections.
    void parallelScanAgrees()
    {
        m_parallelThreshold = 0;
        compare(RunFilter{}, m_ref["all"]);
        compare(RunFilter{}, m_ref["all"], true);
        everythingFiltered();
        m_parallelThreshold = RunAggregates::kDefaultParallelRows;
    }

    void cacheSeesNewRuns()
    {
        // summary() reuses the scan of compareModels(); a run added since must still count.
        RunAggregates agg(m_ws->db());
        const RunFilter all;
        const auto before = agg.summary(all);
        agg.compareModels(all);
        RunRecord r;
        r.model = "Late Model";
        r.startedAt = m_ref["all"]["per_day"][0]["day"].get<EpochMs>() + 1000;
        r.status = "failed";
        r.errorMessage = "Late failure 'x'";
        RunStore(m_ws->db()).insert(r);
        const auto after = agg.summary(all);
        QCOMPARE(after.runs, before.runs + 1);
        QCOMPARE(after.failed, before.failed + 1);
        // And a run added by another connection.
        workspace::Database other = workspace::Workspace::connect(m_ws->path());
        RunStore(other).insert(r);
        QCOMPARE(agg.summary(all).runs, before.runs + 2);
        QCOMPARE(agg.compareModels(all).size(), m_ref["all"]["models"].size() + 1);
    }

    void emptySelection()
    {
        RunAggregates agg(m_ws->db());
        RunFilter f;
        f.models = {"no such model"};
        const auto s = agg.summary(f);
        QCOMPARE(s.runs, std::int64_t(0));
        QVERIFY(!s.successRate && !s.meanDuration && !s.p95Duration && !s.meanAccuracy);
        QVERIFY(agg.compareModels(f).empty());
        QVERIFY(agg.perDay(f).empty());
        const TimeProfile profile = agg.timeProfile(f);
        QVERIFY(profile.days.empty() && profile.modelHours.empty());
        QVERIFY(agg.accuracyPerModelDay(f).empty());
        QVERIFY(agg.errorPatterns(f).empty());
    }
};

QTEST_GUILESS_MAIN(TestRunAggregates)
#include "TestRunAggregates.moc"
