#include "core/runs/io/MlflowSqliteImporter.h"

#include "core/runs/io/MlflowRun.h"

#include <sqlite3.h>

#include <cmath>
#include <fstream>
#include <set>
#include <unordered_map>

namespace kestrel::runs::io {

using workspace::Database;
using workspace::Statement;

namespace {

std::set<std::string> columnsOf(Database& db, const std::string& table)
{
    std::set<std::string> out;
    Statement st = db.prepare("PRAGMA table_info(" + table + ")");
    while (st.step())
        out.insert(st.text(1));
    return out;
}

std::optional<std::int64_t> optInt(const Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.int64(column);
}

// A column's SQL when the table has it, a constant otherwise.
std::string columnOr(const std::set<std::string>& columns, const char* name, const char* fallback)
{
    return columns.count(name) ? std::string(name) : std::string(fallback);
}

} // namespace

bool isSqliteFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 && std::string(header, 16) == std::string("SQLite format 3\0", 16);
}

void importMlflowSqlite(const std::string& path, const MlflowMapping& mapping, RunSink& sink,
                        Feedback& feedback)
{
    if (!isSqliteFile(path))
        throw ImportError(path, 0, 0, "not an SQLite file, so not an MLflow tracking database");
    Database db(path, Database::Access::ReadOnly);
    for (const char* table : {"experiments", "runs", "metrics", "params", "tags"}) {
        if (columnsOf(db, table).empty())
            throw ImportError(path, 0, 0,
                              std::string("not an MLflow tracking database: it has no '") + table +
                                  "' table");
    }
    const auto expColumns = columnsOf(db, "experiments");
    const auto runColumns = columnsOf(db, "runs");
    const auto metricColumns = columnsOf(db, "metrics");

    // Experiments: id → (name, deleted).
    std::unordered_map<std::string, std::pair<std::string, bool>> experiments;
    {
        Statement st =
            db.prepare("SELECT CAST(experiment_id AS TEXT), name, " +
                       columnOr(expColumns, "lifecycle_stage", "'active'") + " FROM experiments");
        while (st.step())
            experiments[st.text(0)] = {st.text(1), st.text(2) == "deleted"};
    }

    // Runs in start order, so that ids follow MLflow's history.
    std::vector<MlflowRun> runs;
    std::unordered_map<std::string, std::size_t> index;
    {
        Statement st =
            db.prepare("SELECT run_uuid, " + columnOr(runColumns, "name", "NULL") +
                       ", status, start_time, end_time, " +
                       columnOr(runColumns, "lifecycle_stage", "'active'") +
                       ", CAST(experiment_id AS TEXT) FROM runs ORDER BY start_time, run_uuid");
        while (st.step()) {
            const auto exp = experiments.find(st.text(6));
            const bool expDeleted = exp != experiments.end() && exp->second.second;
            if (st.text(5) == "deleted" || expDeleted) {
                sink.skip("skipped deleted MLflow run " + st.text(0));
                continue;
            }
            MlflowRun run;
            run.runId = st.text(0);
            run.name = st.text(1);
            run.status = st.text(2);
            run.startTime = optInt(st, 3);
            run.endTime = optInt(st, 4);
            for (const auto& [column, name] :
                 {std::pair(3, "start_time"), std::pair(4, "end_time")})
                if (!st.isNull(column) &&
                    sqlite3_column_type(st.handle(), column) != SQLITE_INTEGER)
                    run.problem =
                        std::string(name) + " '" + st.text(column) + "' is not a time in ms";
            run.experiment = exp != experiments.end() ? exp->second.first : st.text(6);
            index[run.runId] = runs.size();
            runs.push_back(std::move(run));
        }
    }
    feedback.throwIfStopped();
    feedback.report(0.2);

    {
        const bool hasNan = metricColumns.count("is_nan") > 0;
        Statement st = db.prepare(
            "SELECT run_uuid, key, value, timestamp, " + columnOr(metricColumns, "step", "0") +
            ", " + (hasNan ? std::string("is_nan") : std::string("0")) + " FROM metrics");
        std::int64_t n = 0;
        while (st.step()) {
            const auto it = index.find(st.text(0));
            if (it == index.end())
                continue;
            MlflowMetric m;
            m.timestamp = st.isNull(3) ? 0 : st.int64(3);
            m.step = st.isNull(4) ? 0 : st.int64(4);
            const bool nan = st.int64(5) != 0 || st.isNull(2) || std::isnan(st.real(2));
            if (!nan)
                m.value = st.real(2);
            if (!st.isNull(2) && sqlite3_column_type(st.handle(), 2) == SQLITE_TEXT &&
                runs[it->second].problem.empty())
                runs[it->second].problem =
                    "metric " + st.text(1) + " value '" + st.text(2) + "' is not a number";
            keepLatest(runs[it->second].metrics, st.text(1), m);
            if ((++n & 0xFFFF) == 0)
                feedback.throwIfStopped();
        }
    }
    feedback.report(0.5);

    auto readPairs = [&](const char* table, auto member) {
        Statement st = db.prepare(std::string("SELECT run_uuid, key, value FROM ") + table);
        while (st.step()) {
            const auto it = index.find(st.text(0));
            if (it != index.end())
                (runs[it->second].*member)[st.text(1)] = st.text(2);
        }
    };
    readPairs("params", &MlflowRun::params);
    readPairs("tags", &MlflowRun::tags);
    feedback.throwIfStopped();
    feedback.report(0.7);

    for (std::size_t i = 0; i < runs.size(); ++i) {
        addMlflowRun(runs[i], mapping, sink);
        if ((i & 0x3FF) == 0x3FF)
            feedback.throwIfStopped();
    }
}

} // namespace kestrel::runs::io
