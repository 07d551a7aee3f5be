#pragma once

#include "core/common/Error.h"
#include "core/common/Text.h"
#include "core/runs/RunRecord.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace kestrel::runs::io {

// The run fields an import can fill and an export writes, named as the columns
// of the runs table. The order is the export's column order.
enum class RunField
{
    Model,
    Symbol,
    Time,
    Status,
    Duration,
    Accuracy,
    Confidence,
    InputParams,
    OutputResults,
    ErrorMessage,
    DataSource,
    MemoryMb,
    CpuPercent,
    Experiment,
    RunName,
    ExternalId,
    Tags
};
inline constexpr std::size_t kRunFieldCount = 17;

const std::array<std::string_view, kRunFieldCount>& runFieldNames();
std::string_view runFieldName(RunField field);

// The field a column or key name stands for: the table's own names and common
// aliases ("model", "timestamp", "duration_s", "accuracy"...), compared without
// case, spaces or dashes. Nothing for an unknown name.
std::optional<RunField> runFieldFromName(std::string_view name);

bool isNumericField(RunField field);
// Fields holding JSON object text.
bool isJsonField(RunField field);

// A value that does not fit its field; the importer adds file, line and column.
class FieldValueError : public Error
{
public:
    using Error::Error;
};

// Sets `field` of `run` from text (surrounding spaces ignored; empty clears an
// optional field). Numbers must be plain decimal numbers, times anything
// kestrel::parseTime reads. Throws FieldValueError otherwise.
void setFieldFromText(RunRecord& run, RunField field, std::string_view text);

// "FINISHED", "success", "Completed" ... → one of the stored statuses; other
// values are kept, lower-cased.
std::string normaliseStatus(std::string_view text);

// Strict decimal number: the whole text (spaces trimmed) must be one number.
std::optional<double> parseNumber(std::string_view text);

// Clears every field but keeps the strings' capacity, for reuse in a loop.
void clearRun(RunRecord& run);

} // namespace kestrel::runs::io
