// Fuzzes the text/event-stream parser. The first byte chooses how the rest is
// cut into network reads (so that events, CRLF pairs and UTF-8 characters are
// split at every place); the events must come out the same as when the whole
// stream is fed at once.
#include "core/net/SseParser.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

std::vector<kestrel::net::SseEvent> parse(std::string_view stream, std::size_t chunk)
{
    kestrel::net::SseParser parser;
    std::vector<kestrel::net::SseEvent> events;
    for (std::size_t pos = 0; pos < stream.size(); pos += chunk) {
        auto more = parser.feed(stream.substr(pos, chunk));
        events.insert(events.end(), more.begin(), more.end());
    }
    auto last = parser.finish();
    events.insert(events.end(), last.begin(), last.end());
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t chunk = 1 + data[0] % 17;
    const std::string_view stream(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto whole = parse(stream, stream.size() + 1);
    const auto pieces = parse(stream, chunk);
    if (whole.size() != pieces.size())
        std::abort();
    for (std::size_t i = 0; i < whole.size(); ++i)
        if (whole[i].event != pieces[i].event || whole[i].data != pieces[i].data)
            std::abort();
    return 0;
}
