#include "core/overview/OverviewService.h"

#include "core/detection/AnomalyService.h"
#include "core/common/Error.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"

#include <utility>

namespace kestrel::overview {

OverviewService::OverviewService(std::string workspacePath) : m_path(std::move(workspacePath)) {}

RunFigures OverviewService::runFigures(const runs::RunFilter& filter, const runs::RunFilter& trend,
                                       const Feedback& feedback) const
{
    return runs::RunHistoryService(m_path).overview(filter, trend, feedback);
}

detection::SeverityCounts OverviewService::openAnomalies(const Feedback& feedback) const
{
    if (m_path.empty())
        throw Error("No workspace is open.");
    workspace::Database db = workspace::Workspace::connect(m_path);
    const workspace::InterruptOnStop interrupt(db, feedback.stopToken());
    return detection::AnomalyService(db).openBySeverity();
}

WorkspaceFacts OverviewService::facts(const Feedback& feedback) const
{
    if (m_path.empty())
        throw Error("No workspace is open.");
    workspace::Database db = workspace::Workspace::connect(m_path);
    const workspace::InterruptOnStop interrupt(db, feedback.stopToken());
    WorkspaceFacts f;
    f.runs = runs::RunStore(db).count({});
    f.demoIncidents = db.queryInt("SELECT COUNT(*) FROM demo_incidents").value_or(0);
    return f;
}

} // namespace kestrel::overview
