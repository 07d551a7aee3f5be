#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QTcpServer>

// A small HTTP/1.1 server on 127.0.0.1 speaking the parts of Anthropic's API
// the Settings dialog uses: POST /v1/messages (a streamed answer or an error
// status) and GET /v1/models; and, like a local model server, the streamed
// OpenAI-compatible POST /v1/chat/completions. It records the last request.
class AnthropicTestServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Answer,
        RefuseKey
    };

    explicit AnthropicTestServer(QObject* parent = nullptr);
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    void setMode(Mode mode) { m_mode = mode; }
    int requests() const { return m_requests; }
    QByteArray lastPath() const { return m_lastPath; }
    QByteArray lastHeader(const QByteArray& lowerName) const
    {
        return m_lastHeaders.value(lowerName);
    }
    QByteArray lastBody() const { return m_lastBody; }

private:
    void serve(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const QByteArray& method, const QByteArray& path);

    QTcpServer m_server;
    Mode m_mode = Mode::Answer;
    int m_requests = 0;
    QByteArray m_lastPath;
    QMap<QByteArray, QByteArray> m_lastHeaders;
    QByteArray m_lastBody;
};
