#include "core/net/HttpClient.h"

#include "core/net/Redaction.h"
#include "core/common/Text.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <exception>
#include <memory>
#include <optional>

namespace kestrel::net {

namespace {

// Reads one HTTP/1.1 response as bytes arrive: status line and headers, then
// the body framed by Transfer-Encoding: chunked, Content-Length, or the end
// of the connection. Body bytes go to `onBody`.
class ResponseParser
{
public:
    enum class State
    {
        Head,
        Body,
        Done,
        Failed
    };

    explicit ResponseParser(HttpResponse& response, std::function<void(std::string_view)> onBody)
        : m_response(response), m_onBody(std::move(onBody))
    {
    }

    State state() const { return m_state; }
    const std::string& failure() const { return m_failure; }

    void feed(std::string_view bytes)
    {
        m_buffer.append(bytes);
        while (m_state != State::Done && m_state != State::Failed && !m_buffer.empty()) {
            const std::size_t before = m_buffer.size();
            const State was = m_state;
            if (m_state == State::Head)
                parseHead();
            else
                parseBody();
            if (m_state == was && m_buffer.size() == before)
                break; // needs more bytes
        }
    }

    // The server closed the connection: a close-delimited body ends here;
    // any other framing left unfinished means the response was cut short.
    void closed()
    {
        if (m_state == State::Body && m_mode == Mode::UntilClose)
            m_state = State::Done;
    }

private:
    enum class Mode
    {
        Chunked,
        Length,
        UntilClose
    };

    void fail(std::string why)
    {
        m_state = State::Failed;
        m_failure = std::move(why);
    }

    void parseHead()
    {
        const std::size_t end = m_buffer.find("\r\n\r\n");
        if (end == std::string::npos) {
            if (m_buffer.size() > 256 * 1024)
                fail("the response headers are too large");
            return;
        }
        const std::string head = m_buffer.substr(0, end);
        m_buffer.erase(0, end + 4);
        std::size_t lineEnd = head.find("\r\n");
        const std::string statusLine = head.substr(0, lineEnd);
        // "HTTP/1.1 200 OK"
        const std::size_t sp = statusLine.find(' ');
        int status = 0;
        if (statusLine.rfind("HTTP/", 0) != 0 || sp == std::string::npos ||
            std::from_chars(statusLine.data() + sp + 1, statusLine.data() + statusLine.size(),
                            status)
                    .ec != std::errc{}) {
            fail("the server's answer is not HTTP");
            return;
        }
        std::map<std::string, std::string> headers;
        std::size_t pos = lineEnd == std::string::npos ? head.size() : lineEnd + 2;
        while (pos < head.size()) {
            std::size_t e = head.find("\r\n", pos);
            if (e == std::string::npos)
                e = head.size();
            const std::string_view line(head.data() + pos, e - pos);
            const std::size_t colon = line.find(':');
            if (colon != std::string_view::npos)
                headers[lower(std::string(trim(line.substr(0, colon))))] =
                    std::string(trim(line.substr(colon + 1)));
            pos = e + 2;
        }
        if (status >= 100 && status < 200)
            return; // an interim answer (100 Continue): the real one follows
        m_response.status = status;
        m_response.headers = std::move(headers);
        const auto& h = m_response.headers;
        if (const auto te = h.find("transfer-encoding");
            te != h.end() && lower(te->second).find("chunked") != std::string::npos) {
            m_mode = Mode::Chunked;
        } else if (const auto cl = h.find("content-length"); cl != h.end()) {
            m_mode = Mode::Length;
            if (std::from_chars(cl->second.data(), cl->second.data() + cl->second.size(),
                                m_remaining)
                    .ec != std::errc{}) {
                fail("the response has an invalid Content-Length");
                return;
            }
        } else {
            m_mode = Mode::UntilClose;
        }
        m_state = State::Body;
        if (status == 204 || status == 304 || (m_mode == Mode::Length && m_remaining == 0))
            m_state = State::Done;
    }

    void parseBody()
    {
        switch (m_mode) {
        case Mode::UntilClose:
            deliver(m_buffer.size());
            return;
        case Mode::Length: {
            const std::size_t n = std::min<std::size_t>(m_buffer.size(), m_remaining);
            deliver(n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::Done;
            return;
        }
        case Mode::Chunked:
            parseChunk();
            return;
        }
    }

    void parseChunk()
    {
        if (m_remaining > 0) {
            const std::size_t n = std::min<std::size_t>(m_buffer.size(), m_remaining);
            deliver(n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_chunkEnd = true;
            return;
        }
        if (m_chunkEnd) { // the CRLF after a chunk's data
            if (m_buffer.size() < 2)
                return;
            if (m_buffer.compare(0, 2, "\r\n") != 0) {
                fail("a chunk of the response is malformed");
                return;
            }
            m_buffer.erase(0, 2);
            m_chunkEnd = false;
            return;
        }
        const std::size_t lineEnd = m_buffer.find("\r\n");
        if (lineEnd == std::string::npos)
            return;
        std::size_t size = 0;
        const auto [ptr, ec] =
            std::from_chars(m_buffer.data(), m_buffer.data() + lineEnd, size, 16);
        if (ec != std::errc{} || ptr == m_buffer.data()) {
            fail("a chunk of the response has an invalid size");
            return;
        }
        m_buffer.erase(0, lineEnd + 2);
        if (size == 0) {
            m_state = State::Done; // trailers, if any, are not needed
            return;
        }
        m_remaining = size;
    }

    void deliver(std::size_t n)
    {
        if (n == 0)
            return;
        m_response.receivedData = true;
        m_onBody(std::string_view(m_buffer.data(), n));
        m_buffer.erase(0, n);
    }

    HttpResponse& m_response;
    std::function<void(std::string_view)> m_onBody;
    State m_state = State::Head;
    Mode m_mode = Mode::UntilClose;
    std::size_t m_remaining = 0;
    bool m_chunkEnd = false;
    std::string m_buffer;
    std::string m_failure;
};

std::string requestText(const HttpRequest& request, const QUrl& url)
{
    std::string target = url.path(QUrl::FullyEncoded).toStdString();
    if (target.empty())
        target = "/";
    if (url.hasQuery())
        target += "?" + url.query(QUrl::FullyEncoded).toStdString();
    std::string host = url.host(QUrl::FullyEncoded).toStdString();
    if (host.find(':') != std::string::npos)
        host = "[" + host + "]";
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ":" + std::to_string(url.port());

    std::string text = request.method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    bool hasLength = false;
    for (const auto& [name, value] : request.headers) {
        text += name + ": " + value + "\r\n";
        hasLength = hasLength || lower(name) == "content-length";
    }
    if (!hasLength && (request.method != "GET" || !request.body.empty()))
        text += "Content-Length: " + std::to_string(request.body.size()) + "\r\n";
    // One exchange per connection: nothing is ever sent again on a reused one.
    text += "Connection: close\r\n\r\n";
    text += request.body;
    return text;
}

} // namespace

HttpResponse HttpClient::send(const HttpRequest& request, const DataSink& sink,
                              std::stop_token stop)
{
    HttpResponse response;
    const QUrl url(QString::fromStdString(request.url));
    const bool tls = url.scheme() == QLatin1String("https");
    if (!url.isValid() || (!tls && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
        response.errorString = Redaction::redact("not an http:// or https:// URL: " + request.url);
        return response;
    }

    std::unique_ptr<QTcpSocket> socket =
        tls ? std::make_unique<QSslSocket>() : std::make_unique<QTcpSocket>();
    // A local model server or a test server must not be sent through a proxy.
    if (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost") ||
        url.host() == QLatin1String("::1"))
        socket->setProxy(QNetworkProxy::NoProxy);

    std::exception_ptr sinkError;
    bool aborted = false;
    auto abortWith = [&](HttpOutcome outcome) {
        if (aborted)
            return;
        aborted = true;
        response.outcome = outcome;
        socket->abort();
    };
    ResponseParser parser(response, [&](std::string_view bytes) {
        if (sink && response.status >= 200 && response.status < 300) {
            try {
                sink(bytes);
            } catch (...) {
                sinkError = std::current_exception();
                abortWith(HttpOutcome::Cancelled);
            }
        } else {
            response.body.append(bytes);
        }
    });

    QEventLoop loop;
    QElapsedTimer sinceActivity;
    sinceActivity.start();
    std::optional<QString> socketError;
    bool closed = false;

    const std::string text = requestText(request, url);
    // Once the request is sent, silence is a read timeout, not a connect one.
    bool sent = false;
    auto sendRequest = [&] {
        sent = true;
        sinceActivity.restart();
        socket->write(text.data(), static_cast<qint64>(text.size()));
    };
    if (tls)
        QObject::connect(static_cast<QSslSocket*>(socket.get()), &QSslSocket::encrypted, &loop,
                         sendRequest);
    else
        QObject::connect(socket.get(), &QTcpSocket::connected, &loop, sendRequest);
    QObject::connect(socket.get(), &QTcpSocket::readyRead, &loop, [&] {
        sinceActivity.restart();
        const QByteArray bytes = socket->readAll();
        if (aborted)
            return;
        parser.feed(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        if (aborted || parser.state() == ResponseParser::State::Done ||
            parser.state() == ResponseParser::State::Failed)
            loop.quit();
    });
    QObject::connect(socket.get(), &QTcpSocket::disconnected, &loop, [&] {
        closed = true;
        loop.quit();
    });
    QObject::connect(socket.get(), &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError e) {
                         if (e == QAbstractSocket::RemoteHostClosedError) {
                             closed = true;
                         } else if (!aborted) {
                             socketError = socket->errorString();
                         }
                         loop.quit();
                     });

    QTimer watchdog;
    watchdog.setInterval(25);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        if (stop.stop_requested())
            abortWith(HttpOutcome::Cancelled);
        else if (!sent && sinceActivity.elapsed() > request.connectTimeoutMs)
            abortWith(HttpOutcome::ConnectTimeout);
        else if (sent && sinceActivity.elapsed() > request.readTimeoutMs)
            abortWith(HttpOutcome::ReadTimeout);
        if (aborted)
            loop.quit();
    });
    watchdog.start();

    const quint16 port = static_cast<quint16>(url.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket*>(socket.get())->connectToHostEncrypted(url.host(), port);
    else
        socket->connectToHost(url.host(), port);
    while (!aborted && !socketError && !closed && parser.state() != ResponseParser::State::Done &&
           parser.state() != ResponseParser::State::Failed)
        loop.exec();
    watchdog.stop();

    if (!aborted) {
        // Bytes that arrived with the close.
        const QByteArray rest = socket->readAll();
        if (!rest.isEmpty() && parser.state() != ResponseParser::State::Done)
            parser.feed(std::string_view(rest.constData(), static_cast<std::size_t>(rest.size())));
        if (closed || socketError)
            parser.closed();
        if (parser.state() == ResponseParser::State::Failed) {
            response.outcome =
                response.status != 0 ? HttpOutcome::Finished : HttpOutcome::NetworkError;
            response.errorString = parser.failure();
        } else if (response.status != 0) {
            // An HTTP error status is a response, not a network failure; a 2xx
            // body cut short keeps what arrived and says so.
            response.outcome = HttpOutcome::Finished;
            if (parser.state() != ResponseParser::State::Done)
                response.errorString = Redaction::redact(
                    socketError ? socketError->toStdString()
                                : "the connection closed before the response ended");
        } else {
            response.outcome = HttpOutcome::NetworkError;
            response.errorString = Redaction::redact(
                socketError ? socketError->toStdString()
                            : "the server closed the connection without answering");
        }
    }
    socket->abort();
    if (sinkError)
        std::rethrow_exception(sinkError);
    return response;
}

} // namespace kestrel::net
