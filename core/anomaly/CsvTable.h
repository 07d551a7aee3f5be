#pragma once

#include "core/common/Time.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace kestrel::anomaly {

// A small CSV table for `kestrel detect --csv`: a header row, then rows of
// the same width. Fields may be quoted ("a, b", "" for a quote). Every field
// is kept as text so the rows can be written back unchanged.
class CsvTable
{
public:
    // Throws kestrel::Error naming the file and line for an unreadable file,
    // an empty file, a row of the wrong width or an unclosed quote.
    static CsvTable read(const std::string& path);
    static CsvTable parse(const std::string& text, const std::string& name = "input");

    const std::vector<std::string>& header() const { return m_header; }
    std::size_t rowCount() const { return m_rows.size(); }
    const std::vector<std::string>& row(std::size_t i) const { return m_rows[i]; }
    // The file line a row came from (1-based; the header is line 1).
    std::size_t lineOf(std::size_t row) const { return m_lines[row]; }

    // Index of a column by exact name, nothing if absent.
    std::optional<std::size_t> column(const std::string& name) const;
    // The time column: one named time/timestamp/date/datetime/ts (any case),
    // else the first column whose every value parses as a time but not as a number.
    std::optional<std::size_t> timeColumn() const;
    // Columns whose every value is a number, without the time column.
    std::vector<std::size_t> numericColumns() const;

    // The given columns as a matrix. Throws kestrel::Error naming file, line
    // and column for a value that is empty, not a number, NaN or infinite.
    Eigen::MatrixXd matrix(const std::vector<std::size_t>& columns) const;
    // Throws kestrel::Error naming file, line and column for an unparsable time.
    std::vector<EpochMs> times(std::size_t column) const;

    // Writes the table with extra columns appended, through a temporary file
    // renamed into place, so a failed write leaves nothing half-written.
    void writeWith(const std::string& path, const std::vector<std::string>& extraHeader,
                   const std::vector<std::vector<std::string>>& extraColumns) const;

private:
    std::string m_name;
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<std::size_t> m_lines;
};

// Strict number parsing: the whole field must be a number (spaces around allowed).
std::optional<double> parseNumber(const std::string& text);

} // namespace kestrel::anomaly
