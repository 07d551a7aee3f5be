#pragma once

#include "core/common/Progress.h"
#include "core/detection/AnomalyStore.h"
#include "core/runs/RunFilter.h"
#include "core/runs/RunHistoryService.h"

#include <string>

namespace kestrel::overview {

using RunFigures = runs::OverviewFigures;

// What the panels need to know of a workspace as a whole: whether it has any
// run (else they show their empty state) and whether it is a demo (the
// first-start banner).
struct WorkspaceFacts
{
    std::int64_t runs = 0;
    std::int64_t demoIncidents = 0;
    bool isEmpty() const { return runs == 0; }
    bool isDemo() const { return demoIncidents > 0; }
};

// The Overview panel's one door into a workspace. Like RunHistoryService, a
// cheap value naming the workspace: each call opens its own connection on
// the calling thread (a JobRunner worker) and a stop requested through the
// Feedback interrupts the statement running on it.
class OverviewService
{
public:
    explicit OverviewService(std::string workspacePath);

    RunFigures runFigures(const runs::RunFilter& filter, const runs::RunFilter& trend,
                          const Feedback& feedback = {}) const;
    // Open (not yet reviewed) anomalies by severity.
    detection::SeverityCounts openAnomalies(const Feedback& feedback = {}) const;
    WorkspaceFacts facts(const Feedback& feedback = {}) const;

private:
    std::string m_path;
};

} // namespace kestrel::overview
