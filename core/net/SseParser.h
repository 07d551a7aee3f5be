#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kestrel::net {

// One server-sent event: the `event:` name (empty when the stream names none)
// and its `data:` lines joined by '\n'.
struct SseEvent
{
    std::string event;
    std::string data;
};

// Incremental parser for text/event-stream (the WHATWG rules both providers
// follow). Bytes are buffered and only complete lines are interpreted, so an
// event split across network reads - even inside a multi-byte UTF-8 character -
// comes out whole. Lines end in "\n", "\r\n" or "\r"; comments (":...") are
// skipped; an event is dispatched on a blank line.
class SseParser
{
public:
    // Appends bytes and returns the events they completed, in order.
    std::vector<SseEvent> feed(std::string_view bytes);
    // At end of stream: the event whose blank line never came, if any.
    std::vector<SseEvent> finish();
    // Bytes received but not yet part of a complete line.
    std::size_t pending() const { return m_buffer.size() - m_pos; }

private:
    void line(std::string_view text, std::vector<SseEvent>& out);

    std::string m_buffer;
    std::size_t m_pos = 0;
    bool m_skipLf = false; // a '\r' ended the last line; a following '\n' belongs to it
    SseEvent m_current;
    bool m_hasData = false;
};

} // namespace kestrel::net
