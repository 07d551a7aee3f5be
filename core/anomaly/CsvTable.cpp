#include "core/anomaly/CsvTable.h"

#include "core/common/Error.h"
#include "core/common/OutputFile.h"
#include "core/common/Text.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kestrel::anomaly {

namespace {

std::string trim(const std::string& s)
{
    return std::string(kestrel::trim(s));
}

std::string quoteIfNeeded(const std::string& field)
{
    if (field.find_first_of(",\"\n\r") == std::string::npos)
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::optional<double> parseNumber(const std::string& text)
{
    const std::string t = trim(text);
    if (t.empty())
        return std::nullopt;
    const char* begin = t.data();
    if (*begin == '+')
        ++begin;
    double v = 0.0;
    const auto [end, ec] = std::from_chars(begin, t.data() + t.size(), v);
    if (ec != std::errc() || end != t.data() + t.size())
        return std::nullopt;
    return v;
}

CsvTable CsvTable::read(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot open " + path + ": check that the file exists and is readable");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), path);
}

CsvTable CsvTable::parse(const std::string& text, const std::string& name)
{
    CsvTable table;
    table.m_name = name;
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    std::size_t line = 1;
    std::size_t recordLine = 1;
    std::size_t i = 0;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) // UTF-8 byte order mark
        i = 3;

    auto endRecord = [&] {
        fields.push_back(field);
        field.clear();
        fieldStarted = false;
        const bool blank = fields.size() == 1 && trim(fields[0]).empty();
        if (!blank) {
            if (table.m_header.empty()) {
                table.m_header.reserve(fields.size());
                for (const std::string& h : fields)
                    table.m_header.push_back(trim(h));
            } else {
                if (fields.size() != table.m_header.size())
                    throw Error(name + ", line " + std::to_string(recordLine) + ": " +
                                std::to_string(fields.size()) + " fields where the header has " +
                                std::to_string(table.m_header.size()));
                table.m_rows.push_back(fields);
                table.m_lines.push_back(recordLine);
            }
        }
        fields.clear();
    };

    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            fields.push_back(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw Error(name + ", line " + std::to_string(recordLine) +
                    ": a quoted field is never closed");
    if (!field.empty() || !fields.empty())
        endRecord();
    if (table.m_header.empty())
        throw Error(name + " is empty: expected a header row and data rows");
    if (table.m_rows.empty())
        throw Error("no data: " + name + " has a header but no rows");
    return table;
}

std::optional<std::size_t> CsvTable::column(const std::string& name) const
{
    const auto it = std::find(m_header.begin(), m_header.end(), name);
    if (it == m_header.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - m_header.begin());
}

std::optional<std::size_t> CsvTable::timeColumn() const
{
    for (std::size_t c = 0; c < m_header.size(); ++c) {
        const std::string h = lower(m_header[c]);
        if (h == "time" || h == "timestamp" || h == "date" || h == "datetime" || h == "ts")
            return c;
    }
    for (std::size_t c = 0; c < m_header.size(); ++c) {
        const bool allTimes = std::all_of(m_rows.begin(), m_rows.end(), [&](const auto& r) {
            return !parseNumber(r[c]) && parseTime(trim(r[c])).has_value();
        });
        if (allTimes)
            return c;
    }
    return std::nullopt;
}

std::vector<std::size_t> CsvTable::numericColumns() const
{
    const std::optional<std::size_t> time = timeColumn();
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < m_header.size(); ++c) {
        if (time && *time == c)
            continue;
        const bool numeric = std::all_of(m_rows.begin(), m_rows.end(), [&](const auto& r) {
            return parseNumber(r[c]).has_value();
        });
        if (numeric)
            out.push_back(c);
    }
    return out;
}

Eigen::MatrixXd CsvTable::matrix(const std::vector<std::size_t>& columns) const
{
    Eigen::MatrixXd x(static_cast<Eigen::Index>(m_rows.size()),
                      static_cast<Eigen::Index>(columns.size()));
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const std::size_t c = columns[k];
            const std::string& text = m_rows[r][c];
            const std::optional<double> v = parseNumber(text);
            const std::string where = m_name + ", line " + std::to_string(m_lines[r]) +
                                      ", column " + std::to_string(c + 1) + " (" + m_header[c] +
                                      ")";
            if (!v)
                throw Error(where + ": " +
                            (trim(text).empty() ? std::string("empty value")
                                                : "'" + text + "' is not a number"));
            if (!std::isfinite(*v))
                throw Error(where + ": " + trim(text) +
                            " is not a finite number; remove or fill it before detection");
            x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)) = *v;
        }
    }
    return x;
}

std::vector<EpochMs> CsvTable::times(std::size_t column) const
{
    std::vector<EpochMs> out;
    out.reserve(m_rows.size());
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const std::optional<EpochMs> t = parseTime(trim(m_rows[r][column]));
        if (!t)
            throw Error(m_name + ", line " + std::to_string(m_lines[r]) + ", column " +
                        std::to_string(column + 1) + " (" + m_header[column] + "): '" +
                        m_rows[r][column] + "' is not a time");
        out.push_back(*t);
    }
    return out;
}

void CsvTable::writeWith(const std::string& path, const std::vector<std::string>& extraHeader,
                         const std::vector<std::vector<std::string>>& extraColumns) const
{
    if (extraColumns.size() != extraHeader.size())
        throw Error("internal: extra columns and their names differ in number");
    for (const auto& col : extraColumns)
        if (col.size() != m_rows.size())
            throw Error("internal: an extra column does not have one value per row");
    OutputFile file(path);
    std::ostream& out = file.stream();
    auto writeRow = [&](const std::vector<std::string>& fields,
                        const std::vector<std::string>& extra) {
        for (std::size_t i = 0; i < fields.size(); ++i)
            out << (i ? "," : "") << quoteIfNeeded(fields[i]);
        for (const std::string& e : extra)
            out << ',' << quoteIfNeeded(e);
        out << '\n';
    };
    writeRow(m_header, extraHeader);
    std::vector<std::string> extra(extraColumns.size());
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        for (std::size_t k = 0; k < extraColumns.size(); ++k)
            extra[k] = extraColumns[k][r];
        writeRow(m_rows[r], extra);
    }
    file.commit();
}

} // namespace kestrel::anomaly
