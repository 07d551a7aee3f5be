#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

class QTcpServer;

// A real HTTP/1.1 server on 127.0.0.1, on its own thread, that the AI tests
// script route by route: status, headers, body chunks written as separate
// TCP segments with pauses between them (chunked or close-delimited), a slow
// start, or a connection cut mid-stream.
struct ServedRequest
{
    std::string method;
    std::string path;                           // with the query string
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
    std::int64_t receivedMs = 0; // steady clock, when the request was complete
};

struct ScriptedReply
{
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::vector<std::string> chunks;
    int chunkDelayMs = 15;
    int initialDelayMs = 0;        // before the status line: a server thinking too long
    bool chunked = true;           // otherwise close-delimited
    bool cutShort = false;         // drop the connection after the chunks, no terminator
    int stallAfterChunksMs = 0;    // keep the connection open and silent this long before ending
    bool closeBeforeReply = false; // drop the connection once the request is read: no status line
};

class LocalAiServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedReply(const ServedRequest&)>;

    // Plain HTTP, or HTTPS with the self-signed certificate under
    // tests/data/tls (clients must be told to trust it: trustTestCertificate()).
    enum class Transport
    {
        Http,
        Https
    };
    explicit LocalAiServer(Transport transport = Transport::Http);
    ~LocalAiServer() override;

    // "http://127.0.0.1:<port>" or "https://127.0.0.1:<port>"
    std::string baseUrl() const;
    // Routes match "METHOD /path" (query string ignored); last added wins.
    void route(const std::string& methodAndPath, Handler handler);
    std::vector<ServedRequest> requests() const;
    int count(const std::string& methodAndPath) const;
    // Every byte received, for the redaction test.
    std::string rawTraffic() const;

private:
    void start();
    void serve(class QTcpSocket* socket);

    QThread m_thread;
    Transport m_transport;
    QTcpServer* m_server = nullptr;
    std::atomic<int> m_port{0};
    mutable std::mutex m_mutex;
    std::map<std::string, Handler> m_routes;
    std::vector<ServedRequest> m_requests;
    std::string m_raw;
};

// Adds the test server's certificate to the process's default TLS
// configuration, as an organisation's own CA would be.
void trustTestCertificate();

// SSE helpers.
std::string sseEvent(const std::string& event, const std::string& json);
std::string sseData(const std::string& json);
// A complete Anthropic stream answering `text`, split into `pieces` deltas.
std::vector<std::string> anthropicStream(const std::string& text, int inputTokens, int outputTokens,
                                         const std::string& model, int pieces = 4,
                                         bool finish = true);
std::vector<std::string> openaiStream(const std::string& text, int promptTokens,
                                      int completionTokens, const std::string& model,
                                      int pieces = 4, bool finish = true);
