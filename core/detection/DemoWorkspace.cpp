#include "core/detection/DemoWorkspace.h"

#include "core/detection/AnomalyService.h"
#include "core/workspace/Workspace.h"

#include <filesystem>

namespace kestrel::detection {

DemoResult fillDemo(workspace::Database& db, const runs::DemoOptions& options, Feedback& feedback)
{
    DemoResult result;
    result.demo = runs::generateDemo(db, options, feedback);
    for (const DetectionRunSummary& run : AnomalyService(db).runDetection(std::nullopt, feedback))
        result.anomalies += run.anomaliesFound;
    return result;
}

DemoResult createDemoWorkspace(const std::string& path, const runs::DemoOptions& options,
                               Feedback& feedback)
{
    try {
        auto ws = workspace::Workspace::create(path);
        return fillDemo(ws->db(), options, feedback);
    } catch (...) {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(path + suffix, ignored);
        throw;
    }
}

} // namespace kestrel::detection
