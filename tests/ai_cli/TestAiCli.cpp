// `kestrel ai analyze | models | usage` as a user runs them: the real binary
// in a child process, on a demo workspace it created itself, against the local
// AI server (its own thread, so it serves while this thread waits on the child).
#include "common/TestBackend.h"
#include "tests/ai/LocalAiServer.h"
#include "tests/ai/WorkspaceProbe.h"

#include "core/ai/PriceTable.h"
#include "core/ai/ReportStore.h"
#include "core/common/Json.h"
#include "core/workspace/CurrentUser.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using kestrel::Json;

namespace {

const QString kKey = QStringLiteral("sk-ant-cli-secret-0123456789ABCDEFGH");
const QString kWrongKey = QStringLiteral("sk-ant-cli-wrong-ZYXWVUTSRQ98765");
const std::string kClaude = "claude-sonnet-cli-1"; // priced by the default "claude-*sonnet*" entry
const std::string kClaudeB = "claude-haiku-cli-2";
const std::string kLocal = "local-cli-llm"; // an unpriced local model
const int kInTokens = 1500;
const int kOutTokens = 300;

// Five sections with a marker per model and multi-byte characters, so the
// tests can tell whose text reached the output and that UTF-8 survived.
std::string answerText(const std::string& model)
{
    return "## Performance trends\nMARK-" + model +
           " — latency of Options Chain Analysis rose by ₹ measure.\n\n"
           "## Model comparison\nSector Analysis ranks first.\n\n## Error analysis\nThe fyers "
           "outage dominates.\n\n"
           "## Optimization recommendations\nAdd a fallback source.\n\n## System health\nStable.\n";
}

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::string readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

} // namespace

class TestAiCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<LocalAiServer> m_server;

    QString url() const { return QString::fromStdString(m_server->baseUrl()); }

    // Runs kestrel with the workspace and `args`; keys only from `env`.
    Outcome run(const QStringList& args, const QList<QPair<QString, QString>>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove("ANTHROPIC_API_KEY");
        e.remove("OPENAI_API_KEY");
        for (const auto& [name, value] : env)
            e.insert(name, value);
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(KESTREL_BINARY_DIR "/app/kestrel"),
                QStringList{"--workspace", m_workspace} + args);
        Outcome o;
        if (!p.waitForStarted(10'000) || !p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            o.err = QStringLiteral("kestrel did not start or finish: ") + p.errorString();
            return o;
        }
        o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }

    static QByteArray describe(const Outcome& o)
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
            .arg(o.exitCode)
            .arg(o.out.left(3000), o.err)
            .toUtf8();
    }

    static bool leaks(const Outcome& o, const QString& key)
    {
        return o.out.contains(key) || o.err.contains(key);
    }

    static bool sameNumber(double a, double b)
    {
        return std::abs(a - b) <= 1e-12 + 1e-9 * std::abs(b);
    }

    // The cost the workspace's own price table gives these tokens.
    double expectedCost(int in, int out)
    {
        auto ws = kestrel::workspace::Workspace::open(m_workspace.toStdString());
        const auto price = kestrel::ai::PriceTable::load(ws->db()).find("anthropic", kClaude);
        if (!price)
            return -1;
        return (in * price->inputPerMTok + out * price->outputPerMTok) / 1e6;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        KESTREL_START_BACKEND();
        // `kestrel demo` creates the file; a team workspace is created first
        // (as `kestrel workspace create-team` does).
        m_workspace = QString::fromStdString(kestrel::test::onPostgres()
                                                 ? kestrel::test::newWorkspace(m_dir, "demo")
                                                 : kestrel::test::unusedWorkspace(m_dir, "demo"));
        const Outcome demo = run({"demo", "--runs", "5000", "--seed", "7"});
        QVERIFY2(demo.exitCode == 0, describe(demo));

        // Every reply is chunked: with close-delimited bodies Qt's network stack
        // was seen sending a GET twice, which would blur the request counts.
        m_server = std::make_unique<LocalAiServer>();
        m_server->route("POST /v1/messages", [](const ServedRequest& req) {
            ScriptedReply r;
            const auto key = req.headers.find("x-api-key");
            if (key == req.headers.end() || key->second != kKey.toStdString()) {
                r.status = 401;
                r.chunks = {
                    R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"};
                return r;
            }
            const std::string model =
                Json::parse(req.body, nullptr, false).value("model", std::string("?"));
            // "claude-cut-cli" answers a stream that ends before message_stop.
            r.chunks = anthropicStream(answerText(model), kInTokens, kOutTokens, model, 6,
                                       model != "claude-cut-cli");
            r.chunkDelayMs = 10;
            return r;
        });
        m_server->route("POST /v1/chat/completions", [](const ServedRequest& req) {
            ScriptedReply r;
            const std::string model =
                Json::parse(req.body, nullptr, false).value("model", std::string("?"));
            r.chunks = openaiStream(answerText(model), 1200, 250, model, 6);
            r.chunkDelayMs = 10;
            return r;
        });
        m_server->route("GET /v1/models", [](const ServedRequest& req) {
            ScriptedReply r;
            r.headers = {{"content-type", "application/json"}};
            if (req.headers.count("anthropic-version")) {
                r.chunks = {Json{
                    {"data",
                     {{{"type", "model"},
                       {"id", kClaude},
                       {"display_name", "Claude CLI One"},
                       {"created_at", "2026-01-01T00:00:00Z"}},
                      {{"type", "model"},
                       {"id", kClaudeB},
                       {"display_name", "Claude CLI Two"},
                       {"created_at", "2026-01-01T00:00:00Z"}}}},
                    {"has_more", false},
                    {"first_id", kClaude},
                    {"last_id",
                     kClaudeB}}.dump()};
            } else {
                r.chunks = {
                    Json{{"object", "list"},
                         {"data", {{{"id", kLocal}, {"object", "model"}, {"owned_by", "local"}}}}}
                        .dump()};
            }
            return r;
        });
    }

    void reportOntoTheWorkspaceIsRefused()
    {
        if (kestrel::test::onPostgres())
            QSKIP("SQLite file only: a team workspace is no file an --out could overwrite");
        const Outcome o = run(
            {"ai", "analyze", "--provider", "builtin", "--timeframe", "90d", "--out", m_workspace});
        QVERIFY2(o.exitCode == 2 && o.err.contains("open workspace"), describe(o));
        const Outcome stats = run({"runs", "stats"});
        QVERIFY2(stats.exitCode == 0, describe(stats));
    }

    void builtinReportHasFiveSections()
    {
        const QString report = m_dir.filePath("report.md");
        const Outcome o =
            run({"ai", "analyze", "--provider", "builtin", "--timeframe", "90d", "--out", report});
        QVERIFY2(o.exitCode == 0, describe(o));
        const std::string md = readAll(report);
        QVERIFY2(md.find("built-in statistical analyst") != std::string::npos, md.c_str());
        for (const char* heading :
             {"## Performance trends", "## Model comparison", "## Error analysis",
              "## Optimization recommendations", "## System health"})
            QVERIFY2(md.find(heading) != std::string::npos, heading);
        QVERIFY2(o.err.contains("stored"), describe(o));
        QCOMPARE(m_server->requests().size(),
                 std::size_t(0)); // no network for the built-in analyst
    }

    void anthropicAnswerStreamsToStdout()
    {
        const Outcome o = run({"ai", "analyze", "--provider", "anthropic", "--base-url", url(),
                               "--model", QString::fromStdString(kClaude), "--timeframe", "90d"},
                              {{"ANTHROPIC_API_KEY", kKey}});
        QVERIFY2(o.exitCode == 0, describe(o));
        QVERIFY2(o.out.contains(QString::fromStdString(answerText(kClaude))), describe(o));
        QVERIFY(!leaks(o, kKey));
        QCOMPARE(m_server->count("POST /v1/messages"), 1);
        const ServedRequest req = m_server->requests().back();
        QCOMPARE(req.headers.at("x-api-key"), kKey.toStdString());
        QCOMPARE(req.headers.at("anthropic-version"), std::string("2023-06-01"));
        const Json body = Json::parse(req.body);
        QCOMPARE(body.value("model", std::string()), kClaude);
        QVERIFY(body.value("stream", false));
    }

    void anthropicAnswerToOutFile()
    {
        const QString report = m_dir.filePath("claude.md");
        const Outcome o =
            run({"ai", "analyze", "--provider", "anthropic", "--base-url", url(), "--model",
                 QString::fromStdString(kClaude), "--timeframe", "30d", "--out", report},
                {{"ANTHROPIC_API_KEY", kKey}});
        QVERIFY2(o.exitCode == 0, describe(o));
        QVERIFY2(readAll(report).find(answerText(kClaude)) != std::string::npos,
                 readAll(report).c_str());
        QVERIFY(!leaks(o, kKey));
        QVERIFY(readAll(report).find(kKey.toStdString()) == std::string::npos);
        QCOMPARE(m_server->count("POST /v1/messages"), 2);
    }

    void jsonCarriesTokensAndCostAndTheLedgerAgrees()
    {
        const Outcome o =
            run({"ai", "analyze", "--provider", "anthropic", "--base-url", url(), "--model",
                 QString::fromStdString(kClaude), "--timeframe", "7d", "--no-cache", "--json"},
                {{"ANTHROPIC_API_KEY", kKey}});
        QVERIFY2(o.exitCode == 0, describe(o));
        QVERIFY(!leaks(o, kKey));
        QCOMPARE(m_server->count("POST /v1/messages"), 3);
        const Json j = Json::parse(o.out.toStdString(), nullptr, false);
        QVERIFY2(j.is_object(), describe(o));
        QCOMPARE(j.at("input_tokens").get<int>(), kInTokens);
        QCOMPARE(j.at("output_tokens").get<int>(), kOutTokens);
        const double cost = j.at("cost_usd").get<double>();
        const double expected = expectedCost(kInTokens, kOutTokens);
        QVERIFY2(expected > 0, "the default price table has no entry for the served model");
        QVERIFY2(sameNumber(cost, expected), QByteArray::number(cost, 'g', 17) + " vs " +
                                                 QByteArray::number(expected, 'g', 17));
        QVERIFY(!j.at("cached").get<bool>());
        QVERIFY(!j.at("used_fallback").get<bool>());
        QVERIFY(j.at("markdown").get<std::string>().find(answerText(kClaude)) != std::string::npos);
        {
            // Stored under the acting user: the server's role for a team workspace.
            auto ws = kestrel::workspace::Workspace::open(m_workspace.toStdString());
            const auto stored =
                kestrel::ai::ReportStore(ws->db()).get(j.at("report_id").get<std::int64_t>());
            QVERIFY(stored.has_value());
            QCOMPARE(stored->author, kestrel::workspace::actingUser(ws->db()));
            QCOMPARE(stored->author, kestrel::test::onPostgres()
                                         ? std::string("kestrel")
                                         : kestrel::workspace::osUserName());
        }

        const Outcome u = run({"ai", "usage", "--json"});
        QVERIFY2(u.exitCode == 0, describe(u));
        const Json l = Json::parse(u.out.toStdString(), nullptr, false);
        QVERIFY2(l.is_object(), describe(u));
        // The newest ledger entry is this request, with the same figures.
        const Json& last = l.at("recent").at(0);
        QCOMPARE(last.at("provider").get<std::string>(), std::string("anthropic"));
        QCOMPARE(last.at("model").get<std::string>(), kClaude);
        QCOMPARE(last.at("input_tokens").get<int>(), kInTokens);
        QCOMPARE(last.at("output_tokens").get<int>(), kOutTokens);
        QVERIFY(sameNumber(last.at("cost_usd").get<double>(), cost));
        QVERIFY(!last.at("cached").get<bool>());
        // Three answered requests so far (two earlier tests and this one).
        int requests = 0;
        long long in = 0;
        double spend = 0;
        for (const Json& t : l.at("by_day_and_model")) {
            if (t.at("provider") != "anthropic" || t.at("model") != kClaude)
                continue;
            requests += t.at("requests").get<int>();
            in += t.at("input_tokens").get<long long>();
            spend += t.at("cost_usd").get<double>();
        }
        QCOMPARE(requests, 3);
        QCOMPARE(in, 3LL * kInTokens);
        QVERIFY(sameNumber(spend, 3 * expected));
        QVERIFY(sameNumber(l.at("spend_month_usd").get<double>(), 3 * expected));
    }

    void modelsAreListedFromBothApis()
    {
        const int before = m_server->count("GET /v1/models");
        const Outcome a = run({"ai", "models", "--provider", "anthropic", "--base-url", url()},
                              {{"ANTHROPIC_API_KEY", kKey}});
        QVERIFY2(a.exitCode == 0, describe(a));
        QVERIFY2(a.out.contains(QString::fromStdString(kClaude) + "\tClaude CLI One"), describe(a));
        QVERIFY2(a.out.contains(QString::fromStdString(kClaudeB)), describe(a));
        QVERIFY(!leaks(a, kKey));

        const Outcome o =
            run({"ai", "models", "--provider", "openai", "--base-url", url(), "--json"});
        QVERIFY2(o.exitCode == 0, describe(o));
        const Json j = Json::parse(o.out.toStdString(), nullptr, false);
        QVERIFY2(j.is_object(), describe(o));
        QVERIFY(!j.at("from_fallback").get<bool>());
        QCOMPARE(j.at("models").size(), std::size_t(1));
        QCOMPARE(j.at("models").at(0).at("id").get<std::string>(), kLocal);
        QCOMPARE(m_server->count("GET /v1/models"), before + 2);
    }

    void wrongKeyIsRefused()
    {
        const int before = m_server->count("POST /v1/messages");
        const Outcome o =
            run({"ai", "analyze", "--provider", "anthropic", "--base-url", url(), "--model",
                 QString::fromStdString(kClaude), "--timeframe", "90d", "--no-cache"},
                {{"ANTHROPIC_API_KEY", kWrongKey}});
        QVERIFY2(o.exitCode != 0, describe(o));
        QVERIFY2(o.err.contains("API key was refused (401)"), describe(o));
        QVERIFY(!leaks(o, kWrongKey));
        QVERIFY(!leaks(o, kKey));
        QCOMPARE(m_server->count("POST /v1/messages"), before + 1); // a 401 is not retried
    }

    void previewSendsNothing()
    {
        const std::size_t before = m_server->requests().size();
        const Outcome o =
            run({"ai", "analyze", "--provider", "anthropic", "--base-url", url(), "--model",
                 QString::fromStdString(kClaude), "--timeframe", "90d", "--preview"},
                {{"ANTHROPIC_API_KEY", kKey}});
        QVERIFY2(o.exitCode == 0, describe(o));
        QVERIFY(!leaks(o, kKey));
        QCOMPARE(m_server->requests().size(), before);
        const Json j = Json::parse(o.out.toStdString(), nullptr, false);
        QVERIFY2(j.is_object(), describe(o));
        QCOMPARE(j.at("requests").size(), std::size_t(1));
        const Json& body = j.at("requests").at(0).at("body");
        QCOMPARE(body.at("model").get<std::string>(), kClaude);
        QVERIFY(body.at("messages").is_array() && !body.at("messages").empty());
        QVERIFY(j.at("estimated_input_tokens").get<int>() <= j.at("token_cap").get<int>());
    }

    void consensusRunsBothModels()
    {
        const int messages = m_server->count("POST /v1/messages");
        const int chats = m_server->count("POST /v1/chat/completions");
        const QString report = m_dir.filePath("consensus.md");
        const Outcome o =
            run({"ai", "analyze", "--base-url", url(), "--timeframe", "90d", "--consensus",
                 QString::fromStdString("anthropic:" + kClaude + ",openai:" + kLocal), "--no-cache",
                 "--out", report},
                {{"ANTHROPIC_API_KEY", kKey}});
        QVERIFY2(o.exitCode == 0, describe(o));
        QVERIFY(!leaks(o, kKey));
        QCOMPARE(m_server->count("POST /v1/messages"), messages + 1);
        QCOMPARE(m_server->count("POST /v1/chat/completions"), chats + 1);
        const std::string md = readAll(report);
        QVERIFY2(md.find("## Consensus") != std::string::npos, md.c_str());
        QVERIFY2(md.find("MARK-" + kClaude) != std::string::npos, md.c_str());
        QVERIFY2(md.find("MARK-" + kLocal) != std::string::npos, md.c_str());
    }

    // Last: it adds requests the counts above do not expect.
    void streamCutShortExitsThree()
    {
        const QString report = m_dir.filePath("cut.md");
        const Outcome o = run({"ai", "analyze", "--provider", "anthropic", "--base-url", url(),
                               "--model", "claude-cut-cli", "--timeframe", "30d", "--out", report},
                              {{"ANTHROPIC_API_KEY", kKey}});
        QVERIFY2(o.exitCode == 3, describe(o));
        QVERIFY2(o.err.contains("incomplete"), describe(o));
        QVERIFY2(!readAll(report).empty(), describe(o)); // the partial report is kept
        const Outcome streamed =
            run({"ai", "analyze", "--provider", "anthropic", "--base-url", url(), "--model",
                 "claude-cut-cli", "--timeframe", "30d", "--no-cache"},
                {{"ANTHROPIC_API_KEY", kKey}});
        QVERIFY2(streamed.exitCode == 3 && streamed.err.contains("incomplete"), describe(streamed));
    }

    void cleanupTestCase()
    {
        // Request bodies never carry the key, and neither does the workspace
        // file (nor its write-ahead log, if one is left).
        if (m_server)
            for (const ServedRequest& r : m_server->requests())
                QVERIFY(r.body.find(kKey.toStdString()) == std::string::npos);
        m_server.reset();
        if (kestrel::test::onPostgres()) {
            auto ws = kestrel::workspace::Workspace::open(m_workspace.toStdString());
            const std::string column = kestrel::test::columnHolding(ws->db(), kKey.toStdString());
            QVERIFY2(column.empty(), column.c_str());
            return;
        }
        for (const QString& path : {m_workspace, m_workspace + "-wal"})
            QVERIFY(readAll(path).find(kKey.toStdString()) == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestAiCli)
#include "TestAiCli.moc"
