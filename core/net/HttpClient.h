#pragma once

#include <functional>
#include <map>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kestrel::net {

struct HttpRequest
{
    std::string method = "GET"; // GET or POST
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    // Until the response headers arrive (connecting, TLS, the server thinking).
    int connectTimeoutMs = 15'000;
    // Longest silence allowed once the response has started.
    int readTimeoutMs = 60'000;
};

enum class HttpOutcome
{
    Finished, // the server ended the response (cleanly or not: see the protocol)
    ConnectTimeout,
    ReadTimeout,
    NetworkError, // refused, reset, DNS, TLS...
    Cancelled,
};

struct HttpResponse
{
    HttpOutcome outcome = HttpOutcome::NetworkError;
    int status = 0;                             // 0 when no response arrived
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;        // the body when not streamed (non-2xx bodies always land here)
    std::string errorString; // the network layer's words for a failure, redacted
    bool receivedData = false;
};

// One HTTP/1.1 exchange on a connection of its own (Connection: close),
// blocking the calling thread while a private socket and QEventLoop run on
// it. Nothing is ever sent twice: QNetworkAccessManager re-sends a request
// whose connection drops before the answer, which for a POST to a model API
// would be a second billed request. Callable from any thread
// with a Qt event dispatcher (the main thread, a QThread, a QThreadPool worker
// such as a JobRunner job). Each call is independent: nothing is shared
// between threads.
class HttpClient
{
public:
    // Receives body bytes of a 2xx response as they arrive. May throw; the
    // exchange is then aborted and the exception rethrown from send().
    using DataSink = std::function<void(std::string_view)>;

    // Sends `request`. With a sink, 2xx body bytes go to it instead of
    // response.body. Stops within ~25 ms of `stop` being requested
    // (outcome Cancelled). Never throws for HTTP or network failures.
    static HttpResponse send(const HttpRequest& request, const DataSink& sink,
                             std::stop_token stop);
};

} // namespace kestrel::net
