// The providers against a real HTTP server on 127.0.0.1: streaming split
// across reads and inside UTF-8 characters, retries, error mapping, timeouts,
// cancellation and model listing.
#include "LocalAiServer.h"

#include "core/ai/AnthropicProvider.h"
#include "core/ai/OpenAiCompatibleProvider.h"
#include "core/net/Redaction.h"
#include "core/common/Error.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace kestrel;
using namespace kestrel::ai;
using namespace kestrel::net;

namespace {

const std::string kKey = "sk-ant-test-0123456789abcdefSECRET";
// Multi-byte characters: 2-byte é, 3-byte ₹ and 4-byte 📈.
const std::string kText =
    "Accuracy fell to 0.61 — café ₹ 📈 for Options Chain Analysis; p95 rose 7×.";

ProviderConfig config(const LocalAiServer& server)
{
    ProviderConfig c;
    c.baseUrl = server.baseUrl();
    c.apiKey = kKey;
    c.connectTimeoutMs = 3000;
    c.readTimeoutMs = 3000;
    c.maxRetries = 2;
    c.retryBaseMs = 50;
    return c;
}

CompletionRequest request(const std::string& model = "claude-test-1")
{
    CompletionRequest r;
    r.model = model;
    r.system = "system text";
    r.prompt = "prompt text";
    r.maxTokens = 100;
    return r;
}

// Concatenates the stream and re-cuts it every `step` bytes, so SSE lines and
// UTF-8 characters are split across TCP segments.
std::vector<std::string> recut(const std::vector<std::string>& events, std::size_t step)
{
    std::string all;
    for (const auto& e : events)
        all += e;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < all.size(); i += step)
        out.push_back(all.substr(i, step));
    return out;
}

std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestAiProviders : public QObject
{
    Q_OBJECT

private slots:
    void anthropicStreamSplitEverywhere_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("1 byte") << 1;
        QTest::newRow("7 bytes") << 7;
        QTest::newRow("whole events") << 0;
    }

    void anthropicStreamSplitEverywhere()
    {
        QFETCH(int, step);
        LocalAiServer server;
        const auto events = anthropicStream(kText, 1234, 56, "claude-test-1", 5);
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = step == 0 ? events : recut(events, static_cast<std::size_t>(step));
            r.chunkDelayMs = step == 1 ? 1 : 10;
            return r;
        });
        AnthropicProvider p(config(server));
        std::string streamed;
        const Completion c = p.complete(request(), [&](std::string_view t) { streamed += t; }, {});
        QCOMPARE(c.text, kText);
        QCOMPARE(streamed, kText);
        QCOMPARE(c.inputTokens.value_or(-1), 1234);
        QCOMPARE(c.outputTokens.value_or(-1), 56);
        QCOMPARE(c.stopReason, std::string("end_turn"));
        QVERIFY(!c.incomplete);

        // The request carried what the Messages API needs, the key only in its header.
        const ServedRequest req = server.requests().back();
        QCOMPARE(req.headers.at("x-api-key"), kKey);
        QCOMPARE(req.headers.at("anthropic-version"), std::string("2023-06-01"));
        QCOMPARE(req.headers.at("content-type"), std::string("application/json"));
        const Json body = Json::parse(req.body);
        QCOMPARE(body["stream"].get<bool>(), true);
        QCOMPARE(body["model"].get<std::string>(), std::string("claude-test-1"));
        QCOMPARE(body["system"].get<std::string>(), std::string("system text"));
        QVERIFY(req.body.find(kKey) == std::string::npos);
    }

    void openaiStreamCloseDelimited()
    {
        LocalAiServer server;
        server.route("POST /v1/chat/completions", [&](const ServedRequest&) {
            ScriptedReply r;
            r.chunked = false;
            r.chunks = recut(openaiStream(kText, 900, 40, "local-llm", 6), 5);
            r.chunkDelayMs = 2;
            return r;
        });
        ProviderConfig c = config(server);
        c.apiKey.clear(); // local servers need no key
        OpenAiCompatibleProvider p(c);
        const Completion out = p.complete(request("local-llm"), {}, {});
        QCOMPARE(out.text, kText);
        QCOMPARE(out.inputTokens.value_or(-1), 900);
        QCOMPARE(out.outputTokens.value_or(-1), 40);
        QVERIFY(!out.incomplete);
        const ServedRequest req = server.requests().back();
        QVERIFY(!req.headers.count("authorization"));
        const Json body = Json::parse(req.body);
        QCOMPARE(body["messages"][0]["role"].get<std::string>(), std::string("system"));
        QCOMPARE(body["messages"][1]["content"].get<std::string>(), std::string("prompt text"));
    }

    void openaiBearerKey()
    {
        LocalAiServer server;
        server.route("POST /v1/chat/completions", [&](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = openaiStream("ok", 1, 1, "m");
            return r;
        });
        OpenAiCompatibleProvider p(config(server));
        QCOMPARE(p.complete(request("m"), {}, {}).text, std::string("ok"));
        QCOMPARE(server.requests().back().headers.at("authorization"), "Bearer " + kKey);
    }

    void retryAfterIsHonoured()
    {
        LocalAiServer server;
        int calls = 0;
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            if (++calls == 1) {
                r.status = 429;
                r.headers = {{"retry-after", "1"}};
                r.chunks = {
                    R"({"type":"error","error":{"type":"rate_limit_error","message":"slow down"}})"};
                return r;
            }
            r.chunks = anthropicStream("after retry", 10, 3, "claude-test-1");
            return r;
        });
        AnthropicProvider p(config(server));
        QElapsedTimer t;
        t.start();
        const Completion c = p.complete(request(), {}, {});
        QCOMPARE(c.text, std::string("after retry"));
        QCOMPARE(c.attempts, 2);
        QVERIFY2(t.elapsed() >= 1000, "the retry-after of 1 s was not waited for");
        QCOMPARE(server.count("POST /v1/messages"), 2);
    }

    void errorsAreActionable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("attempts");
        QTest::newRow("400") << 400 << "rejected the request as invalid (400)" << 1;
        QTest::newRow("401") << 401
                             << "the API key was refused (401): check it in Settings › AI providers"
                             << 1;
        QTest::newRow("403") << 403 << "not allowed" << 1;
        QTest::newRow("413") << 413 << "too large (413)" << 1;
        QTest::newRow("429") << 429 << "rate-limiting these requests (429) (after 3 attempts)" << 3;
        QTest::newRow("500") << 500 << "server error (500) (after 3 attempts)" << 3;
        QTest::newRow("529") << 529 << "overloaded (529) (after 3 attempts)" << 3;
    }

    void errorsAreActionable()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        QFETCH(int, attempts);
        LocalAiServer server;
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.status = status;
            r.chunked = false;
            // A provider echoing the key must not leak it.
            r.chunks = {R"({"type":"error","error":{"type":"x","message":"bad key )" + kKey +
                        R"("}})"};
            return r;
        });
        AnthropicProvider p(config(server));
        const std::string msg = errorOf([&] { p.complete(request(), {}, {}); });
        QVERIFY2(msg.find(expected.toStdString()) != std::string::npos, msg.c_str());
        QVERIFY2(msg.find(kKey) == std::string::npos, msg.c_str());
        QCOMPARE(server.count("POST /v1/messages"), attempts);
    }

    void unknownModelListsAvailable()
    {
        LocalAiServer server;
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.status = 404;
            r.chunked = false;
            r.chunks = {
                R"({"type":"error","error":{"type":"not_found_error","message":"model: nope"}})"};
            return r;
        });
        server.route("GET /v1/models", [&](const ServedRequest&) {
            ScriptedReply r;
            r.headers = {{"content-type", "application/json"}};
            r.chunks = {
                R"({"data":[{"type":"model","id":"served-a","display_name":"A"},{"type":"model","id":"served-b","display_name":"B"}],"has_more":false,"last_id":"served-b"})"};
            return r;
        });
        AnthropicProvider p(config(server));
        const std::string msg = errorOf([&] { p.complete(request("nope"), {}, {}); });
        QVERIFY2(msg.find("model 'nope' was not found (404)") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("Available models: served-a, served-b") != std::string::npos,
                 msg.c_str());
    }

    void disconnectMidStreamKeepsText()
    {
        LocalAiServer server;
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = anthropicStream("first half, second half", 10, 0, "claude-test-1", 2, false);
            r.chunks.pop_back(); // only the first delta arrives
            r.cutShort = true;
            return r;
        });
        AnthropicProvider p(config(server));
        const Completion c = p.complete(request(), {}, {});
        QVERIFY(c.incomplete);
        QVERIFY(!c.text.empty());
        QVERIFY(std::string("first half, second half").rfind(c.text, 0) == 0);
        QCOMPARE(server.count("POST /v1/messages"), 1);
    }

    // A request is sent once: neither QtNetwork (which re-sends idempotent
    // requests on a dropped connection) nor the retry policy (429/529/5xx
    // only) sends a billable POST again when the connection drops before any
    // answer.
    void droppedConnectionIsNotResent()
    {
        LocalAiServer server;
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.closeBeforeReply = true;
            return r;
        });
        AnthropicProvider p(config(server));
        const std::string msg = errorOf([&] { p.complete(request(), {}, {}); });
        QVERIFY(!msg.empty());
        QVERIFY2(msg.find(kKey) == std::string::npos, msg.c_str());
        QCOMPARE(server.count("POST /v1/messages"), 1);
    }

    // HTTPS: a server whose certificate nobody vouches for is refused before
    // anything is sent; once its certificate is trusted the same exchange
    // streams as over HTTP.
    void httpsVerifiesTheServer()
    {
        LocalAiServer server(LocalAiServer::Transport::Https);
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = anthropicStream("over TLS", 3, 2, "claude-test-1");
            return r;
        });
        AnthropicProvider untrusted(config(server));
        const std::string msg = errorOf([&] { untrusted.complete(request(), {}, {}); });
        QVERIFY2(!msg.empty(), "an unverified server was accepted");
        QCOMPARE(server.count("POST /v1/messages"), 0);
        QVERIFY2(msg.find(kKey) == std::string::npos, msg.c_str());

        trustTestCertificate();
        AnthropicProvider trusted(config(server));
        const Completion c = trusted.complete(request(), {}, {});
        QCOMPARE(c.text, std::string("over TLS"));
        QVERIFY(!c.incomplete);
        QCOMPARE(server.count("POST /v1/messages"), 1);
        QCOMPARE(server.requests().back().headers.at("x-api-key"), kKey);
    }

    void slowServerTimesOut()
    {
        LocalAiServer server;
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.initialDelayMs = 5000;
            r.chunks = anthropicStream("late", 1, 1, "claude-test-1");
            return r;
        });
        // The server accepts the connection and then stays silent: that is a
        // read timeout (it used to be reported as a connect timeout).
        ProviderConfig c = config(server);
        c.connectTimeoutMs = 400;
        c.readTimeoutMs = 400;
        AnthropicProvider p(c);
        QElapsedTimer t;
        t.start();
        const std::string msg = errorOf([&] { p.complete(request(), {}, {}); });
        QVERIFY2(msg.find("read timeout") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("connect timeout") == std::string::npos, msg.c_str());
        QVERIFY2(t.elapsed() < 3000, "the timeout did not stop the wait");
    }

    void silentStreamTimesOutKeepingText()
    {
        LocalAiServer server;
        server.route("POST /v1/chat/completions", [&](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = openaiStream("partial answer", 1, 1, "m", 1, false);
            r.stallAfterChunksMs = 5000;
            return r;
        });
        ProviderConfig c = config(server);
        c.readTimeoutMs = 400;
        OpenAiCompatibleProvider p(c);
        QElapsedTimer t;
        t.start();
        const Completion out = p.complete(request("m"), {}, {});
        QVERIFY(t.elapsed() < 3000);
        QVERIFY(out.incomplete);
        QCOMPARE(out.incompleteReason, std::string("read timeout"));
        QCOMPARE(out.text, std::string("partial answer"));
    }

    void cancelMidStream()
    {
        LocalAiServer server;
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = anthropicStream(std::string(400, 'x'), 1, 1, "claude-test-1", 40);
            r.chunkDelayMs = 100; // about 4.5 s in all
            return r;
        });
        AnthropicProvider p(config(server));
        std::stop_source stop;
        QElapsedTimer t;
        t.start();
        const Completion c = p.complete(
            request(), [&](std::string_view) { stop.request_stop(); }, stop.get_token());
        QVERIFY(t.elapsed() < 2000);
        QVERIFY(c.incomplete);
        QCOMPARE(c.incompleteReason, std::string("cancelled"));
        QVERIFY(!c.text.empty() && c.text.size() < 400);
    }

    void cancelBeforeAnyText()
    {
        LocalAiServer server;
        server.route("POST /v1/messages", [&](const ServedRequest&) {
            ScriptedReply r;
            r.initialDelayMs = 3000;
            return r;
        });
        AnthropicProvider p(config(server));
        std::stop_source stop;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            stop.request_stop();
        });
        bool cancelled = false;
        try {
            p.complete(request(), {}, stop.get_token());
        } catch (const Cancelled&) {
            cancelled = true;
        }
        canceller.join();
        QVERIFY(cancelled);
    }

    void modelsArePaginated()
    {
        LocalAiServer server;
        server.route("GET /v1/models", [&](const ServedRequest& req) {
            ScriptedReply r;
            r.headers = {{"content-type", "application/json"}};
            if (req.path.find("after_id=m2") != std::string::npos)
                r.chunks = {
                    R"({"data":[{"id":"m3","display_name":"Three"}],"has_more":false,"first_id":"m3","last_id":"m3"})"};
            else
                r.chunks = {
                    R"({"data":[{"id":"m1","display_name":"One"},{"id":"m2","display_name":"Two"}],"has_more":true,"first_id":"m1","last_id":"m2"})"};
            return r;
        });
        AnthropicProvider p(config(server));
        const ModelList list = p.listModels({});
        QVERIFY(!list.fromFallback);
        QCOMPARE(list.models.size(), std::size_t(3));
        QCOMPARE(list.models[2].id, std::string("m3"));
        QCOMPARE(server.count("GET /v1/models"), 2);
        QCOMPARE(server.requests().front().headers.at("x-api-key"), kKey);
    }

    void modelListFallsBackOnlyOnFailure()
    {
        LocalAiServer server;
        server.route("GET /v1/models", [&](const ServedRequest&) {
            ScriptedReply r;
            r.status = 401;
            r.chunked = false;
            r.chunks = {
                R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"};
            return r;
        });
        AnthropicProvider p(config(server));
        const ModelList list = p.listModels({});
        QVERIFY(list.fromFallback);
        QVERIFY(!list.models.empty());
        QVERIFY2(list.note.find("the API key was refused") != std::string::npos, list.note.c_str());
    }

    void openaiModels()
    {
        LocalAiServer server;
        server.route("GET /v1/models", [&](const ServedRequest&) {
            ScriptedReply r;
            r.headers = {{"content-type", "application/json"}};
            r.chunks = {
                R"({"object":"list","data":[{"id":"llama-3.1-8b","object":"model"},{"id":"qwen2.5","object":"model"}]})"};
            return r;
        });
        OpenAiCompatibleProvider p(config(server));
        const ModelList list = p.listModels({});
        QCOMPARE(list.models.size(), std::size_t(2));
        QCOMPARE(list.models[0].id, std::string("llama-3.1-8b"));
    }

    void refusedConnection()
    {
        std::string url;
        {
            LocalAiServer gone;
            url = gone.baseUrl();
        }
        ProviderConfig c;
        c.baseUrl = url;
        c.apiKey = kKey;
        AnthropicProvider p(c);
        const std::string msg = errorOf([&] { p.complete(request(), {}, {}); });
        QVERIFY2(msg.find("could not be reached") != std::string::npos, msg.c_str());
        QVERIFY(msg.find(kKey) == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestAiProviders)
#include "TestAiProviders.moc"
