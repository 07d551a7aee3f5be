#pragma once

#include "core/ai/PriceTable.h"
#include "core/ai/Settings.h"

#include <functional>
#include <string>

namespace kestrel::ai {

// What the Settings dialog's workspace pages edit, read in one go.
struct WorkspaceSettings
{
    AiSettings ai;
    PriceTable prices;
};

// The Settings dialog's façade for the settings a workspace holds (AI
// providers, budgets and limits, prices; docs/settings.md). A cheap value
// naming the workspace: each call opens its own connection on the calling
// thread (a JobRunner worker for the dialog) and closes it before returning,
// so the dialog holds no connection. Errors are kestrel::Error for a person
// (a value save() refuses, a workspace that cannot be opened).
class SettingsService
{
public:
    explicit SettingsService(std::string workspacePath);
    const std::string& workspacePath() const { return m_path; }

    WorkspaceSettings load() const;
    // Reads the AI settings, applies `change` and stores them, in one
    // transaction (another process's edit of other fields is kept).
    void updateAi(const std::function<void(AiSettings&)>& change) const;
    void savePrices(const PriceTable& prices) const;

private:
    std::string m_path;
};

} // namespace kestrel::ai
