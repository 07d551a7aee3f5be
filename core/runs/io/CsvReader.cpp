#include "core/runs/io/CsvReader.h"

namespace kestrel::runs::io {

namespace {

std::string_view withoutBom(std::string_view text)
{
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    return text;
}

} // namespace

CsvReader::CsvReader(std::string_view text, char delimiter)
    : m_text(withoutBom(text)), m_delimiter(delimiter)
{
    m_fields.reserve(32);
    m_fieldLines.reserve(32);
}

char CsvReader::detectDelimiter(std::string_view text)
{
    text = withoutBom(text);
    std::size_t comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

bool CsvReader::next()
{
    m_fields.clear();
    m_fieldLines.clear();
    m_unescapedUsed = 0;
    const std::string_view t = m_text;
    const std::size_t n = t.size();
    std::size_t pos = m_pos;

    // Blank lines between records carry no run.
    while (pos < n && (t[pos] == '\n' || t[pos] == '\r')) {
        if (t[pos] == '\n' || pos + 1 >= n || t[pos + 1] != '\n')
            ++m_line;
        ++pos;
    }
    if (pos >= n) {
        m_pos = pos;
        return false;
    }
    m_recordLine = m_line;

    for (;;) {
        const std::int64_t fieldLine = m_line;
        const auto fieldNumber = static_cast<std::int64_t>(m_fields.size() + 1);
        if (pos < n && t[pos] == '"') {
            const std::size_t start = ++pos;
            bool doubled = false;
            for (;;) {
                if (pos >= n)
                    throw CsvSyntaxError(fieldLine, fieldNumber,
                                         "a quoted field is never closed (its opening quote is "
                                         "on this line)");
                const char c = t[pos];
                if (c == '"') {
                    if (pos + 1 < n && t[pos + 1] == '"') {
                        doubled = true;
                        pos += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                ++pos;
            }
            std::string_view raw = t.substr(start, pos - start);
            ++pos; // the closing quote
            if (doubled) {
                if (m_unescapedUsed == m_unescaped.size())
                    m_unescaped.emplace_back();
                std::string& s = m_unescaped[m_unescapedUsed++];
                s.clear();
                for (std::size_t i = 0; i < raw.size(); ++i) {
                    s.push_back(raw[i]);
                    if (raw[i] == '"')
                        ++i; // skip the second quote of the pair
                }
                raw = s;
            }
            m_fields.push_back(raw);
            if (pos < n && t[pos] != m_delimiter && t[pos] != '\n' && t[pos] != '\r')
                throw CsvSyntaxError(m_line, fieldNumber,
                                     std::string("unexpected '") + t[pos] +
                                         "' after the closing quote of a field");
        } else {
            const std::size_t start = pos;
            while (pos < n) {
                const char c = t[pos];
                if (c == m_delimiter || c == '\n' || c == '\r')
                    break;
                ++pos;
            }
            m_fields.push_back(t.substr(start, pos - start));
        }
        m_fieldLines.push_back(fieldLine);

        if (pos >= n)
            break;
        const char c = t[pos];
        if (c == m_delimiter) {
            ++pos;
            continue;
        }
        ++pos; // '\n' or '\r'
        if (c == '\r' && pos < n && t[pos] == '\n')
            ++pos;
        ++m_line;
        break;
    }
    m_pos = pos;
    return true;
}

} // namespace kestrel::runs::io
