// Pure pieces of the AI module: SSE framing, redaction, pseudonyms, prices,
// templates and the token estimate.
#include "core/ai/PriceTable.h"
#include "core/ai/PromptBuilder.h"
#include "core/ai/PromptTemplate.h"
#include "core/ai/Pseudonymizer.h"
#include "core/net/Redaction.h"
#include "core/common/Credentials.h"
#include "core/runs/ErrorTemplate.h"
#include "core/net/SseParser.h"
#include "core/common/Error.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace kestrel;
using namespace kestrel::ai;
using namespace kestrel::net;

class TestAiCore : public QObject
{
    Q_OBJECT

private slots:
    void sseByteByByte()
    {
        // CRLF and LF line ends, a comment, a multi-line data field, and a
        // 4-byte UTF-8 character that every split cuts through.
        const std::string stream = ": keep-alive\r\nevent: a\r\ndata: {\"t\":\"📈\"}\r\n\r\n"
                                   "data: line1\ndata: line2\n\nevent: b\ndata: é\n\n";
        for (std::size_t step = 1; step <= stream.size(); ++step) {
            SseParser p;
            std::vector<SseEvent> events;
            for (std::size_t i = 0; i < stream.size(); i += step) {
                auto got = p.feed(std::string_view(stream).substr(i, step));
                events.insert(events.end(), got.begin(), got.end());
            }
            QCOMPARE(events.size(), std::size_t(3));
            QCOMPARE(events[0].event, std::string("a"));
            QCOMPARE(events[0].data, std::string("{\"t\":\"📈\"}"));
            QCOMPARE(events[1].data, std::string("line1\nline2"));
            QCOMPARE(events[2].event, std::string("b"));
            QCOMPARE(events[2].data, std::string("é"));
        }
    }

    void sseUnterminatedEventAtEnd()
    {
        SseParser p;
        QVERIFY(p.feed("data: [DONE]").empty());
        const auto rest = p.finish();
        QCOMPARE(rest.size(), std::size_t(1));
        QCOMPARE(rest[0].data, std::string("[DONE]"));
    }

    void redaction()
    {
        const std::string key = "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
        Redaction::registerSecret(key);
        const std::string msg =
            Redaction::redact("failed with key " + key + " and Bearer abcdefghijklmnop");
        QVERIFY(msg.find(key) == std::string::npos);
        QVERIFY(msg.find("abcdefghijklmnop") == std::string::npos);
        QVERIFY(msg.find("Bearer [redacted]") != std::string::npos);
        // An unregistered key-shaped token is masked too; ordinary words are not.
        const std::string other =
            Redaction::redact("token sk-proj-ZZZZZZZZZZZZZZZZZZZZ in a task-list");
        QVERIFY(other.find("ZZZZ") == std::string::npos);
        QVERIFY(other.find("task-list") != std::string::npos);
        QVERIFY(Redaction::containsSecret("x" + key));
    }

    // Each credential pattern, raw and as an error template, is masked;
    // ordinary text around it is not.
    void credentialPatterns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("bearer") << "Authorization: Bearer abc.DEF-123_xyz="
                                << "abc.DEF-123_xyz"
                                << "Authorization: Bearer";
        QTest::newRow("basic") << "header Basic dXNlcjpwYXNzd29yZA== refused"
                               << "dXNlcjpwYXNzd29yZA"
                               << "refused";
        QTest::newRow("jwt") << "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature_x rejected"
                             << "eyJhbGciOiJIUzI1NiJ9"
                             << "rejected";
        QTest::newRow("anthropic") << "key sk-ant-api03-AAAAbbbbCCCCdddd-EEEE failed"
                                   << "AAAAbbbbCCCC"
                                   << "failed";
        QTest::newRow("openai") << "key sk-proj-AAAAbbbbCCCCddddEEEE."
                                << "AAAAbbbbCCCC"
                                << "key";
        QTest::newRow("github") << "push with ghp_abcdefghijklmnopqrstuvwxyz0123456789 denied"
                                << "ghp_abcdef"
                                << "denied";
        QTest::newRow("github pat") << "github_pat_11ABCDEFG0123456789_abcdefghijkl ok"
                                    << "11ABCDEFG0123"
                                    << "ok";
        QTest::newRow("slack") << "slack xoxb-123456789012-abcdefABCDEF down"
                               << "123456789012"
                               << "down";
        QTest::newRow("aws") << "S3 AKIAIOSFODNN7EXAMPLE denied"
                             << "IOSFODNN7"
                             << "denied";
        QTest::newRow("password=") << "connect password=hunter2secret host=db"
                                   << "hunter2secret"
                                   << "host=db";
        QTest::newRow("PASSWORD:") << "DB_PASSWORD: 'Tr0ub4dor' rejected"
                                   << "Tr0ub4dor"
                                   << "rejected";
        QTest::newRow("token=") << "GET /q?symbol=AAPL&token=abc123def&x=1"
                                << "abc123def"
                                << "symbol=AAPL";
        QTest::newRow("apikey=") << "url ?apikey=ZZZ999yyy"
                                 << "ZZZ999yyy"
                                 << "url";
        QTest::newRow("api_key json") << R"({"api_key": "k-1234-5678", "symbol": "TCS"})"
                                      << "k-1234-5678"
                                      << "TCS";
        QTest::newRow("client_secret") << "client_secret=abcDEF987 refused"
                                       << "abcDEF987"
                                       << "refused";
        QTest::newRow("url password") << "fetch https://trader:s3cr3tP4ss@feed.example.net/q failed"
                                      << "s3cr3tP4ss"
                                      << "feed.example.net";
        QTest::newRow("template jwt") << "Bearer eyJhbGciOiJIUzI<n>NiJ9.eyJzdWIiOiI<n>In<n>.c2ln<n>"
                                      << "eyJzdWIiOiI"
                                      << "Bearer";
        QTest::newRow("template sk") << "key sk-ant-api<n>-AAAAbbbbCCCC<n>dddd failed"
                                     << "AAAAbbbbCCCC"
                                     << "failed";
        QTest::newRow("template aws") << "denied AKIAIOSFODNN<n>EXAMPLE"
                                      << "IOSFODNN"
                                      << "denied";
    }

    void credentialPatterns()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const std::string masked = maskCredentials(text.toStdString());
        QVERIFY2(masked.find(secret.toStdString()) == std::string::npos, masked.c_str());
        QVERIFY2(masked.find("[redacted]") != std::string::npos, masked.c_str());
        QVERIFY2(masked.find(kept.toStdString()) != std::string::npos, masked.c_str());
        // Redaction (everything that leaves core/ai) and the stored error
        // template apply the same rule, before digits are templated.
        QVERIFY(Redaction::redact(text.toStdString()).find(secret.toStdString()) ==
                std::string::npos);
        const std::string tmpl = runs::errorTemplate(text.toStdString());
        QVERIFY2(tmpl.find(secret.toStdString()) == std::string::npos, tmpl.c_str());
    }

    void ordinaryTextIsKept()
    {
        for (const std::string& text :
             {std::string("Timeout after 30.5s fetching 'RELIANCE.NS'"),
              std::string("task-list sk-short skipped; token expired"),
              std::string("primary_key=42 violated in table runs"),
              std::string("see https://example.com/docs/a.html for help")})
            QCOMPARE(maskCredentials(text), text);
        QCOMPARE(runs::errorTemplate("Timeout after 30.5s fetching 'RELIANCE.NS'"),
                 std::string("Timeout after <n>s fetching <str>"));
    }

    // A process that holds a key writes no core file.
    void noCoreDumpOnceAKeyIsHeld()
    {
        Redaction::registerSecret("sk-ant-api03-core-dump-check-0123456789");
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
    }

    void pseudonyms()
    {
        Pseudonymizer ps(true);
        QCOMPARE(ps.model("BTST"), std::string("Model A"));
        QCOMPARE(ps.model("Sector Analysis"), std::string("Model B"));
        QCOMPARE(ps.model("BTST"), std::string("Model A"));
        for (int i = 0; i < 30; ++i) {
            std::string name = "m";
            name += std::to_string(i);
            ps.model(name);
        }
        QCOMPARE(ps.model("m26"), std::string("Model AC"));
        QCOMPARE(ps.symbol("RELIANCE.NS"), std::string("Symbol 01"));
        QCOMPARE(ps.hide("BTST failed on RELIANCE.NS"), std::string("Model A failed on Symbol 01"));
        QCOMPARE(ps.restore("Model AC beats Model A; Symbol 01 is hit"),
                 std::string("m26 beats BTST; RELIANCE.NS is hit"));
        Pseudonymizer off(false);
        QCOMPARE(off.model("BTST"), std::string("BTST"));
    }

    void prices()
    {
        PriceTable t = PriceTable::defaults();
        // A model released after this build still falls in its family.
        QVERIFY(t.find("anthropic", "claude-sonnet-9-20300101").has_value());
        QVERIFY(!t.cost("openai", "some-local-model", 1000, 1000).has_value());
        t.set({"openai", "some-local-model", 2.0, 6.0});
        QCOMPARE(*t.cost("openai", "some-local-model", 1'000'000, 500'000), 2.0 + 3.0);
        const PriceTable back = PriceTable::fromJson(t.toJson());
        QCOMPARE(back.entries().size(), t.entries().size());
        QVERIFY_THROWS_EXCEPTION(
            Error,
            PriceTable::fromJson(R"([{"model":"x","input_per_mtok":-1,"output_per_mtok":1}])"));
        QVERIFY(wildcardMatch("claude-*sonnet*", "claude-3-5-sonnet-20241022"));
        QVERIFY(!wildcardMatch("claude-*sonnet*", "claude-3-haiku"));
    }

    void templates()
    {
        const PromptTemplate t = PromptTemplate::builtin(PromptTemplate::kRunAnalysis);
        QCOMPARE(t.name, std::string("run_analysis"));
        QVERIFY(!t.version.empty());
        QCOMPARE(t.sections.size(), std::size_t(5));
        const std::string msg = [] {
            try {
                PromptTemplate::parse(R"({"name":"x","version":"1"})", "test");
            } catch (const Error& e) {
                return std::string(e.what());
            }
            return std::string();
        }();
        QVERIFY2(msg.find("\"system\"") != std::string::npos, msg.c_str());

        // A number that overflows, or broken JSON, is named with file:line:column.
        for (const auto& [text, where] :
             {std::pair<std::string, std::string>{"{\"name\":\"x\",\n  \"n\": 1e999}",
                                                  "t.json:2:8"},
              std::pair<std::string, std::string>{"{\"name\":\n\"x\" ]", "t.json:2:5"}}) {
            std::string m;
            try {
                PromptTemplate::parse(text, "t.json");
            } catch (const Error& e) {
                m = e.what();
            }
            QVERIFY2(m.find(where) != std::string::npos, m.c_str());
        }
    }

    void tokenEstimate()
    {
        QCOMPARE(estimateTokens(""), 0);
        QCOMPARE(estimateTokens("abcdefg"), 2);  // 7 bytes / 3.5
        QCOMPARE(estimateTokens("abcdefgh"), 3); // rounds up
    }
};

QTEST_GUILESS_MAIN(TestAiCore)
#include "TestAiCore.moc"
