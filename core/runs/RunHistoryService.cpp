#include "core/runs/RunHistoryService.h"

#include "core/common/Error.h"
#include "core/runs/RunStore.h"
#include "core/runs/io/RunExport.h"
#include "core/workspace/Workspace.h"

#include <algorithm>
#include <utility>

namespace kestrel::runs {

namespace {

// Opens the workspace for one call on this thread; a stop requested through
// the call's Feedback interrupts the statement running on it.
class Connection
{
public:
    Connection(const std::string& path, const Feedback& feedback)
        : m_db(open(path)), m_interrupt(m_db, feedback.stopToken())
    {
        feedback.throwIfStopped();
    }
    workspace::Database& db() { return m_db; }

private:
    static workspace::Database open(const std::string& path)
    {
        if (path.empty())
            throw Error("No workspace is open.");
        return workspace::Workspace::connect(path);
    }
    workspace::Database m_db;
    workspace::InterruptOnStop m_interrupt;
};

} // namespace

RunHistoryService::RunHistoryService(std::string workspacePath) : m_path(std::move(workspacePath))
{
}

RunStats RunHistoryService::stats(workspace::Database& db, const RunFilter& filter)
{
    RunAggregates aggregates(db);
    RunStats out;
    out.summary = aggregates.summary(filter);
    out.models = aggregates.compareModels(filter);
    std::sort(out.models.begin(), out.models.end(),
              [](const ModelStats& a, const ModelStats& b) { return a.rank < b.rank; });
    return out;
}

RunStats RunHistoryService::stats(const RunFilter& filter, const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return stats(c.db(), filter);
}

RunSummary RunHistoryService::summary(const RunFilter& filter, const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return RunAggregates(c.db()).summary(filter);
}

FilterChoices RunHistoryService::choices(const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    RunStore store(c.db());
    return FilterChoices{store.models(), store.statuses(), store.symbols(), store.dataSources()};
}

IdPreview RunHistoryService::preview(const RunFilter& filter, const RunSort& sort,
                                     std::int64_t rows, const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    workspace::Database& db = c.db();
    RunStore store(db);
    IdPreview p;
    // Count and ids from the same snapshot on both backends.
    workspace::ReadTransaction snapshot(db);
    p.count = store.count(filter);
    p.head = store.headIds(filter, sort, rows);
    if (p.count > static_cast<std::int64_t>(p.head.size()))
        p.tail = store.tailIds(filter, sort, std::min<std::int64_t>(rows, p.count - rows));
    snapshot.end();
    return p;
}

std::vector<std::int64_t> RunHistoryService::ids(const RunFilter& filter, const RunSort& sort,
                                                 const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return RunStore(c.db()).ids(filter, sort);
}

ImportResult RunHistoryService::importRuns(const std::string& source, const ImportOptions& options,
                                           Feedback& feedback) const
{
    if (m_path.empty())
        throw Error("No workspace is open.");
    // Not interrupted through the Feedback: the import stops at its own
    // checks, then rolls back on a connection that still works.
    workspace::Database db = workspace::Workspace::connect(m_path);
    return runs::importRuns(db, source, options, feedback);
}

std::optional<ImportRecord> RunHistoryService::lastImport(const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return runs::lastImport(c.db());
}

ImportRecord RunHistoryService::undoLastImport() const
{
    Connection c(m_path, Feedback());
    return runs::undoLastImport(c.db());
}

std::int64_t RunHistoryService::count(const RunFilter& filter, const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return RunStore(c.db()).count(filter);
}

std::vector<RunRecord> RunHistoryService::rows(const std::vector<std::int64_t>& ids,
                                               const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return RunStore(c.db()).byIds(ids);
}

std::optional<RunRecord> RunHistoryService::run(std::int64_t id, const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return RunStore(c.db()).get(id);
}

DailyCharts RunHistoryService::charts(const RunFilter& filter, const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    RunAggregates aggregates(c.db());
    DailyCharts out;
    out.days = aggregates.perDay(filter);
    feedback.throwIfStopped();
    out.accuracy = aggregates.accuracyPerModelDay(filter);
    return out;
}

std::vector<ModelStats> RunHistoryService::compareModels(const RunFilter& filter,
                                                         const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return RunAggregates(c.db()).compareModels(filter);
}

std::vector<ErrorPattern> RunHistoryService::errorPatterns(const RunFilter& filter,
                                                           const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return RunAggregates(c.db()).errorPatterns(filter);
}

OverviewFigures RunHistoryService::overview(const RunFilter& filter, const RunFilter& trend,
                                            const Feedback& feedback) const
{
    Connection c(m_path, feedback);
    RunAggregates aggregates(c.db());
    OverviewFigures out;
    out.summary = aggregates.summary(filter);
    feedback.throwIfStopped();
    out.days = aggregates.perDay(trend);
    return out;
}

std::int64_t RunHistoryService::exportRuns(const RunFilter& filter, const RunSort& sort,
                                           const std::string& out, Feedback& feedback) const
{
    Connection c(m_path, feedback);
    return runs::exportRuns(c.db(), filter, sort, out, detectExportFormat(out), feedback);
}

RunHistoryService::Reader::Reader(const std::string& workspacePath)
    : m_db(workspace::Workspace::connect(workspacePath))
{
}

RunHistoryService::Reader::~Reader() = default;

std::vector<RunRecord> RunHistoryService::Reader::byIds(const std::vector<std::int64_t>& ids)
{
    return RunStore(m_db).byIds(ids);
}

std::int64_t RunHistoryService::Reader::dataVersion()
{
    return m_db.queryInt(m_db.dialect().changeTokenQuery()).value_or(-1);
}

std::unique_ptr<RunHistoryService::Reader> RunHistoryService::openReader() const
{
    if (m_path.empty())
        throw Error("No workspace is open.");
    return std::make_unique<Reader>(m_path);
}

} // namespace kestrel::runs
