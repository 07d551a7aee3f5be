#include "core/ai/HttpClient.h"

#include "core/ai/Redaction.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <exception>

namespace kestrel::ai {

HttpResponse HttpClient::send(const HttpRequest& request, const DataSink& sink, std::stop_token stop)
{
    HttpResponse response;
    QNetworkAccessManager nam;
    const QUrl url(QString::fromStdString(request.url));
    // A local model server or a test server must not be sent through a proxy.
    if (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost") ||
        url.host() == QLatin1String("::1"))
        nam.setProxy(QNetworkProxy::NoProxy);

    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto& [name, value] : request.headers)
        req.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));

    QNetworkReply* reply = nullptr;
    if (request.method == "GET")
        reply = nam.get(req);
    else
        reply = nam.sendCustomRequest(req, QByteArray::fromStdString(request.method),
                                      QByteArray::fromStdString(request.body));

    QEventLoop loop;
    QElapsedTimer sinceActivity;
    sinceActivity.start();
    bool headersSeen = false;
    bool aborted = false;
    std::exception_ptr sinkError;

    auto readHeaders = [&] {
        if (headersSeen)
            return;
        const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!code.isValid())
            return;
        headersSeen = true;
        response.status = code.toInt();
        for (const auto& pair : reply->rawHeaderPairs())
            response.headers[pair.first.toLower().toStdString()] = pair.second.toStdString();
    };
    auto abortWith = [&](HttpOutcome outcome) {
        if (aborted)
            return;
        aborted = true;
        response.outcome = outcome;
        reply->abort();
    };

    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        readHeaders();
        sinceActivity.restart();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        readHeaders();
        sinceActivity.restart();
        const QByteArray chunk = reply->readAll();
        if (chunk.isEmpty() || aborted)
            return;
        response.receivedData = true;
        if (sink && response.status >= 200 && response.status < 300) {
            try {
                sink(std::string_view(chunk.constData(), static_cast<std::size_t>(chunk.size())));
            } catch (...) {
                sinkError = std::current_exception();
                abortWith(HttpOutcome::Cancelled);
            }
        } else {
            response.body.append(chunk.constData(), static_cast<std::size_t>(chunk.size()));
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);

    QTimer watchdog;
    watchdog.setInterval(25);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        if (stop.stop_requested())
            abortWith(HttpOutcome::Cancelled);
        else if (!headersSeen && sinceActivity.elapsed() > request.connectTimeoutMs)
            abortWith(HttpOutcome::ConnectTimeout);
        else if (headersSeen && sinceActivity.elapsed() > request.readTimeoutMs)
            abortWith(HttpOutcome::ReadTimeout);
    });
    watchdog.start();
    if (!reply->isFinished())
        loop.exec();
    watchdog.stop();

    readHeaders();
    if (!aborted) {
        // Whatever is left in the buffer after finished().
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty()) {
            response.receivedData = true;
            if (sink && response.status >= 200 && response.status < 300) {
                try {
                    sink(std::string_view(rest.constData(), static_cast<std::size_t>(rest.size())));
                } catch (...) {
                    sinkError = std::current_exception();
                }
            } else {
                response.body.append(rest.constData(), static_cast<std::size_t>(rest.size()));
            }
        }
        const auto error = reply->error();
        // An HTTP error status is a response, not a network failure.
        if (error == QNetworkReply::NoError || response.status != 0) {
            response.outcome = HttpOutcome::Finished;
            if (error != QNetworkReply::NoError && (response.status >= 200 && response.status < 300))
                response.errorString = Redaction::redact(reply->errorString().toStdString());
        } else {
            response.outcome = HttpOutcome::NetworkError;
            response.errorString = Redaction::redact(reply->errorString().toStdString());
        }
    }
    delete reply;
    if (sinkError)
        std::rethrow_exception(sinkError);
    return response;
}

} // namespace kestrel::ai
