#include "core/runs/io/CsvImporter.h"

#include "core/common/Text.h"
#include "core/runs/RunValidation.h"
#include "core/runs/io/BadRows.h"
#include "core/runs/io/CsvReader.h"
#include "core/runs/io/MappedFile.h"
#include "core/runs/io/RunFields.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace kestrel::runs {

using io::CsvReader;
using io::CsvSyntaxError;
using io::RunField;

namespace {

std::string trimmed(std::string_view s)
{
    return std::string(trim(s));
}

// Reads the header record; wraps syntax errors with the file name.
std::vector<std::string> readHeader(CsvReader& reader, const std::string& path)
{
    try {
        if (!reader.next())
            throw ImportError(path, 1, 0,
                              "the file is empty: a header row naming the columns is needed");
    } catch (const CsvSyntaxError& e) {
        throw ImportError(path, e.line(), e.field(), e.what());
    }
    std::vector<std::string> header;
    for (std::size_t i = 0; i < reader.size(); ++i)
        header.push_back(trimmed(reader.field(i)));
    return header;
}

} // namespace

CsvMapping suggestCsvMapping(const std::vector<std::string>& header)
{
    CsvMapping mapping;
    for (const std::string& column : header) {
        if (const auto field = io::runFieldFromName(column)) {
            const std::string name(io::runFieldName(*field));
            // A column named exactly after the field wins over an alias.
            const auto it = mapping.fieldToColumn.find(name);
            if (it == mapping.fieldToColumn.end() || lower(column) == name)
                mapping.fieldToColumn[name] = column;
        }
    }
    return mapping;
}

CsvPreview previewCsv(const std::string& path, int maxRows)
{
    io::MappedFile file(path);
    CsvPreview preview;
    preview.delimiter = CsvReader::detectDelimiter(file.view());
    CsvReader reader(file.view(), preview.delimiter);
    preview.header = readHeader(reader, path);
    try {
        while (static_cast<int>(preview.rows.size()) < maxRows && reader.next()) {
            std::vector<std::string> row;
            for (std::size_t i = 0; i < reader.size(); ++i)
                row.emplace_back(reader.field(i));
            preview.rows.push_back(std::move(row));
        }
    } catch (const CsvSyntaxError& e) {
        throw ImportError(path, e.line(), e.field(), e.what());
    }
    preview.suggested = suggestCsvMapping(preview.header);
    preview.suggested.delimiter = preview.delimiter;
    return preview;
}

namespace io {

void importCsv(const std::string& path, const CsvMapping& given, RunSink& sink, BadRows& bad,
               Feedback& feedback)
{
    MappedFile file(path);
    const bool suggest = given.fieldToColumn.empty();
    const char delimiter = suggest ? CsvReader::detectDelimiter(file.view()) : given.delimiter;
    CsvReader reader(file.view(), delimiter);
    const std::vector<std::string> header = readHeader(reader, path);
    const CsvMapping mapping = suggest ? suggestCsvMapping(header) : given;

    // (column index, field) for every mapped field, in column order.
    std::vector<std::pair<std::size_t, RunField>> columns;
    for (const auto& [fieldName, columnName] : mapping.fieldToColumn) {
        const auto field = runFieldFromName(fieldName);
        if (!field || runFieldName(*field) != fieldName)
            throw ImportError(path, 1, 0, "'" + fieldName + "' is not a run field");
        auto it = std::find(header.begin(), header.end(), columnName);
        if (it == header.end()) {
            // Not captured by the lambda: clang before 16 cannot capture a structured binding.
            const std::string wanted = lower(columnName);
            it = std::find_if(header.begin(), header.end(),
                              [&](const std::string& h) { return lower(h) == wanted; });
        }
        if (it == header.end())
            throw ImportError(path, 1, 0,
                              "the header has no column '" + columnName + "' (mapped to " +
                                  fieldName + ")");
        columns.emplace_back(static_cast<std::size_t>(it - header.begin()), *field);
    }
    for (RunField required : {RunField::Model, RunField::Time}) {
        const bool present = std::any_of(columns.begin(), columns.end(),
                                         [&](const auto& c) { return c.second == required; });
        if (!present)
            throw ImportError(path, 1, 0,
                              "missing required column '" + std::string(runFieldName(required)) +
                                  "' (name a column " + std::string(runFieldName(required)) +
                                  " or one of its aliases, or map one)");
    }
    std::sort(columns.begin(), columns.end());

    RunRecord run;
    std::int64_t rows = 0;
    const double total = static_cast<double>(std::max<std::size_t>(1, reader.totalSize()));
    for (;;) {
        const std::size_t recordStart = reader.offset();
        try {
            if (!reader.next())
                break;
        } catch (const CsvSyntaxError& e) {
            throw ImportError(path, e.line(), e.field(), e.what());
        }
        try {
            if (reader.size() != header.size())
                throw ImportError(path, reader.line(), static_cast<std::int64_t>(reader.size()),
                                  "this record has " + std::to_string(reader.size()) +
                                      " fields but the header has " +
                                      std::to_string(header.size()));
            clearRun(run);
            for (const auto& [index, field] : columns) {
                try {
                    setFieldFromText(run, field, reader.field(index));
                } catch (const FieldValueError& e) {
                    throw ImportError(
                        path, reader.fieldLine(index), static_cast<std::int64_t>(index + 1),
                        std::string(e.what()) + " (field " + std::to_string(index + 1) +
                            ", column '" + header[index] + "')");
                }
            }
            if (run.model.empty()) {
                const auto it = std::find_if(columns.begin(), columns.end(), [](const auto& c) {
                    return c.second == RunField::Model;
                });
                throw ImportError(path, reader.line(), static_cast<std::int64_t>(it->first + 1),
                                  "the model name is empty (field " +
                                      std::to_string(it->first + 1) + ", column '" +
                                      header[it->first] + "')");
            }
            if (const auto problem = validateRun(run)) {
                const auto it = std::find_if(columns.begin(), columns.end(), [&](const auto& c) {
                    return runFieldName(c.second) == problem->field;
                });
                const std::int64_t column =
                    it == columns.end() ? 0 : static_cast<std::int64_t>(it->first + 1);
                throw ImportError(
                    path, it == columns.end() ? reader.line() : reader.fieldLine(it->first), column,
                    it == columns.end() ? problem->message
                                        : problem->message + " (field " + std::to_string(column) +
                                              ", column '" + header[it->first] + "')");
            }
        } catch (const ImportError& e) {
            std::string_view record =
                file.view().substr(recordStart, reader.offset() - recordStart);
            while (!record.empty() && (record.back() == '\n' || record.back() == '\r'))
                record.remove_suffix(1);
            bad.add(e, record);
            continue;
        }
        sink.add(run);
        if ((++rows & 0x3FFF) == 0) {
            feedback.throwIfStopped();
            feedback.report(static_cast<double>(reader.offset()) / total);
        }
    }
    feedback.throwIfStopped();
}

} // namespace io

} // namespace kestrel::runs
