#include "core/runs/io/JsonImporter.h"

#include "core/common/Json.h"
#include "core/common/JsonDocument.h"
#include "core/runs/RunValidation.h"
#include "core/runs/io/BadRows.h"
#include "core/runs/io/MappedFile.h"
#include "core/runs/io/RunFields.h"
#include "core/runs/io/RunImport.h"

#include <cmath>

namespace kestrel::runs::io {

namespace {

struct TextPosition
{
    std::int64_t line = 1;
    std::int64_t column = 1;
};

// 1-based line and character column of byte `offset` (0-based) in `text`.
TextPosition positionOf(std::string_view text, std::size_t offset)
{
    TextPosition p;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++p.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return p;
}

// nlohmann's message without its "[json.exception...] parse error at line L,
// column C: " prefix, which we replace with our own position.
std::string parseMessage(const Json::parse_error& e)
{
    std::string what = e.what();
    const auto at = what.find("column ");
    if (at != std::string::npos) {
        const auto colon = what.find(": ", at);
        if (colon != std::string::npos)
            return what.substr(colon + 2);
    }
    const auto bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// A number too large for a double (1e999): refused naming where it is. `line`
// is the line `text` starts on (0: `text` is the whole file).
[[noreturn]] void throwOverflow(const std::string& path, std::int64_t line, std::string_view text,
                                const Json::out_of_range& e)
{
    const auto number = overflowingNumber(e, text);
    const TextPosition p = positionOf(text, number ? number->offset : 0);
    throw ImportError(path, line > 0 ? line : p.line, p.column,
                      number ? "the number " + number->text + " is too large"
                             : std::string(e.what()));
}

// Byte offsets where each element of the top-level array starts; used only to
// point at the record an error is about.
std::vector<std::size_t> arrayElementOffsets(std::string_view text)
{
    std::vector<std::size_t> out;
    int depth = 0;
    bool expectElement = false;
    scanJsonOutsideStrings(text, [&](std::size_t i, char c) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            return true;
        if (depth == 1 && expectElement && c != ']') {
            out.push_back(i);
            expectElement = false;
        }
        if (c == '[' || c == '{') {
            if (++depth == 1)
                expectElement = true;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
        return true;
    });
    return out;
}

std::string describe(const Json& v)
{
    std::string s = dumpJson(v);
    return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

} // namespace

void runFromJson(const Json& object, RunRecord& run)
{
    if (!object.is_object())
        throw FieldValueError("a run must be a JSON object, not " + describe(object));
    clearRun(run);
    bool hasTime = false;
    for (const auto& [key, value] : object.items()) {
        const auto field = runFieldFromName(key);
        if (!field || value.is_null())
            continue;
        try {
            if (isJsonField(*field) && (value.is_object() || value.is_array())) {
                setFieldFromText(run, *field, dumpJson(value));
            } else if (value.is_string()) {
                setFieldFromText(run, *field, value.get_ref<const std::string&>());
            } else if (value.is_number() && (isNumericField(*field) || *field == RunField::Time)) {
                const double v = value.get<double>();
                if (*field == RunField::Time && value.is_number_integer())
                    setFieldFromText(run, *field, std::to_string(value.get<std::int64_t>()));
                else if (std::isfinite(v))
                    setFieldFromText(run, *field, dumpJson(value));
            } else if (value.is_number() && !isJsonField(*field)) {
                setFieldFromText(run, *field, dumpJson(value)); // e.g. a numeric run id
            } else {
                throw FieldValueError(describe(value) + " is not a valid value");
            }
        } catch (const FieldValueError& e) {
            throw FieldValueError(std::string(e.what()) + " (key '" + key + "')");
        }
        if (*field == RunField::Time)
            hasTime = true;
    }
    if (run.model.empty())
        throw FieldValueError("the run has no model_name (or model)");
    if (!hasTime)
        throw FieldValueError("the run has no execution_time (or time, timestamp, start_time)");
    if (const auto problem = validateRun(run))
        throw FieldValueError(problem->message);
}

void importJsonArray(const std::string& path, RunSink& sink, BadRows& bad, Feedback& feedback)
{
    MappedFile file(path);
    const std::string_view text = file.view();
    if (const auto at = jsonTooDeepAt(text)) {
        const TextPosition p = positionOf(text, *at);
        throw ImportError(path, p.line, p.column, jsonTooDeepMessage());
    }
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        // e.byte is 1-based: the position of the character that broke the parse.
        const TextPosition p = positionOf(text, e.byte > 0 ? e.byte - 1 : 0);
        throw ImportError(path, p.line, p.column, parseMessage(e));
    } catch (const Json::out_of_range& e) {
        throwOverflow(path, 0, text, e);
    }
    if (!doc.is_array())
        throw ImportError(path, 1, 1, "expected a JSON array of run objects");
    feedback.throwIfStopped();

    RunRecord run;
    std::vector<std::size_t> offsets; // of each element, found at the first bad one
    for (std::size_t i = 0; i < doc.size(); ++i) {
        try {
            runFromJson(doc[i], run);
        } catch (const FieldValueError& e) {
            if (offsets.empty())
                offsets = arrayElementOffsets(text);
            const TextPosition p = positionOf(text, i < offsets.size() ? offsets[i] : 0);
            bad.add(p.line, p.column, "run " + std::to_string(i + 1) + ": " + e.what(),
                    dumpJson(doc[i]));
            continue;
        }
        sink.add(run);
        if ((i & 0xFFF) == 0xFFF) {
            feedback.throwIfStopped();
            feedback.report(static_cast<double>(i) / static_cast<double>(doc.size()));
        }
    }
    feedback.throwIfStopped();
}

void importJsonLines(const std::string& path, RunSink& sink, BadRows& bad, Feedback& feedback)
{
    MappedFile file(path);
    const std::string_view text = file.view();
    RunRecord run;
    std::size_t pos = 0;
    std::int64_t line = 0;
    while (pos < text.size()) {
        ++line;
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view record = text.substr(pos, end - pos);
        pos = end + 1;
        if (line == 1 && record.substr(0, 3) == "\xEF\xBB\xBF")
            record.remove_prefix(3);
        if (record.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        if (const auto at = jsonTooDeepAt(record)) {
            const TextPosition p = positionOf(record, *at);
            throw ImportError(path, line, p.column, jsonTooDeepMessage());
        }
        Json object;
        try {
            object = Json::parse(record.begin(), record.end());
        } catch (const Json::parse_error& e) {
            const TextPosition p = positionOf(record, e.byte > 0 ? e.byte - 1 : 0);
            throw ImportError(path, line, p.column, parseMessage(e));
        } catch (const Json::out_of_range& e) {
            throwOverflow(path, line, record, e);
        }
        try {
            runFromJson(object, run);
        } catch (const FieldValueError& e) {
            const auto first = record.find_first_not_of(" \t");
            bad.add(line, static_cast<std::int64_t>(first) + 1, e.what(), record);
            continue;
        }
        sink.add(run);
        if ((line & 0xFFF) == 0) {
            feedback.throwIfStopped();
            feedback.report(static_cast<double>(pos) / static_cast<double>(text.size()));
        }
    }
    feedback.throwIfStopped();
}

} // namespace kestrel::runs::io
