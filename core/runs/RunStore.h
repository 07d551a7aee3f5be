#pragma once

#include "core/runs/RunFilter.h"
#include "core/runs/RunRecord.h"
#include "core/workspace/Database.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kestrel::workspace {
class BulkInsert;
}

namespace kestrel::runs {

// The runs table: inserts, look-ups and filtered, sorted reads. All SQL about
// runs lives here and in RunAggregates; callers speak RunRecord and RunFilter.
class RunStore
{
public:
    explicit RunStore(workspace::Database& db);

    // Inserts one run (its own implicit transaction) and returns its id.
    std::int64_t insert(const RunRecord& run);

    // Reuses one prepared statement for bulk inserts; the caller wraps the
    // whole batch in a workspace::Transaction. Every row gets its
    // runFingerprint. An import writes into its staging table (`table`, of
    // the runs table's shape) with its import id; with firstId > 0 the rows
    // get the ids firstId, firstId + 1, and so on, instead of SQLite's next.
    class Inserter
    {
    public:
        explicit Inserter(workspace::Database& db, const std::string& table = "runs",
                          std::int64_t importId = 0, std::int64_t firstId = 0);
        ~Inserter();
        Inserter(const Inserter&) = delete;
        Inserter& operator=(const Inserter&) = delete;
        // Returns the new run's id.
        std::int64_t add(const RunRecord& run);
        // The runs in order, several to a statement (a bulk import spends
        // less in SQLite's per-statement work); on PostgreSQL into one COPY
        // that stays open until flush(), add() or the end of the Inserter
        // (which aborts it: call flush() before committing).
        void addAll(std::span<const RunRecord> runs);
        // Ends an open COPY so the connection takes other statements.
        void flush();

    private:
        static constexpr std::size_t kRowsPerStatement = 16;

        std::string sql(std::size_t rows) const;
        int bindRow(workspace::Statement& st, int base, const RunRecord& run,
                    const std::string& tmpl);
        void loadRow(workspace::BulkInsert& load, const RunRecord& run);

        workspace::Database& m_db;
        std::string m_table;
        std::int64_t m_importId;
        std::int64_t m_nextId;
        workspace::Statement m_stmt;
        std::optional<workspace::Statement> m_multiRow;
        std::array<std::string, kRowsPerStatement> m_templates; // bound in place until run()
        std::unique_ptr<workspace::BulkInsert> m_load;          // PostgreSQL: the open COPY
    };

    std::optional<RunRecord> get(std::int64_t id);
    std::int64_t count(const RunFilter& filter);
    std::int64_t maxId();

    // Rows [offset, offset + limit) of the filtered, sorted list. With
    // withPayload false the JSON, tags and MLflow fields are left empty.
    std::vector<RunRecord> page(const RunFilter& filter, const RunSort& sort, std::int64_t offset,
                                std::int64_t limit, bool withPayload = false);
    // Ids of the filtered, sorted list, in order.
    std::vector<std::int64_t> ids(const RunFilter& filter, const RunSort& sort);
    // The first / last `limit` ids of that list (both in `sort` order): what a
    // million-run table shows at its top or bottom before the whole id list
    // has arrived. An index on the sort column serves them without a full read.
    std::vector<std::int64_t> headIds(const RunFilter& filter, const RunSort& sort,
                                      std::int64_t limit);
    std::vector<std::int64_t> tailIds(const RunFilter& filter, const RunSort& sort,
                                      std::int64_t limit);
    // Runs with the given ids, in the order given (ids not found are skipped).
    std::vector<RunRecord> byIds(const std::vector<std::int64_t>& ids, bool withPayload = false);
    // Streams every matching run, in order, with all fields. Return false from
    // `visit` to stop early.
    void forEach(const RunFilter& filter, const RunSort& sort,
                 const std::function<bool(const RunRecord&)>& visit);

    // Distinct values for the filter pickers, sorted.
    std::vector<std::string> models();
    std::vector<std::string> symbols();
    std::vector<std::string> dataSources();
    std::vector<std::string> statuses();

private:
    workspace::Database& m_db;
};

// A stable 64-bit hash of every stored field of a run except its id, import
// and creation time: two runs with the same fingerprint are the same run
// imported twice. Stored in runs.fingerprint; never change the function, or
// files imported before the change would import again.
std::int64_t runFingerprint(const RunRecord& run);

// The WHERE clause (starting with " WHERE", or empty) for a filter and the
// values to bind, in order. Shared by RunStore and RunAggregates.
struct SqlWhere
{
    std::string sql;
    std::vector<std::string> textArgs; // bound as text, or int64 when intArg set
    std::vector<bool> isInt;
};
SqlWhere whereClause(const RunFilter& filter);
void bindWhere(workspace::Statement& st, const SqlWhere& where, int firstIndex = 1);

} // namespace kestrel::runs
