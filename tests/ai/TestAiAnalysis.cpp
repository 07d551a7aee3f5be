// The analysis service end to end on demo workspaces: the built-in analyst
// against the planted incidents, prompt size against the cap, and against a
// local server: ledger figures, cache, budgets, consensus, anonymisation and
// key redaction.
#include "LocalAiServer.h"
#include "WorkspaceProbe.h"
#include "common/TestBackend.h"
#include "common/TestSupport.h"

#include "core/ai/AnalysisService.h"
#include "core/secrets/KeySource.h"
#include "core/ai/BuiltinAnalyst.h"
#include "core/ai/Governance.h"
#include "core/ai/PromptTemplate.h"
#include "core/ai/PriceTable.h"
#include "core/ai/ReportStore.h"
#include "core/ai/UsageLedger.h"
#include "core/common/Error.h"
#include "core/detection/AnomalyService.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/RunStore.h"
#include "core/workspace/CurrentUser.h"
#include "core/workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sstream>
#include <thread>

using namespace kestrel;
using namespace kestrel::ai;
using namespace kestrel::secrets;

namespace {

const std::string kKey = "sk-ant-analysis-key-9876543210ZYXWVU";
const EpochMs kEnd = *parseTime("2026-11-01T00:00:00Z");

std::string answerText(const std::string& who)
{
    return "## Performance trends\nOptions Chain Analysis latency rose; " + who +
           " sees fyers failures.\n\n## Model comparison\nSector Analysis ranks first.\n\n"
           "## Error analysis\nThe fyers outage dominates.\n\n## Optimization recommendations\nAdd "
           "a fallback.\n\n"
           "## System health\nStable apart from memory growth.\n";
}

} // namespace

class TestAiAnalysis : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    std::unique_ptr<LocalAiServer> m_server;
    std::vector<std::string> m_errors; // every error message seen, for the redaction check

    AnalysisRequest request(const std::vector<ModelChoice>& models,
                            const std::string& timeframe = "90d")
    {
        AnalysisRequest r;
        r.options.timeframe = timeframe;
        r.options.now = kEnd;
        r.models = models;
        return r;
    }

    ProviderOverrides overrides()
    {
        ProviderOverrides o;
        o.baseUrls["anthropic"] = m_server->baseUrl();
        o.baseUrls["openai"] = m_server->baseUrl();
        o.retryBaseMs = 20;
        o.readTimeoutMs = 5000;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        KESTREL_START_BACKEND();
        m_ws = workspace::Workspace::create(test::unusedWorkspace(m_dir, "demo"));
        runs::DemoOptions demo;
        demo.end = kEnd;
        demo.runs = 100'000;
        Feedback fb;
        runs::generateDemo(m_ws->db(), demo, fb);
        // The analysis reads the anomalies detection stored, as after `kestrel demo`.
        detection::AnomalyService(m_ws->db()).runDetection(std::nullopt, fb);

        PriceTable prices = PriceTable::load(m_ws->db());
        prices.set({"anthropic", "claude-test-1", 3.0, 15.0});
        prices.set({"openai", "local-llm", 0.5, 1.5});
        prices.save(m_ws->db());
        AiSettings s = AiSettings::load(m_ws->db());
        s.requestsPerMinute = 100;
        s.save(m_ws->db());

        m_server = std::make_unique<LocalAiServer>();
        m_server->route("POST /v1/messages", [](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = anthropicStream(answerText("claude"), 1500, 300, "claude-test-1", 8);
            r.chunkDelayMs = 100;
            return r;
        });
        m_server->route("POST /v1/chat/completions", [](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = openaiStream(answerText("llama"), 1400, 250, "local-llm", 8);
            r.chunkDelayMs = 100;
            return r;
        });
    }

    void builtinAnalystNamesPlantedIncidents()
    {
        EnvKeySource keys;
        AnalysisService service(m_ws->db(), keys);
        Feedback fb;
        const AnalysisResult r = service.run(request({{"builtin", ""}}), fb);
        const std::string& md = r.markdown;
        // Kept in the build folder for a person to read.
        QFile copy(QStringLiteral(KESTREL_BINARY_DIR "/ai_builtin_report.md"));
        if (copy.open(QIODevice::WriteOnly))
            copy.write(QByteArray::fromStdString(md));
        QVERIFY(md.find("built-in statistical analyst") != std::string::npos);
        for (const char* heading :
             {"## Performance trends", "## Model comparison", "## Error analysis",
              "## Optimization recommendations", "## System health"})
            QVERIFY2(md.find(heading) != std::string::npos, heading);

        // Ground truth: every planted incident's model is named in the finding
        // of its kind, and the failing data source and its error template too.
        workspace::Statement st =
            m_ws->db().prepare("SELECT model_name, type, data_source FROM demo_incidents");
        int incidents = 0;
        while (st.step()) {
            ++incidents;
            const std::string model = st.text(0);
            const std::string type = st.text(1);
            const std::string source = st.text(2);
            const std::map<std::string, std::string> phrase = {
                {"latency_spike", " latency spike:"},
                {"error_rate_spike", "error-rate spike:"},
                {"memory_leak", " memory growth:"},
                {"throughput_drop", " throughput drop:"},
                {"performance_degradation", " accuracy decline:"}};
            if (type == "error_rate_spike") {
                // One outage hitting several models is reported once, naming them all.
                const std::size_t from = md.find("Error-rate spikes:");
                QVERIFY(from != std::string::npos);
                const std::string block = md.substr(from, md.find("\n\n##", from) - from);
                QVERIFY2(block.find(model) != std::string::npos,
                         (type + " of " + model + " not reported").c_str());
            } else {
                const std::string expected = "**" + model + "**" + phrase.at(type);
                QVERIFY2(md.find(expected) != std::string::npos,
                         (type + " of " + model + " not reported").c_str());
            }
            if (!source.empty())
                QVERIFY2(md.find("data source **" + source + "**") != std::string::npos,
                         source.c_str());
        }
        QCOMPARE(incidents, 9);
        QVERIFY(md.find("`Fyers API error") != std::string::npos);
        QCOMPARE(r.answers.front().provider, std::string("builtin"));
        QVERIFY(r.reportId > 0);

        // Deterministic.
        const AnalysisResult again = service.run(request({{"builtin", ""}}), fb);
        QCOMPARE(again.markdown, md);
    }

    void promptStaysUnderCap_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("cap");
        QTest::newRow("10k, default cap") << 10'000 << 8'000;
        QTest::newRow("100k, default cap") << 100'000 << 8'000;
        QTest::newRow("100k, cap 2500") << 100'000 << 2'500;
    }

    void promptStaysUnderCap()
    {
        QFETCH(int, runs);
        QFETCH(int, cap);
        std::unique_ptr<workspace::Workspace> small;
        workspace::Database* db = &m_ws->db();
        if (runs != 100'000) {
            small = workspace::Workspace::create(test::unusedWorkspace(m_dir, "small"));
            runs::DemoOptions demo;
            demo.end = kEnd;
            demo.runs = runs;
            Feedback fb;
            runs::generateDemo(small->db(), demo, fb);
            db = &small->db();
        }
        EnvKeySource keys;
        AnalysisService service(*db, keys);
        AnalysisRequest req = request({{"builtin", ""}}, "all");
        req.options.tokenCap = cap;
        Feedback fb;
        const AnalysisPreview p = service.preview(req, fb);
        QCOMPARE(p.totalRuns, runs);
        QVERIFY2(p.prompt.estimatedTokens <= cap, std::to_string(p.prompt.estimatedTokens).c_str());
        QVERIFY(estimateTokens(p.prompt.system) + estimateTokens(p.prompt.user) <= cap);
        QVERIFY(p.prompt.user.find("# Models") != std::string::npos);
        // Aggregates only: a raw run would carry its input parameters.
        QVERIFY(p.prompt.user.find("lookback") == std::string::npos);
    }

    void ledgerFiguresAndCache()
    {
        FixedKeySource keys("anthropic", kKey);
        AnalysisService service(m_ws->db(), keys, overrides());
        const int before = m_server->count("POST /v1/messages");
        Feedback fb;
        std::string streamed;
        AnalysisRequest req = request({{"anthropic", "claude-test-1"}}, "30d");
        const AnalysisResult r =
            service.run(req, fb, [&](std::size_t, std::string_view t) { streamed += t; });
        QCOMPARE(m_server->count("POST /v1/messages"), before + 1);
        QCOMPARE(r.markdown, answerText("claude"));
        QCOMPARE(streamed, answerText("claude"));
        // 1500 in at $3/M + 300 out at $15/M.
        const double expected = 1500 * 3.0 / 1e6 + 300 * 15.0 / 1e6;
        QVERIFY(r.costUsd.has_value());
        QVERIFY(std::fabs(*r.costUsd - expected) < 1e-12);
        UsageLedger ledger(m_ws->db());
        const UsageEntry e = ledger.entries(1).front();
        QCOMPARE(e.provider, std::string("anthropic"));
        QCOMPARE(e.model, std::string("claude-test-1"));
        QCOMPARE(e.inputTokens.value_or(-1), 1500);
        QCOMPARE(e.outputTokens.value_or(-1), 300);
        QVERIFY(std::fabs(e.costUsd.value_or(-1) - expected) < 1e-12);
        QVERIFY(!e.cached);
        QCOMPARE(e.outcome, std::string("ok"));
        QVERIFY(e.durationMs > 0);

        const auto report = ReportStore(m_ws->db()).get(r.reportId);
        QVERIFY(report.has_value());
        QCOMPARE(report->provider, std::string("anthropic"));
        QCOMPARE(report->inputTokens.value_or(-1), 1500);
        QCOMPARE(report->templateName, std::string("run_analysis"));
        QVERIFY(!report->requestHash.empty());

        // The same request again: served from the cache, nothing sent.
        const AnalysisResult cached = service.run(req, fb);
        QCOMPARE(m_server->count("POST /v1/messages"), before + 1);
        QVERIFY(cached.cached);
        QCOMPARE(cached.markdown, r.markdown);
        const UsageEntry c = ledger.entries(1).front();
        QVERIFY(c.cached);
        QCOMPARE(c.costUsd.value_or(-1), 0.0);
    }

    void budgetBlocks()
    {
        AiSettings s = AiSettings::load(m_ws->db());
        s.dailyBudgetUsd = 0.001; // below one request's possible cost
        s.save(m_ws->db());
        FixedKeySource keys("anthropic", kKey);
        AnalysisService service(m_ws->db(), keys, overrides());
        const int before = m_server->count("POST /v1/messages");
        AnalysisRequest req = request({{"anthropic", "claude-test-1"}}, "7d");
        req.useCache = false;
        Feedback fb;
        std::string msg;
        try {
            service.run(req, fb);
        } catch (const Error& e) {
            msg = e.what();
        }
        m_errors.push_back(msg);
        QVERIFY2(msg.find("Blocked by the daily AI budget") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("$0.0010 limit") != std::string::npos, msg.c_str());
        QCOMPARE(m_server->count("POST /v1/messages"), before);
        QCOMPARE(UsageLedger(m_ws->db()).entries(1).front().outcome, std::string("blocked"));
        s.dailyBudgetUsd = 0;
        s.save(m_ws->db());
    }

    void consensusOverTwoServedModels()
    {
        FixedKeySource keys("anthropic", kKey);
        AnalysisService service(m_ws->db(), keys, overrides());
        const std::size_t ledgerBefore = UsageLedger(m_ws->db()).entries(100000).size();
        AnalysisRequest req =
            request({{"anthropic", "claude-test-1"}, {"openai", "local-llm"}}, "7d");
        req.useCache = false;
        Feedback fb;
        const AnalysisResult r = service.run(req, fb);
        // Each stream lasts over a second; the second request arrived while the
        // first was still streaming, so they ran concurrently.
        const auto served = m_server->requests();
        const std::int64_t gap =
            served[served.size() - 1].receivedMs - served[served.size() - 2].receivedMs;
        QVERIFY2(std::abs(gap) < 700, std::to_string(gap).c_str());
        QCOMPARE(r.answers.size(), std::size_t(2));
        QVERIFY(r.answers[0].error.empty() && r.answers[1].error.empty());
        QVERIFY(r.markdown.find("## Answer from claude-test-1 (anthropic)") != std::string::npos);
        QVERIFY(r.markdown.find("## Answer from local-llm (openai)") != std::string::npos);
        QVERIFY(r.markdown.find("## Consensus") != std::string::npos);
        // Both name the fyers source and Options Chain Analysis: agreement.
        QVERIFY(r.consensus.find("**All name:**") != std::string::npos);
        QVERIFY(r.consensus.find("`fyers`") != std::string::npos);
        QCOMPARE(UsageLedger(m_ws->db()).entries(100000).size(), ledgerBefore + 2);
        const double expected = (1500 * 3.0 + 300 * 15.0 + 1400 * 0.5 + 250 * 1.5) / 1e6;
        QVERIFY(std::fabs(r.costUsd.value_or(-1) - expected) < 1e-12);
        const auto report = ReportStore(m_ws->db()).get(r.reportId);
        QCOMPARE(report->provider, std::string("consensus"));
        QCOMPARE(report->models.size(), std::size_t(2));
    }

    void anonymisedRequestMapsBack()
    {
        LocalAiServer server;
        std::string seenBody;
        server.route("POST /v1/chat/completions", [&](const ServedRequest& req) {
            seenBody = req.body;
            ScriptedReply r;
            r.chunks = openaiStream("## Model comparison\nModel A leads; Model B trails.\n", 10, 10,
                                    "local-llm", 3);
            return r;
        });
        FixedKeySource keys("openai", "sk-local-abcdefghijklmnopqrstuv");
        ProviderOverrides o;
        o.baseUrls["openai"] = server.baseUrl();
        AnalysisService service(m_ws->db(), keys, o);
        AnalysisRequest req = request({{"openai", "local-llm"}}, "90d");
        req.options.anonymise = true;
        req.options.types = {"model_comparison"};
        Feedback fb;
        AnalysisResult r;
        try {
            r = service.run(req, fb);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        for (const char* real : {"Stock Price Prediction", "Options Chain Analysis",
                                 "Sector Analysis", "BTST", "RELIANCE.NS"}) {
            const std::size_t at = seenBody.find(real);
            const std::string context = at == std::string::npos
                                            ? std::string()
                                            : seenBody.substr(at > 60 ? at - 60 : 0, 160);
            QVERIFY2(at == std::string::npos,
                     ("'" + std::string(real) + "' sent in: " + context).c_str());
        }
        QVERIFY(seenBody.find("Model A") != std::string::npos);
        // Model A is the rank-1 model; the answer shown names it.
        const auto data = collectAnalysisData(m_ws->db(), req.options);
        std::string best;
        for (const auto& m : data.models)
            if (m.rank == 1)
                best = m.model;
        QVERIFY(r.markdown.find(best + " leads") != std::string::npos);
        QVERIFY(r.markdown.find("Model A") == std::string::npos);
    }

    void errorFallsBackToBuiltinWhenAsked()
    {
        LocalAiServer server;
        server.route("POST /v1/messages", [](const ServedRequest&) {
            ScriptedReply r;
            r.status = 401;
            r.chunked = false;
            r.chunks = {
                R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"};
            return r;
        });
        FixedKeySource keys("anthropic", kKey);
        ProviderOverrides o;
        o.baseUrls["anthropic"] = server.baseUrl();
        AnalysisService service(m_ws->db(), keys, o);
        AnalysisRequest req = request({{"anthropic", "claude-test-1"}}, "7d");
        req.useCache = false;
        Feedback fb;
        std::string msg;
        try {
            service.run(req, fb);
        } catch (const Error& e) {
            msg = e.what();
        }
        m_errors.push_back(msg);
        QVERIFY2(msg.find("the API key was refused") != std::string::npos, msg.c_str());
        QCOMPARE(UsageLedger(m_ws->db()).entries(1).front().outcome, std::string("error"));
        req.fallbackToBuiltin = true;
        const AnalysisResult r = service.run(req, fb);
        QVERIFY(r.usedFallback);
        QVERIFY(r.markdown.find("# Multi-model") == std::string::npos);
        QVERIFY(r.markdown.find("built-in statistical analyst") != std::string::npos);
    }

    void rateLimitWaitsAndCancels()
    {
        AiSettings s = AiSettings::load(m_ws->db());
        s.requestsPerMinute = 1;
        UsageEntry sent;
        sent.provider = "anthropic";
        sent.model = "claude-test-1";
        sent.outcome = "ok";
        UsageLedger(m_ws->db()).record(sent);
        Governance g(m_ws->db(), s, PriceTable::load(m_ws->db()));
        QVERIFY_THROWS_EXCEPTION(Error, g.waitForRateLimit(2, {}));
        std::stop_source stop;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            stop.request_stop();
        });
        QElapsedTimer t;
        t.start();
        bool cancelled = false;
        try {
            g.waitForRateLimit(1, stop.get_token());
        } catch (const Cancelled&) {
            cancelled = true;
        }
        canceller.join();
        QVERIFY(cancelled);
        QVERIFY(t.elapsed() >= 250);
    }

    void templateOverrideAndReportHistory()
    {
        PromptTemplate t = PromptTemplate::builtin(PromptTemplate::kRunAnalysis);
        Json j = {{"name", t.name},
                  {"version", "9.9-desk"},
                  {"system", "Desk system prompt."},
                  {"intro", t.intro},
                  {"instructions", t.instructions},
                  {"sections", t.sections},
                  {"toggles", t.toggles}};
        writeSetting(m_ws->db(), "ai.prompt_template.run_analysis", j.dump());
        EnvKeySource keys;
        AnalysisService service(m_ws->db(), keys);
        Feedback fb;
        const AnalysisPreview p = service.preview(request({{"builtin", ""}}, "7d"), fb);
        QCOMPARE(p.prompt.templateVersion, std::string("9.9-desk"));
        QCOMPARE(p.prompt.system, std::string("Desk system prompt."));
        const AnalysisResult r = service.run(request({{"builtin", ""}}, "7d"), fb);
        writeSetting(m_ws->db(), "ai.prompt_template.run_analysis", "");

        ReportStore store(m_ws->db());
        ReportQuery q;
        q.provider = "builtin";
        const auto builtin = store.list(q);
        QVERIFY(!builtin.empty());
        QCOMPARE(builtin.front().id, r.reportId);
        QCOMPARE(builtin.front().templateVersion, std::string("9.9-desk"));
        QCOMPARE(builtin.front().timeframe, std::string("7d"));
        q.provider = "consensus";
        QCOMPARE(store.list(q).size(), std::size_t(1));
        const std::string md = reportMarkdown(*store.get(r.reportId));
        QVERIFY(md.find("| Timeframe | 7d |") != std::string::npos);
        QVERIFY(md.find("## System health") != std::string::npos);
    }

    void keyNeverLeaks()
    {
        FixedKeySource keys("anthropic", kKey);
        AnalysisService service(m_ws->db(), keys, overrides());
        Feedback fb;
        const AnalysisPreview p = service.preview(request({{"anthropic", "claude-test-1"}}), fb);
        QVERIFY(p.calls.front().body.dump().find(kKey) == std::string::npos);
        QVERIFY(p.prompt.user.find(kKey) == std::string::npos);
        for (const std::string& e : m_errors)
            QVERIFY(e.find(kKey) == std::string::npos);
        for (const UsageEntry& e : UsageLedger(m_ws->db()).entries(100000))
            QVERIFY(e.message.find(kKey) == std::string::npos);
        // The key did travel, in its header only.
        QVERIFY(m_server->rawTraffic().find("x-api-key: " + kKey) != std::string::npos);
        if (test::onPostgres()) {
            // No file to read: no text column of the schema holds the key.
            const std::string column = test::columnHolding(m_ws->db(), kKey);
            QVERIFY2(column.empty(), column.c_str());
            return;
        }
        m_ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QString path = QString::fromStdString(m_ws->path());
        for (const QString& file : {path, path + "-wal", path + "-shm"})
            QVERIFY2(test::readFileText(file).find(kKey) == std::string::npos, qPrintable(file));
    }

    // Credentials that other programs wrote into run error messages never reach
    // the provider: not in the preview, not in the request body, not on the
    // wire. Covers templates stored before masking existed (digits replaced
    // by <n>, the rest of the key intact).
    void credentialsInRunDataNeverReachTheProvider()
    {
        auto ws = workspace::Workspace::create(test::unusedWorkspace(m_dir, "leaky"));
        const std::vector<std::string> secrets = {
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXNrIn0.c2lnbmF0dXJlLXZhbHVl",
            "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij",
            "sk-ant-api03-QwErTyUiOpAsDfGhJkLzXcVbNm-leaked",
            "hunter2-very-secret",
            "AKIAIOSFODNN7EXAMPLE",
            "xoxb-1234567890-abcdefghij",
            "s3cr3tP4ss",
        };
        const std::vector<std::string> messages = {
            "upstream refused: Authorization: Bearer " + secrets[0],
            "git clone failed with token " + secrets[1] + " (HTTP 403)",
            "anthropic call failed for key " + secrets[2],
            "db connect failed: password=" + secrets[3] + " host=db1",
            "S3 upload denied for " + secrets[4],
            "slack notify failed " + secrets[5],
            "fetch https://trader:" + secrets[6] + "@feed.example.net/quotes timed out",
        };
        {
            runs::RunStore::Inserter insert(ws->db());
            for (std::size_t i = 0; i < messages.size(); ++i) {
                runs::RunRecord r;
                r.model = "BTST";
                r.symbol = "RELIANCE.NS";
                r.startedAt = kEnd - static_cast<EpochMs>(i + 1) * 3'600'000;
                r.status = runs::status::kFailed;
                r.durationSec = 2.0;
                r.errorMessage = messages[i];
                r.dataSource = i == 0 ? "feed?apikey=" + secrets[3] : "fyers";
                insert.add(r);
            }
            // A template written by an older Kestrel: only the digits replaced.
            runs::RunRecord stale;
            stale.model = "BTST";
            stale.startedAt = kEnd - 10 * 3'600'000;
            stale.status = runs::status::kFailed;
            stale.errorMessage = "legacy";
            const std::int64_t id = insert.add(stale);
            workspace::Statement st =
                ws->db().prepare("UPDATE runs SET error_template = ? WHERE id = ?");
            st.bind(1, std::string("auth failed: Bearer "
                                   "eyJhbGciOiJIUzI<n>NiJ9.eyJzdWIiOiJkZXNrIn<n>.c2lnbmF<n>"))
                .bind(2, id)
                .run();
        }
        FixedKeySource keys("anthropic", kKey);
        AnalysisService service(ws->db(), keys, overrides());
        AnalysisRequest req = request({{"anthropic", "claude-test-1"}});
        Feedback fb;
        const AnalysisPreview p = service.preview(req, fb);
        QVERIFY2(p.prompt.user.find("[redacted]") != std::string::npos, p.prompt.user.c_str());
        const std::string body = p.calls.front().body.dump();
        for (const std::string& secret : secrets) {
            // Any 8-character piece of a secret would be a leak.
            for (std::size_t at = 0; at + 8 <= secret.size(); at += 4) {
                const std::string piece = secret.substr(at, 8);
                QVERIFY2(p.prompt.user.find(piece) == std::string::npos,
                         (piece + " in\n" + p.prompt.user).c_str());
                QVERIFY2(body.find(piece) == std::string::npos, piece.c_str());
            }
        }
        QVERIFY(p.prompt.user.find("SflKxw") == std::string::npos);
        QVERIFY(p.prompt.user.find("eyJzdWIi") == std::string::npos);
        // What went over the wire.
        const std::size_t before = m_server->rawTraffic().size();
        req.useCache = false;
        const AnalysisResult out = service.run(req, fb);
        QVERIFY(!out.answers.empty());
        const std::string traffic = m_server->rawTraffic().substr(before);
        QVERIFY(!traffic.empty());
        for (const std::string& secret : secrets)
            QVERIFY2(traffic.find(secret.substr(0, 12)) == std::string::npos, secret.c_str());
    }

    // An analysis run by one connection (the GUI's job, `kestrel ai analyze`,
    // a team member) is stored under the acting user and is listed by another
    // AnalysisService on the workspace as soon as it is stored.
    void storedAnalysisCarriesItsAuthorToOthers()
    {
        AnalysisService other(m_ws->path());
        workspace::Database watch = workspace::Workspace::connect(m_ws->path()); // the other's side
        const std::int64_t before = test::changeToken(watch);
        EnvKeySource keys;
        AnalysisService service(m_ws->path(), keys);
        Feedback fb;
        const AnalysisResult r = service.run(request({{"builtin", ""}}, "30d"), fb);
        QVERIFY(r.reportId > 0);
        QVERIFY2(test::tokenMoves(watch, before), "the change token did not move within 2 s");
        const auto listed = other.reports({});
        QVERIFY(!listed.empty());
        QCOMPARE(listed.front().id, r.reportId);
        QCOMPARE(listed.front().author, workspace::actingUser(m_ws->db()));
        QCOMPARE(listed.front().author,
                 test::onPostgres() ? std::string("kestrel") : workspace::osUserName());
        QCOMPARE(other.report(r.reportId).content, r.markdown);
    }

    // Runs last: it marks a false positive in the shared demo workspace.
    void falsePositiveLeavesTheNextRequest()
    {
        detection::AnomalyService anomalies(m_ws->db());
        const std::vector<detection::StoredAnomaly> standing = anomalies.standingAnomalies({});
        // Anomalies no other stored anomaly of the same model and kind overlaps:
        // each is one episode line of its own in the prompt.
        auto alone = [&](const detection::StoredAnomaly& a) {
            return std::none_of(standing.begin(), standing.end(),
                                [&](const detection::StoredAnomaly& b) {
                                    return b.id != a.id && b.model == a.model &&
                                           findingKind(b.type) == findingKind(a.type) &&
                                           b.start < a.end && a.start < b.end;
                                });
        };
        std::vector<detection::StoredAnomaly> single;
        std::copy_if(standing.begin(), standing.end(), std::back_inserter(single), alone);
        QVERIFY2(single.size() >= 2, std::to_string(standing.size()).c_str());
        const detection::StoredAnomaly& marked = single[0];
        const detection::StoredAnomaly& kept = single[1];
        auto line = [](const detection::StoredAnomaly& a) {
            return findingKind(a.type) + " | " + a.model + " | " + shortTime(a.start) + " | " +
                   shortTime(a.end) + " | ";
        };
        EnvKeySource keys;
        AnalysisService service(m_ws->db(), keys);
        Feedback fb;
        const AnalysisPreview before = service.preview(request({{"builtin", ""}}, "all"), fb);
        QVERIFY2(before.prompt.user.find(line(marked)) != std::string::npos, line(marked).c_str());
        QVERIFY2(before.prompt.user.find(line(kept)) != std::string::npos, line(kept).c_str());

        // The call the Anomaly Review panel's "False positive" action makes.
        anomalies.markFalsePositive(marked.id, "a planned maintenance window");

        AnalysisRequest next = request({{"builtin", ""}}, "all");
        const AnalysisPreview after = service.preview(next, fb);
        QVERIFY2(after.prompt.user.find(line(marked)) == std::string::npos, line(marked).c_str());
        QVERIFY2(after.prompt.user.find(line(kept)) != std::string::npos, line(kept).c_str());
        const AnalysisData data = collectAnalysisData(m_ws->db(), next.options);
        for (const Finding& f : data.findings) {
            QVERIFY(f.state != detection::state::kFalsePositive);
            QVERIFY(!(f.model == marked.model && f.kind == findingKind(marked.type) &&
                      f.from < marked.end && marked.start < f.to));
        }
        // The built-in analyst's report no longer names the episode either.
        const std::string span = "from " + shortTime(marked.start) + " to " + shortTime(marked.end);
        const AnalysisResult report = service.run(next, fb);
        std::istringstream lines(report.markdown);
        for (std::string l; std::getline(lines, l);)
            QVERIFY2(l.find("**" + marked.model + "**") == std::string::npos ||
                         l.find(span) == std::string::npos,
                     l.c_str());
    }
};

QTEST_GUILESS_MAIN(TestAiAnalysis)
#include "TestAiAnalysis.moc"
