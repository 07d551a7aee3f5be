// The AI module's stores (reports, usage ledger, response cache, settings,
// prices, budgets) and the read side of AnalysisService on the backend CTest
// chose: a SQLite file, or a team workspace on PostgreSQL (test_ai_stores_pg).
// Two connections on one workspace stand for two Kestrel processes, or two
// members of a team.
#include "WorkspaceProbe.h"
#include "common/TestBackend.h"

#include "core/ai/AnalysisService.h"
#include "core/ai/Governance.h"
#include "core/ai/PriceTable.h"
#include "core/ai/ReportStore.h"
#include "core/ai/ResponseCache.h"
#include "core/ai/Settings.h"
#include "core/ai/UsageLedger.h"
#include "core/common/Error.h"
#include "core/workspace/CurrentUser.h"
#include "core/workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kestrel;
using namespace kestrel::ai;

namespace {

const EpochMs kDay = *parseTime("2026-11-10T00:00:00Z");

StoredReport report(EpochMs at, const std::string& provider, const std::string& content,
                    std::vector<std::string> types = {"performance_trends"})
{
    StoredReport r;
    r.createdAt = at;
    r.author = "someone else"; // ignored: the store records the acting user
    r.analysisTypes = std::move(types);
    r.timeframe = "7d";
    r.modelFilter = "all";
    r.totalRuns = 42;
    r.content = content;
    r.provider = provider;
    r.models = {provider + ":m1"};
    r.templateName = "run_analysis";
    r.templateVersion = "1.0";
    r.requestHash = "h";
    return r;
}

UsageEntry usage(EpochMs at, const std::string& provider, std::optional<double> cost,
                 bool cached = false, const std::string& outcome = "ok")
{
    UsageEntry e;
    e.time = at;
    e.provider = provider;
    e.model = provider == "builtin" ? "statistics" : "m1";
    e.inputTokens = 1000;
    e.outputTokens = 200;
    e.costUsd = cost;
    e.cached = cached;
    e.durationMs = 1500;
    e.outcome = outcome;
    e.requestHash = "h";
    return e;
}

std::vector<std::int64_t> ids(const std::vector<StoredReport>& reports)
{
    std::vector<std::int64_t> out;
    for (const StoredReport& r : reports)
        out.push_back(r.id);
    return out;
}

} // namespace

class TestAiStores : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<workspace::Workspace> fresh(const QString& name)
    {
        return workspace::Workspace::open(test::newWorkspace(m_dir, name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        KESTREL_START_BACKEND();
    }

    void reportsRoundTripAndFilter()
    {
        auto ws = fresh("reports");
        ReportStore store(ws->db());
        StoredReport full = report(kDay, "anthropic", "# Latency\nOptions Chain rose 40% today");
        full.inputTokens = 1500;
        full.costUsd = 0.0123;
        full.cached = true;
        full.anonymised = true;
        full.analysisTypes = {"performance_trends", "error_analysis"};
        full.answers = Json::array({{{"provider", "anthropic"}, {"text", "x"}}});
        const std::int64_t a = store.save(full);
        const std::int64_t b =
            store.save(report(kDay + 1000, "openai", "under_score and 100_000 runs!"));
        const std::int64_t c = store.save(
            report(kDay + 2000, "builtin", "plain text", {"system_health", "model_comparison"}));
        QVERIFY(a > 0 && b > a && c > b);

        const auto got = store.get(a);
        QVERIFY(got.has_value());
        QCOMPARE(got->author, workspace::actingUser(ws->db()));
        QCOMPARE(got->createdAt, kDay);
        QCOMPARE(got->content, full.content);
        QCOMPARE(got->analysisTypes, full.analysisTypes);
        QCOMPARE(got->models, std::vector<std::string>{"anthropic:m1"});
        QCOMPARE(got->inputTokens.value_or(-1), 1500);
        QVERIFY(!got->outputTokens.has_value());
        QVERIFY(std::fabs(got->costUsd.value_or(-1) - 0.0123) < 1e-15);
        QVERIFY(got->cached && got->anonymised && !got->incomplete);
        QCOMPARE(got->answers.size(), std::size_t(1));
        QVERIFY(!store.get(c + 100).has_value());

        // No condition: every report, newest first; lists carry no content.
        const auto all = store.list({});
        QCOMPARE(ids(all), (std::vector<std::int64_t>{c, b, a}));
        QVERIFY(all.front().content.empty());
        QCOMPARE(store.list({}, true).back().content, full.content);

        ReportQuery q;
        q.from = kDay + 1000;
        QCOMPARE(ids(store.list(q)), (std::vector<std::int64_t>{c, b}));
        q.to = kDay + 2000;
        QCOMPARE(ids(store.list(q)), (std::vector<std::int64_t>{b}));
        q = {};
        q.provider = "builtin";
        QCOMPARE(ids(store.list(q)), (std::vector<std::int64_t>{c}));
        q = {};
        q.limit = 2;
        QCOMPARE(ids(store.list(q)), (std::vector<std::int64_t>{c, b}));

        // Text: case-insensitive, in the content or the models; LIKE's
        // wildcards and the escape character are plain characters ("a%y"
        // would match "Latency" as a pattern, "t_xt" would match "text").
        const std::vector<std::pair<std::string, std::vector<std::int64_t>>> byText = {
            {"OPTIONS chain", {a}}, {"40%", {a}}, {"0%", {a}}, {"r_s", {b}},      {"a%y", {}},
            {"t_xt", {}},           {"S!", {b}},  {"!!", {}},  {"OPENAI:M1", {b}}};
        for (const auto& [text, expected] : byText) {
            q = {};
            q.text = text;
            QVERIFY2(ids(store.list(q)) == expected, text.c_str());
        }
        // An analysis type matches a whole item of the list, not a piece.
        const std::vector<std::pair<std::string, std::vector<std::int64_t>>> byType = {
            {"error_analysis", {a}},
            {"model_comparison", {c}},
            {"performance_trends", {b, a}},
            {"analysis", {}}};
        for (const auto& [type, expected] : byType) {
            q = {};
            q.analysisType = type;
            QVERIFY2(ids(store.list(q)) == expected, type.c_str());
        }
        // All conditions at once.
        q.provider = "anthropic";
        q.text = "latency";
        q.analysisType = "performance_trends";
        q.from = kDay;
        q.to = kDay + 1;
        QCOMPARE(ids(store.list(q)), (std::vector<std::int64_t>{a}));

        QVERIFY(store.remove(b));
        QVERIFY(!store.remove(b));
        QCOMPARE(ids(store.list({})), (std::vector<std::int64_t>{c, a}));
    }

    void ledgerTotalsSpendAndRateWindow()
    {
        auto ws = fresh("ledger");
        UsageLedger ledger(ws->db());
        const std::int64_t first = ledger.record(usage(kDay + 1000, "anthropic", 0.25));
        ledger.record(usage(kDay + 2000, "anthropic", 0.0, true));
        ledger.record(usage(kDay + 3000, "anthropic", std::nullopt));
        ledger.record(usage(kDay + 4000, "anthropic", std::nullopt, false, "blocked"));
        ledger.record(usage(kDay + 5000, "builtin", 0.0));
        UsageEntry failed = usage(kDay + kMsPerDay + 10, "anthropic", 0.5, false, "error");
        failed.message = "HTTP 500 from the provider";
        failed.inputTokens.reset();
        const std::int64_t last = ledger.record(failed);
        QVERIFY(first > 0 && last > first);

        const auto entries = ledger.entries(2);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries.front().id, last);
        QCOMPARE(entries.front().message, failed.message);
        QVERIFY(!entries.front().inputTokens.has_value());
        QCOMPARE(entries.front().outputTokens.value_or(-1), 200);
        QCOMPARE(entries.front().durationMs, 1500);
        QCOMPARE(entries.back().outcome, std::string("ok"));
        // Each request names who made it: the acting user (the PostgreSQL
        // role on a team workspace, the OS login on a file), or the one given.
        QCOMPARE(entries.front().user, workspace::actingUser(ws->db()));
        QVERIFY(!entries.front().user.empty());

        const auto totals = ledger.totals(kDay);
        QCOMPARE(totals.size(), std::size_t(3));
        // Newest day first, then provider.
        QCOMPARE(totals[0].day, kDay + kMsPerDay);
        QCOMPARE(totals[0].requests, 1);
        QCOMPARE(totals[0].inputTokens, 0);
        const UsageTotal& day = totals[1];
        QCOMPARE(day.day, kDay);
        QCOMPARE(day.provider, std::string("anthropic"));
        QCOMPARE(day.requests, 4);
        QCOMPARE(day.cachedRequests, 1);
        QCOMPARE(day.inputTokens, 4000);
        QCOMPARE(day.outputTokens, 800);
        QVERIFY(std::fabs(day.costUsd - 0.25) < 1e-12);
        // Unpriced: not cached, not blocked, no cost.
        QCOMPARE(day.unpricedRequests, 1);
        QCOMPARE(totals[2].provider, std::string("builtin"));
        QCOMPARE(ledger.totals(kDay + kMsPerDay).size(), std::size_t(1));

        QVERIFY(std::fabs(ledger.spend(kDay, kDay + kMsPerDay) - 0.25) < 1e-12);
        QVERIFY(std::fabs(ledger.spend(kDay, kDay + 2 * kMsPerDay) - 0.75) < 1e-12);
        QCOMPARE(ledger.spend(kDay + 2 * kMsPerDay, kDay + 3 * kMsPerDay), 0.0);
        // Sent: not cached, not blocked, not the built-in analyst.
        QCOMPARE(ledger.requestsSent(kDay, kDay + kMsPerDay), 2);
        QCOMPARE(ledger.oldestSent(kDay, kDay + kMsPerDay).value_or(-1), kDay + 1000);
        QCOMPARE(ledger.oldestSent(kDay + 1001, kDay + kMsPerDay).value_or(-1), kDay + 3000);
        QVERIFY(!ledger.oldestSent(kDay + 3001, kDay + kMsPerDay).has_value());

        UsageEntry ana = usage(kDay + kMsPerDay + 20, "anthropic", 0.1);
        ana.user = "ana";
        ledger.record(ana);
        QCOMPARE(ledger.entries(1).front().user, std::string("ana"));
    }

    void budgetsReadTheLedger()
    {
        auto ws = fresh("budget");
        UsageLedger(ws->db()).record(usage(kDay + 1000, "anthropic", 0.9));
        AiSettings s = AiSettings::load(ws->db());
        s.dailyBudgetUsd = 1.0;
        Governance g(ws->db(), s, PriceTable::defaults());
        g.checkBudget(0.05, kDay + 5000);
        QVERIFY_THROWS_EXCEPTION(Error, g.checkBudget(0.2, kDay + 5000));
        g.checkBudget(0.2, kDay + kMsPerDay + 5000); // the next day starts afresh
    }

    void cacheUpsertsAndExpires()
    {
        auto ws = fresh("cache");
        ResponseCache cache(ws->db());
        Completion c;
        c.model = "m1";
        c.text = "first answer";
        c.inputTokens = 10;
        cache.put("anthropic", "m1", "hash", c, kDay);
        c.text = "second answer";
        cache.put("anthropic", "m1", "hash", c, kDay + 1000);
        const auto hit = cache.get("anthropic", "m1", "hash", 60, kDay + 2000);
        QVERIFY(hit.has_value());
        QCOMPARE(hit->text, std::string("second answer"));
        QCOMPARE(hit->inputTokens.value_or(-1), 10);
        QVERIFY(!hit->outputTokens.has_value());
        QVERIFY(!cache.get("openai", "m1", "hash", 60, kDay + 2000).has_value());
        QVERIFY(!cache.get("anthropic", "m1", "hash", 60, kDay + 61'000).has_value());
        QVERIFY(!cache.get("anthropic", "m1", "hash", 0, kDay + 2000).has_value());
        c.incomplete = true;
        cache.put("anthropic", "m1", "cut", c, kDay);
        QVERIFY(!cache.get("anthropic", "m1", "cut", 60, kDay + 10).has_value());
        QCOMPARE(cache.purge(60, kDay + 30'000), 0);
        QCOMPARE(cache.purge(60, kDay + 61'000), 1);
        QVERIFY(!cache.get("anthropic", "m1", "hash", 3600, kDay + 62'000).has_value());
    }

    void settingsAndPricesRoundTrip()
    {
        auto ws = fresh("settings");
        workspace::Database& db = ws->db();
        QCOMPARE(readSetting(db, "ai.none", "fallback"), std::string("fallback"));
        writeSetting(db, "ai.note", "one");
        writeSetting(db, "ai.note", "two"); // the upsert replaces
        QCOMPARE(readSetting(db, "ai.note"), std::string("two"));
        // Each write records who made it (schema v8).
        workspace::Statement who = db.prepare("SELECT updated_by FROM settings WHERE key = ?");
        who.bind(1, "ai.note");
        QVERIFY(who.step());
        QCOMPARE(who.text(0), workspace::actingUser(db));
        QCOMPARE(db.queryInt("SELECT count(*) FROM settings WHERE key = 'ai.note'").value_or(0), 1);

        AiSettings s = AiSettings::load(db);
        QCOMPARE(s.provider, std::string("builtin"));
        s.provider = "anthropic";
        s.anthropicModel = "claude-x";
        s.temperature = 0.7;
        s.monthlyBudgetUsd = 12.5;
        s.save(db);
        const AiSettings back = AiSettings::load(db);
        QCOMPARE(back.provider, std::string("anthropic"));
        QCOMPARE(back.anthropicModel, std::string("claude-x"));
        QCOMPARE(back.temperature, 0.7);
        QCOMPARE(back.monthlyBudgetUsd, 12.5);
        s.maxTokens = 1;
        QVERIFY_THROWS_EXCEPTION(Error, s.save(db));

        PriceTable prices = PriceTable::load(db);
        prices.set({"openai", "local-*", 0.5, 1.5});
        prices.save(db);
        const auto found = PriceTable::load(db).find("openai", "local-llm");
        QVERIFY(found.has_value());
        QCOMPARE(found->outputPerMTok, 1.5);
    }

    // Who saves a report: the connection's role on PostgreSQL, the login
    // name on SQLite; the caller cannot name anyone else.
    void reportAuthorIsTheActingUser()
    {
        auto ws = fresh("author");
        const std::string who = workspace::actingUser(ws->db());
        if (test::onPostgres())
            QCOMPARE(who, std::string("kestrel")); // the test server's one role
        else
            QCOMPARE(who, workspace::osUserName());
        const std::int64_t id = ReportStore(ws->db()).save(report(kDay, "builtin", "text"));
        QCOMPARE(ReportStore(ws->db()).get(id)->author, who);
        QCOMPARE(ws->db()
                     .queryInt("SELECT count(*) FROM ai_reports WHERE author = 'someone else'")
                     .value_or(-1),
                 0);
    }

    // Two connections on one workspace, as two processes or two members of
    // a team: a report one saves is listed by the other's AnalysisService,
    // whose change token moves within 2 s, with the saver as its author.
    void aReportSavedByOneIsSeenByTheOther()
    {
        const std::string location = test::newWorkspace(m_dir, "shared");
        workspace::Database writer = workspace::Workspace::connect(location);
        AnalysisService reader(location);
        workspace::Database watch = workspace::Workspace::connect(location); // the reader's side
        QVERIFY(reader.reports({}).empty());
        const std::int64_t before = test::changeToken(watch);

        const std::int64_t id =
            ReportStore(writer).save(report(kDay, "anthropic", "# Seen by the team"));
        UsageLedger(writer).record(usage(kDay, "anthropic", 0.01));

        QVERIFY2(test::tokenMoves(watch, before), "the change token did not move within 2 s");
        const auto listed = reader.reports({});
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed.front().id, id);
        QCOMPARE(listed.front().author, workspace::actingUser(writer));
        QCOMPARE(reader.report(id).content, std::string("# Seen by the team"));
        QVERIFY_THROWS_EXCEPTION(Error, reader.report(id + 1));
        const auto spend = reader.usageTotals(kDay);
        QCOMPARE(spend.size(), std::size_t(1));
        QCOMPARE(spend.front().requests, 1);

        // And back: what the reader's side writes moves the writer's token.
        const std::int64_t writerBefore = test::changeToken(writer);
        QVERIFY(ReportStore(watch).remove(id));
        QVERIFY(test::changeToken(writer) != writerBefore);
        QVERIFY(reader.reports({}).empty());
    }
};

QTEST_GUILESS_MAIN(TestAiStores)
#include "TestAiStores.moc"
