#pragma once

#include "core/common/Error.h"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::runs::io {

// A CSV syntax error at a 1-based line and field index.
class CsvSyntaxError : public Error
{
public:
    CsvSyntaxError(std::int64_t line, std::int64_t field, const std::string& what)
        : Error(what), m_line(line), m_field(field)
    {
    }
    std::int64_t line() const { return m_line; }
    std::int64_t field() const { return m_field; }

private:
    std::int64_t m_line;
    std::int64_t m_field;
};

// RFC 4180 records over text in memory: quoted fields may hold the delimiter,
// doubled quotes and line breaks; CRLF or LF line ends; blank lines skipped; a
// UTF-8 byte-order mark ignored. Fields are views into the text (or into the
// reader, for a quoted field with doubled quotes) valid until the next next().
class CsvReader
{
public:
    CsvReader(std::string_view text, char delimiter);

    // Reads the next record; false at the end. Throws CsvSyntaxError.
    bool next();

    std::size_t size() const { return m_fields.size(); }
    std::string_view field(std::size_t i) const { return m_fields[i]; }
    // The line the current record starts on, and the line field i starts on.
    std::int64_t line() const { return m_recordLine; }
    std::int64_t fieldLine(std::size_t i) const { return m_fieldLines[i]; }
    // Bytes read so far, for progress.
    std::size_t offset() const { return m_pos; }
    std::size_t totalSize() const { return m_text.size(); }

    // ',', ';' or '\t': whichever occurs most in the first record (',' on a tie).
    static char detectDelimiter(std::string_view text);

private:
    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    std::int64_t m_line = 1;
    std::int64_t m_recordLine = 0;
    std::vector<std::string_view> m_fields;
    std::vector<std::int64_t> m_fieldLines;
    // Unescaped copies of quoted fields; a deque so earlier views stay valid.
    std::deque<std::string> m_unescaped;
    std::size_t m_unescapedUsed = 0;
};

} // namespace kestrel::runs::io
