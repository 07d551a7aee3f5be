#pragma once

#include "core/common/Error.h"
#include "core/common/Progress.h"
#include "core/common/Time.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::runs {

enum class ImportFormat
{
    Csv,
    Json,
    Jsonl,
    Mlflow
};

// "csv", "json", "jsonl", "mlflow"; throws kestrel::Error for anything else.
ImportFormat importFormatFromName(const std::string& name);
// From the path: a folder or *.db → Mlflow, *.jsonl/*.ndjson → Jsonl, *.json →
// Json, anything else → Csv.
ImportFormat detectImportFormat(const std::string& path);

// Which CSV column feeds which run field. Field names are those of the runs
// table: model_name, symbol, execution_time, status, execution_duration,
// accuracy_score, confidence_level, input_parameters, output_results,
// error_message, data_source, memory_mb, cpu_percent, experiment, run_name,
// external_id, tags. model_name and execution_time must be mapped.
struct CsvMapping
{
    std::map<std::string, std::string> fieldToColumn;
    char delimiter = ',';
};

struct CsvPreview
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // the first few data rows
    CsvMapping suggested;                       // by column name (and common aliases)
    char delimiter = ',';
};

// Which MLflow metric becomes accuracy and which confidence.
struct MlflowMapping
{
    std::string accuracyMetric = "accuracy";
    std::string confidenceMetric = "confidence";
};

struct ImportOptions
{
    ImportFormat format = ImportFormat::Csv;
    CsvMapping csv; // empty fieldToColumn: use CsvPreview::suggested
    MlflowMapping mlflow;
    // CSV/JSON/JSONL: import the valid rows and write the invalid ones, with
    // their reasons, to rejectedPath (default <source>.rejected.csv, never
    // overwriting a file). Without it a file with bad rows is refused whole.
    bool skipInvalid = false;
    std::string rejectedPath;
};

struct ImportResult
{
    std::int64_t importId = 0; // its row in the imports table; 0 when nothing was imported
    std::int64_t imported = 0;
    std::int64_t duplicates = 0; // runs the workspace already held (by external id or fingerprint)
    std::int64_t skipped = 0;    // duplicates, plus e.g. deleted MLflow runs
    std::vector<std::string> notes;
    std::int64_t rejected = 0; // invalid rows left out with ImportOptions::skipInvalid
    std::string rejectedFile;  // where they were written
};

// A malformed input: names the file, line and (where it applies) column.
// Nothing was imported when this is thrown. Lines are 1-based as in a text
// editor. For CSV the column is the 1-based field index, for JSON the 1-based
// character column; 0 when no column applies. what() reads
// "file:line:column: message".
class ImportError : public Error
{
public:
    ImportError(const std::string& file, std::int64_t line, std::int64_t column,
                const std::string& what);
    std::int64_t line() const { return m_line; }
    std::int64_t column() const { return m_column; }

private:
    std::int64_t m_line;
    std::int64_t m_column;
};

// The first rows of a CSV file, its delimiter and a suggested mapping.
// Throws ImportError for a file that is not readable CSV.
CsvPreview previewCsv(const std::string& path, int maxRows = 20);

// Maps each run field to the first header column whose name is the field's
// name or one of its aliases (model/model_name, time/timestamp/start_time,
// duration/duration_s, accuracy/accuracy_score, ...), ignoring case, spaces,
// dashes and underscores.
CsvMapping suggestCsvMapping(const std::vector<std::string>& header);

// Imports every run in `path`, all or nothing: written in chunks into a
// staging table while other writers keep their turn, then published at once
// (io::StagedImport). Runs the workspace already holds are skipped and
// counted as duplicates. Each import that brings runs is recorded in the
// imports table, and its runs carry its id, so it can be undone.
ImportResult importRuns(workspace::Database& db, const std::string& path,
                        const ImportOptions& options, Feedback& feedback);

// One row of the imports table.
struct ImportRecord
{
    std::int64_t id = 0;
    std::string source;
    std::string format;
    EpochMs finishedAt = 0;
    std::int64_t imported = 0;
    std::int64_t duplicates = 0;
    std::int64_t rejected = 0;
    std::int64_t skipped = 0;
    std::string user; // who imported (empty for imports before schema v8)
};

// The latest import not undone yet, if any.
std::optional<ImportRecord> lastImport(workspace::Database& db);

// Deletes the runs of the latest import not undone yet and marks it undone
// (imports.undone_at); other runs are untouched. Waits for a running import
// to end first. Throws kestrel::Error when there is nothing to undo.
ImportRecord undoLastImport(workspace::Database& db);

} // namespace kestrel::runs
