#include "AnthropicTestServer.h"

#include <QTcpSocket>

namespace {

QByteArray sse(const char* event, const QByteArray& data)
{
    return QByteArray("event: ") + event + "\ndata: " + data + "\n\n";
}

} // namespace

AnthropicTestServer::AnthropicTestServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool AnthropicTestServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString AnthropicTestServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void AnthropicTestServer::serve(QTcpSocket* socket)
{
    // Wait for the whole request: headers, then Content-Length bytes of body.
    QByteArray buffered = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffered);
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
    QMap<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.insert(lines[i].left(colon).trimmed().toLower(),
                           lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = headers.value("content-length", "0").toLongLong();
    if (buffered.size() < headerEnd + 4 + length)
        return;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    ++m_requests;
    m_lastPath = requestLine.value(1);
    m_lastHeaders = headers;
    m_lastBody = buffered.mid(headerEnd + 4, length);
    socket->setProperty("buffer", QByteArray());
    respond(socket, requestLine.value(0), m_lastPath);
}

void AnthropicTestServer::respond(QTcpSocket* socket, const QByteArray& method,
                                  const QByteArray& path)
{
    auto send = [socket](int status, const QByteArray& reason, const QByteArray& type,
                         const QByteArray& body) {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->flush();
        socket->disconnectFromHost();
    };
    if (m_mode == Mode::RefuseKey) {
        send(
            401, "Unauthorized", "application/json",
            R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})");
        return;
    }
    if (method == "GET" && path.startsWith("/v1/models")) {
        send(
            200, "OK", "application/json",
            R"({"data":[{"type":"model","id":"claude-test-large","display_name":"Test Large","created_at":"2025-06-01T00:00:00Z"},)"
            R"({"type":"model","id":"claude-test-small","display_name":"Test Small","created_at":"2025-05-01T00:00:00Z"}],)"
            R"("has_more":false,"first_id":"claude-test-large","last_id":"claude-test-small"})");
        return;
    }
    if (method == "POST" && path == "/v1/messages") {
        QByteArray body;
        body += sse(
            "message_start",
            R"({"type":"message_start","message":{"id":"msg_01","type":"message","role":"assistant",)"
            R"("model":"claude-test-small","content":[],"stop_reason":null,"usage":{"input_tokens":14,"output_tokens":1}}})");
        body += sse(
            "content_block_start",
            R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})");
        body += sse("ping", R"({"type":"ping"})");
        body += sse(
            "content_block_delta",
            R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"ready"}})");
        body += sse("content_block_stop", R"({"type":"content_block_stop","index":0})");
        body += sse(
            "message_delta",
            R"({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":2}})");
        body += sse("message_stop", R"({"type":"message_stop"})");
        send(200, "OK", "text/event-stream", body);
        return;
    }
    if (method == "POST" && path == "/v1/chat/completions") {
        // The OpenAI-compatible stream of a local model server.
        QByteArray body;
        body +=
            "data: "
            R"({"id":"c1","object":"chat.completion.chunk","model":"local-model","choices":[{"index":0,)"
            R"("delta":{"role":"assistant","content":"ready"},"finish_reason":null}]})"
            "\n\n";
        body +=
            "data: "
            R"({"id":"c1","object":"chat.completion.chunk","model":"local-model","choices":[{"index":0,)"
            R"("delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":10,"completion_tokens":1,"total_tokens":11}})"
            "\n\n";
        body += "data: [DONE]\n\n";
        send(200, "OK", "text/event-stream", body);
        return;
    }
    send(404, "Not Found", "application/json",
         R"({"type":"error","error":{"type":"not_found_error","message":"no such endpoint"}})");
}
