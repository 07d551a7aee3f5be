#include "core/net/SseParser.h"

namespace kestrel::net {

std::vector<SseEvent> SseParser::feed(std::string_view bytes)
{
    std::vector<SseEvent> out;
    m_buffer.append(bytes);
    std::size_t i = m_pos;
    while (i < m_buffer.size()) {
        const char c = m_buffer[i];
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n' && i == m_pos) {
                m_pos = ++i;
                continue;
            }
        }
        if (c == '\n' || c == '\r') {
            line(std::string_view(m_buffer).substr(m_pos, i - m_pos), out);
            m_skipLf = (c == '\r');
            m_pos = ++i;
        } else {
            ++i;
        }
    }
    // Drop consumed bytes now and then rather than on every read.
    if (m_pos > 65536 || m_pos == m_buffer.size()) {
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    return out;
}

std::vector<SseEvent> SseParser::finish()
{
    std::vector<SseEvent> out;
    if (m_pos < m_buffer.size())
        line(std::string_view(m_buffer).substr(m_pos), out);
    m_buffer.clear();
    m_pos = 0;
    line({}, out);
    return out;
}

void SseParser::line(std::string_view text, std::vector<SseEvent>& out)
{
    if (text.empty()) {
        if (m_hasData || !m_current.event.empty())
            out.push_back(std::move(m_current));
        m_current = {};
        m_hasData = false;
        return;
    }
    if (text.front() == ':')
        return;
    const std::size_t colon = text.find(':');
    std::string_view field = text.substr(0, colon);
    std::string_view value;
    if (colon != std::string_view::npos) {
        value = text.substr(colon + 1);
        if (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
    }
    if (field == "event") {
        m_current.event = std::string(value);
    } else if (field == "data") {
        if (m_hasData)
            m_current.data += '\n';
        m_current.data.append(value);
        m_hasData = true;
    }
    // "id" and "retry" are not used by either provider.
}

} // namespace kestrel::net
