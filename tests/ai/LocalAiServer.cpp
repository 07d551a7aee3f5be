#include "LocalAiServer.h"

#include "core/common/Json.h"

#include <QFile>
#include <QHostAddress>
#include <QMetaObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <memory>

namespace {

QByteArray testTlsFile(const char* name)
{
    QFile f(QString(KESTREL_TEST_DATA_DIR "/tls/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/data/tls/%s", name);
    return f.readAll();
}

} // namespace

void trustTestCertificate()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(QSslCertificate(testTlsFile("server.crt")));
    QSslConfiguration::setDefaultConfiguration(config);
}

LocalAiServer::LocalAiServer(Transport transport) : m_transport(transport)
{
    moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        this, [this] { start(); }, Qt::BlockingQueuedConnection);
}

LocalAiServer::~LocalAiServer()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LocalAiServer::start()
{
    if (m_transport == Transport::Https) {
        auto* tls = new QSslServer;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(testTlsFile("server.crt")));
        config.setPrivateKey(QSslKey(testTlsFile("server.key"), QSsl::Rsa));
        tls->setSslConfiguration(config);
        m_server = tls;
    } else {
        m_server = new QTcpServer;
    }
    m_server->listen(QHostAddress::LocalHost, 0);
    m_port = m_server->serverPort();
    // A TLS connection is pending once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* s = m_server->nextPendingConnection())
            serve(s);
    });
}

std::string LocalAiServer::baseUrl() const
{
    return std::string(m_transport == Transport::Https ? "https" : "http") +
           "://127.0.0.1:" + std::to_string(m_port.load());
}

void LocalAiServer::route(const std::string& methodAndPath, Handler handler)
{
    std::lock_guard lock(m_mutex);
    m_routes[methodAndPath] = std::move(handler);
}

std::vector<ServedRequest> LocalAiServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

int LocalAiServer::count(const std::string& methodAndPath) const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(
        std::count_if(m_requests.begin(), m_requests.end(), [&](const ServedRequest& r) {
            const std::string path = r.path.substr(0, r.path.find('?'));
            return r.method + " " + path == methodAndPath;
        }));
}

std::string LocalAiServer::rawTraffic() const
{
    std::lock_guard lock(m_mutex);
    return m_raw;
}

void LocalAiServer::serve(QTcpSocket* socket)
{
    auto buffer = std::make_shared<std::string>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        const QByteArray bytes = socket->readAll();
        buffer->append(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        {
            std::lock_guard lock(m_mutex);
            m_raw.append(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        }
        const std::size_t headEnd = buffer->find("\r\n\r\n");
        if (headEnd == std::string::npos)
            return;
        ServedRequest req;
        const std::string head = buffer->substr(0, headEnd);
        std::size_t lineEnd = head.find("\r\n");
        const std::string requestLine = head.substr(0, lineEnd);
        const std::size_t sp1 = requestLine.find(' ');
        const std::size_t sp2 = requestLine.find(' ', sp1 + 1);
        req.method = requestLine.substr(0, sp1);
        req.path = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
        std::size_t pos = lineEnd == std::string::npos ? head.size() : lineEnd + 2;
        while (pos < head.size()) {
            std::size_t e = head.find("\r\n", pos);
            if (e == std::string::npos)
                e = head.size();
            const std::string line = head.substr(pos, e - pos);
            const std::size_t colon = line.find(':');
            if (colon != std::string::npos) {
                std::string name = line.substr(0, colon);
                std::transform(name.begin(), name.end(), name.begin(), ::tolower);
                std::string value = line.substr(colon + 1);
                while (!value.empty() && value.front() == ' ')
                    value.erase(0, 1);
                req.headers[name] = value;
            }
            pos = e + 2;
        }
        const std::size_t length =
            req.headers.count("content-length") ? std::stoul(req.headers["content-length"]) : 0;
        if (buffer->size() < headEnd + 4 + length)
            return;
        req.body = buffer->substr(headEnd + 4, length);
        req.receivedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count();
        buffer->clear();
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

        Handler handler;
        {
            std::lock_guard lock(m_mutex);
            m_requests.push_back(req);
            const std::string key = req.method + " " + req.path.substr(0, req.path.find('?'));
            const auto it = m_routes.find(key);
            if (it != m_routes.end())
                handler = it->second;
        }
        ScriptedReply reply;
        if (handler) {
            reply = handler(req);
        } else {
            reply.status = 404;
            reply.chunks = {R"({"error":{"message":"no such route"}})"};
        }
        if (reply.closeBeforeReply) {
            socket->abort();
            return;
        }

        auto write = std::make_shared<std::function<void(std::size_t)>>();
        QPointer<QTcpSocket> guard(socket);
        *write = [guard, reply, write](std::size_t i) {
            if (!guard)
                return;
            QTcpSocket* s = guard.data();
            if (i < reply.chunks.size()) {
                const std::string& c = reply.chunks[i];
                if (reply.chunked) {
                    char size[32];
                    std::snprintf(size, sizeof size, "%zx\r\n", c.size());
                    s->write(size);
                    s->write(c.data(), static_cast<qint64>(c.size()));
                    s->write("\r\n");
                } else {
                    s->write(c.data(), static_cast<qint64>(c.size()));
                }
                s->flush();
                QTimer::singleShot(reply.chunkDelayMs, s, [write, i] { (*write)(i + 1); });
                return;
            }
            auto finish = [guard, reply] {
                if (!guard)
                    return;
                if (reply.cutShort) {
                    guard->abort();
                    return;
                }
                if (reply.chunked)
                    guard->write("0\r\n\r\n");
                guard->flush();
                guard->disconnectFromHost();
            };
            if (reply.stallAfterChunksMs > 0)
                QTimer::singleShot(reply.stallAfterChunksMs, s, finish);
            else
                finish();
        };
        auto sendHead = [guard, reply, write] {
            if (!guard)
                return;
            std::string head = "HTTP/1.1 " + std::to_string(reply.status) + " Status\r\n";
            bool hasType = false;
            for (const auto& [n, v] : reply.headers) {
                head += n + ": " + v + "\r\n";
                hasType = hasType || n == "content-type";
            }
            if (!hasType)
                head += reply.status == 200 ? "content-type: text/event-stream\r\n"
                                            : "content-type: application/json\r\n";
            head += reply.chunked ? "transfer-encoding: chunked\r\n" : "";
            head += "connection: close\r\n\r\n";
            guard->write(head.data(), static_cast<qint64>(head.size()));
            guard->flush();
            (*write)(0);
        };
        QTimer::singleShot(reply.initialDelayMs, socket, sendHead);
    });
}

std::string sseEvent(const std::string& event, const std::string& json)
{
    return "event: " + event + "\ndata: " + json + "\n\n";
}

std::string sseData(const std::string& json)
{
    return "data: " + json + "\n\n";
}

namespace {

std::vector<std::string> pieces(const std::string& text, int n)
{
    // Split on byte counts, then move each cut to a character boundary (the
    // JSON strings must hold whole characters; the SSE framing is split
    // mid-character separately by the tests).
    std::vector<std::string> out;
    std::size_t pos = 0;
    for (int i = 0; i < n && pos < text.size(); ++i) {
        std::size_t end =
            i + 1 == n ? text.size()
                       : std::min(text.size(), pos + text.size() / static_cast<std::size_t>(n) + 1);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            ++end;
        out.push_back(text.substr(pos, end - pos));
        pos = end;
    }
    return out;
}

} // namespace

std::vector<std::string> anthropicStream(const std::string& text, int inputTokens, int outputTokens,
                                         const std::string& model, int n, bool finish)
{
    using kestrel::Json;
    std::vector<std::string> ev;
    ev.push_back(sseEvent("message_start",
                          Json{{"type", "message_start"},
                               {"message",
                                {{"id", "msg_1"},
                                 {"type", "message"},
                                 {"role", "assistant"},
                                 {"model", model},
                                 {"content", Json::array()},
                                 {"usage", {{"input_tokens", inputTokens}, {"output_tokens", 1}}}}}}
                              .dump()));
    ev.push_back(sseEvent(
        "content_block_start",
        R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})"));
    ev.push_back(sseEvent("ping", R"({"type": "ping"})"));
    for (const std::string& p : pieces(text, n))
        ev.push_back(
            sseEvent("content_block_delta", Json{{"type", "content_block_delta"},
                                                 {"index", 0},
                                                 {"delta", {{"type", "text_delta"}, {"text", p}}}}
                                                .dump()));
    if (finish) {
        ev.push_back(sseEvent("content_block_stop", R"({"type":"content_block_stop","index":0})"));
        ev.push_back(
            sseEvent("message_delta",
                     Json{{"type", "message_delta"},
                          {"delta", {{"stop_reason", "end_turn"}, {"stop_sequence", nullptr}}},
                          {"usage", {{"output_tokens", outputTokens}}}}
                         .dump()));
        ev.push_back(sseEvent("message_stop", R"({"type":"message_stop"})"));
    }
    return ev;
}

std::vector<std::string> openaiStream(const std::string& text, int promptTokens,
                                      int completionTokens, const std::string& model, int n,
                                      bool finish)
{
    using kestrel::Json;
    std::vector<std::string> ev;
    for (const std::string& p : pieces(text, n))
        ev.push_back(sseData(Json{
            {"id", "c1"},
            {"object", "chat.completion.chunk"},
            {"model", model},
            {"choices", {{{"index", 0}, {"delta", {{"content", p}}}, {"finish_reason", nullptr}}}}}
                                 .dump()));
    if (finish) {
        ev.push_back(sseData(Json{
            {"id", "c1"},
            {"model", model},
            {"choices", {{{"index", 0}, {"delta", Json::object()}, {"finish_reason", "stop"}}}}}
                                 .dump()));
        ev.push_back(sseData(Json{
            {"id", "c1"},
            {"model", model},
            {"choices", Json::array()},
            {"usage", {{"prompt_tokens", promptTokens}, {"completion_tokens", completionTokens}}}}
                                 .dump()));
        ev.push_back("data: [DONE]\n\n");
    }
    return ev;
}
