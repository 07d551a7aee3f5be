#include "core/runs/io/RunImport.h"

#include "core/runs/io/BadRows.h"

#include "core/runs/io/CsvImporter.h"
#include "core/runs/IndexPause.h"
#include "core/runs/io/JsonImporter.h"
#include "core/runs/io/MlflowFileStoreImporter.h"
#include "core/runs/io/MlflowSqliteImporter.h"
#include "core/runs/io/RunSink.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

namespace kestrel::runs {

namespace fs = std::filesystem;

namespace {

std::string position(const std::string& file, std::int64_t line, std::int64_t column)
{
    // Appended piecewise: GCC 12 warns (-Wrestrict, falsely) on ":" + to_string().
    std::string s = file;
    if (line > 0) {
        s.push_back(':');
        s.append(std::to_string(line));
        if (column > 0) {
            s.push_back(':');
            s.append(std::to_string(column));
        }
    }
    return s;
}

std::string extension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// Whether the file brings more runs than the workspace holds, and enough that
// rebuilding the indexes beats maintaining them (about 100,000 runs: a CSV or
// JSON run takes roughly 150 bytes).
bool isBulk(workspace::Database& db, const std::string& path, ImportFormat format)
{
    if (format == ImportFormat::Mlflow || !fs::is_regular_file(path))
        return false;
    const auto estimatedRuns = static_cast<std::int64_t>(fs::file_size(path) / 150);
    if (estimatedRuns < 100'000)
        return false;
    return estimatedRuns > db.queryInt("SELECT count(*) FROM runs").value_or(0);
}

} // namespace

ImportError::ImportError(const std::string& file, std::int64_t line, std::int64_t column,
                         const std::string& what)
    : Error(position(file, line, column) + ": " + what), m_line(line), m_column(column)
{
}

ImportFormat importFormatFromName(const std::string& name)
{
    if (name == "csv")
        return ImportFormat::Csv;
    if (name == "json")
        return ImportFormat::Json;
    if (name == "jsonl" || name == "ndjson")
        return ImportFormat::Jsonl;
    if (name == "mlflow")
        return ImportFormat::Mlflow;
    throw Error("Unknown import format '" + name + "': use csv, json, jsonl or mlflow.");
}

ImportFormat detectImportFormat(const std::string& path)
{
    const std::string ext = extension(path);
    if (fs::is_directory(path) || ext == ".db" || ext == ".sqlite")
        return ImportFormat::Mlflow;
    if (ext == ".jsonl" || ext == ".ndjson")
        return ImportFormat::Jsonl;
    if (ext == ".json")
        return ImportFormat::Json;
    return ImportFormat::Csv;
}

ImportResult importRuns(workspace::Database& db, const std::string& path,
                        const ImportOptions& options, Feedback& feedback)
{
    if (!fs::exists(path))
        throw Error("Cannot import " + path + ": no such file or folder.");
    ImportResult result;
    // A bigger page cache for the import (restored afterwards) keeps more of
    // the indexes in memory while they are filled or rebuilt.
    const std::int64_t cacheSize = db.queryInt("PRAGMA cache_size").value_or(-2000);
    db.exec("PRAGMA cache_size=-262144");
    struct RestoreCache
    {
        workspace::Database& db;
        std::int64_t size;
        ~RestoreCache()
        {
            try {
                db.exec("PRAGMA cache_size=" + std::to_string(size));
            } catch (...) { // keeping the larger cache is harmless
            }
        }
    } restore{db, cacheSize};
    const bool bulk = isBulk(db, path, options.format);
    // The workspace stays in WAL: readers are never blocked by the import, and
    // a process killed mid-import leaves a log that the next opening ignores.
    // One transaction: any error or a cancel rolls everything back.
    workspace::Transaction tx(db);
    std::optional<IndexPause> pause;
    if (bulk)
        pause.emplace(db);
    io::RunSink sink(db, result);
    io::BadRows bad(path, options);
    switch (options.format) {
    case ImportFormat::Csv:
        io::importCsv(path, options.csv, sink, bad, feedback);
        break;
    case ImportFormat::Json:
        io::importJsonArray(path, sink, bad, feedback);
        break;
    case ImportFormat::Jsonl:
        io::importJsonLines(path, sink, bad, feedback);
        break;
    case ImportFormat::Mlflow:
        if (fs::is_directory(path)) {
            if (fs::is_regular_file(fs::path(path) / "mlflow.db"))
                io::importMlflowSqlite((fs::path(path) / "mlflow.db").string(), options.mlflow,
                                       sink, feedback);
            else
                io::importMlflowFileStore(path, options.mlflow, sink, feedback);
        } else {
            io::importMlflowSqlite(path, options.mlflow, sink, feedback);
        }
        break;
    }
    bad.finish(result);
    sink.finish();
    feedback.throwIfStopped();
    if (pause)
        pause->restore();
    feedback.throwIfStopped();
    tx.commit();
    feedback.report(1.0);
    return result;
}

} // namespace kestrel::runs
