#pragma once

#include "core/common/Progress.h"
#include "core/runs/RunAggregates.h"
#include "core/runs/RunFilter.h"
#include "core/runs/RunRecord.h"
#include "core/runs/io/RunImport.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::runs {

// What `kestrel runs stats` prints and the Run History summary shows: the
// summary and the model comparison of one filter, models by rank.
struct RunStats
{
    RunSummary summary;
    std::vector<ModelStats> models;
};

// What the filter pickers offer.
struct FilterChoices
{
    std::vector<std::string> models;
    std::vector<std::string> statuses;
    std::vector<std::string> symbols;
    std::vector<std::string> dataSources;
};

// The count and the first and last ids of a filter and sort, from one
// snapshot: the table shows its top and bottom before the whole id list.
struct IdPreview
{
    std::int64_t count = 0;
    std::vector<std::int64_t> head;
    std::vector<std::int64_t> tail;
};

// The Run History charts: runs and durations per day, accuracy per model and day.
struct DailyCharts
{
    std::vector<DayStats> days;
    std::vector<ModelDayAccuracy> accuracy;
};

// The Overview's run figures: the summary of a timeframe and a daily trend.
struct OverviewFigures
{
    RunSummary summary;
    std::vector<DayStats> days;
};

// The one door of the Run History panel and the Overview into the runs of a
// workspace, shared with the CLI. A service is a cheap value naming the
// workspace; it holds no connection. Each call opens its own connection on
// the calling thread (a JobRunner worker for the views) and closes it before
// returning, so no panel builds a store or holds a raw connection. A stop
// requested through the Feedback interrupts the running statement: the call
// then throws (the job ends Cancelled).
class RunHistoryService
{
public:
    explicit RunHistoryService(std::string workspacePath);
    const std::string& workspacePath() const { return m_path; }

    RunStats stats(const RunFilter& filter, const Feedback& feedback = {}) const;
    // The same figures over a connection the caller holds (the CLI's read-only workspace).
    static RunStats stats(workspace::Database& db, const RunFilter& filter);
    RunSummary summary(const RunFilter& filter, const Feedback& feedback = {}) const;
    FilterChoices choices(const Feedback& feedback = {}) const;
    // How many runs the filter selects (the status bar's run count).
    std::int64_t count(const RunFilter& filter, const Feedback& feedback = {}) const;
    IdPreview preview(const RunFilter& filter, const RunSort& sort, std::int64_t rows,
                      const Feedback& feedback = {}) const;
    std::vector<std::int64_t> ids(const RunFilter& filter, const RunSort& sort,
                                  const Feedback& feedback = {}) const;
    // The runs of `ids` by primary key, in the order given (ids gone are absent):
    // the Run History table's 200-row pages, read on the Interactive lane.
    std::vector<RunRecord> rows(const std::vector<std::int64_t>& ids,
                                const Feedback& feedback = {}) const;
    // Every field of one run (parameters and results too), by primary key:
    // the detail pane's; nothing when it is gone.
    std::optional<RunRecord> run(std::int64_t id, const Feedback& feedback = {}) const;
    DailyCharts charts(const RunFilter& filter, const Feedback& feedback = {}) const;
    std::vector<ModelStats> compareModels(const RunFilter& filter,
                                          const Feedback& feedback = {}) const;
    std::vector<ErrorPattern> errorPatterns(const RunFilter& filter,
                                            const Feedback& feedback = {}) const;
    OverviewFigures overview(const RunFilter& filter, const RunFilter& trend,
                             const Feedback& feedback = {}) const;
    // Writes every run of the filter in `sort` order to `out` (CSV or JSON by
    // its extension); returns how many.
    std::int64_t exportRuns(const RunFilter& filter, const RunSort& sort, const std::string& out,
                            Feedback& feedback) const;

    // Imports `source` (File › Import runs…, `kestrel runs import`): all or
    // nothing, other writers keep their turn (io::StagedImport). The
    // Feedback's stop cancels it; nothing is imported then.
    ImportResult importRuns(const std::string& source, const ImportOptions& options,
                            Feedback& feedback) const;
    // The newest import not undone, if any.
    std::optional<ImportRecord> lastImport(const Feedback& feedback = {}) const;
    // Removes the runs of the newest import; throws kestrel::Error when there is none.
    ImportRecord undoLastImport() const;

    // Small reads on one thread: the table's pages by id and its check for
    // commits made elsewhere. Holds one connection for its owner's
    // thread; open it on the thread that reads.
    class Reader
    {
    public:
        explicit Reader(const std::string& workspacePath);
        ~Reader();
        Reader(const Reader&) = delete;
        Reader& operator=(const Reader&) = delete;

        std::vector<RunRecord> byIds(const std::vector<std::int64_t>& ids);
        // Moves whenever another connection commits to the workspace.
        std::int64_t dataVersion();

    private:
        workspace::Database m_db;
    };
    // Throws kestrel::Error when the workspace cannot be opened.
    std::unique_ptr<Reader> openReader() const;

private:
    std::string m_path;
};

} // namespace kestrel::runs
