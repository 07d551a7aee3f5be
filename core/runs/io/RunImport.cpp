#include "core/runs/io/RunImport.h"

#include "core/runs/io/BadRows.h"

#include "core/runs/io/CsvImporter.h"
#include "core/runs/io/JsonImporter.h"
#include "core/runs/io/MlflowFileStoreImporter.h"
#include "core/runs/io/MlflowSqliteImporter.h"
#include "core/runs/io/RunSink.h"
#include "core/runs/io/StagedImport.h"
#include "core/workspace/CurrentUser.h"
#include "core/workspace/ImportLock.h"

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

// Feeds every run of `path` to `sink`; the rows the options let through are
// counted in `result`.
void readRuns(const std::string& path, const ImportOptions& options, io::RunSink& sink,
              ImportResult& result, Feedback& feedback)
{
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
}

ImportRecord recordOf(const std::string& path, const ImportOptions& options,
                      const ImportResult& result)
{
    static const char* const kFormatNames[] = {"csv", "json", "jsonl", "mlflow"};
    ImportRecord record;
    record.source = fs::absolute(path).lexically_normal().string();
    record.format = kFormatNames[static_cast<int>(options.format)];
    record.imported = result.imported;
    record.duplicates = result.duplicates;
    record.rejected = result.rejected;
    record.skipped = result.skipped;
    return record;
}

// PostgreSQL: one transaction holds the whole import, so it is all or
// nothing, and MVCC lets every reader and writer go on meanwhile; no staging
// table, no import lock. The imports row is written first for its id (the
// server numbers it) and completed at the end; a rollback takes both away.
ImportResult importInOneTransaction(workspace::Database& db, const std::string& path,
                                    const ImportOptions& options, Feedback& feedback)
{
    ImportResult result;
    const EpochMs startedAt = nowMs();
    workspace::Transaction tx(db);
    const ImportRecord pending = recordOf(path, options, result);
    workspace::Statement open = db.prepare(
        "INSERT INTO imports(source, format, started_at, finished_at, imported, duplicates, "
        "rejected, skipped, user_name) VALUES(?, ?, ?, ?, 0, 0, 0, 0, ?) RETURNING id");
    open.bind(1, pending.source)
        .bind(2, pending.format)
        .bind(3, static_cast<std::int64_t>(startedAt))
        .bind(4, static_cast<std::int64_t>(startedAt))
        .bind(5, workspace::actingUser(db));
    // RETURNING, not lastInsertId(): lastval() would be the change trigger's sequence.
    if (!open.step())
        throw Error("The import could not be recorded.");
    const std::int64_t importId = open.int64(0);
    open.reset();
    {
        io::RunSink sink(db, importId, result);
        readRuns(path, options, sink, result, feedback);
    }
    feedback.throwIfStopped();
    if (result.imported > 0) {
        const ImportRecord record = recordOf(path, options, result);
        workspace::Statement done =
            db.prepare("UPDATE imports SET finished_at = ?, imported = ?, duplicates = ?, "
                       "rejected = ?, skipped = ? WHERE id = ?");
        done.bind(1, static_cast<std::int64_t>(nowMs()))
            .bind(2, record.imported)
            .bind(3, record.duplicates)
            .bind(4, record.rejected)
            .bind(5, record.skipped)
            .bind(6, importId)
            .run();
        tx.commit();
        result.importId = importId;
    }
    feedback.report(1.0);
    return result;
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
    if (!db.handle())
        return importInOneTransaction(db, path, options, feedback);
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
    // SIGTERM, a cancel or any error before publish() drops the staging
    // table: nothing imported.
    io::StagedImport stage(db, bulk);
    std::optional<io::RunSink> sink(std::in_place, db, stage, result);
    readRuns(path, options, *sink, result, feedback);
    sink.reset();
    feedback.throwIfStopped();
    if (result.imported > 0) {
        stage.publish(recordOf(path, options, result));
        result.importId = stage.importId();
    }
    feedback.report(1.0);
    return result;
}

std::optional<ImportRecord> lastImport(workspace::Database& db)
{
    workspace::Statement st = db.prepare(
        "SELECT id, source, format, finished_at, imported, duplicates, rejected, user_name FROM "
        "imports "
        "WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1");
    if (!st.step())
        return std::nullopt;
    ImportRecord r;
    r.id = st.int64(0);
    r.source = st.text(1);
    r.format = st.text(2);
    r.finishedAt = st.int64(3);
    r.imported = st.int64(4);
    r.duplicates = st.int64(5);
    r.rejected = st.int64(6);
    r.user = st.text(7);
    return r;
}

ImportRecord undoLastImport(workspace::Database& db)
{
    // A bulk import copies the runs table: a deletion while it runs would
    // come back with its copy. (A PostgreSQL import writes runs in place.)
    std::optional<workspace::ImportLock> lock;
    if (db.handle())
        lock.emplace(db.path(), true);
    workspace::Transaction tx(db);
    const std::optional<ImportRecord> last = lastImport(db);
    if (!last)
        throw Error("There is no import to undo.");
    workspace::Statement del = db.prepare("DELETE FROM runs WHERE import_id = ?");
    del.bind(1, last->id).run();
    workspace::Statement mark = db.prepare("UPDATE imports SET undone_at = ? WHERE id = ?");
    mark.bind(1, static_cast<std::int64_t>(nowMs())).bind(2, last->id).run();
    tx.commit();
    return *last;
}

} // namespace kestrel::runs
