#include "core/ai/SettingsService.h"

#include "core/common/Error.h"
#include "core/workspace/Workspace.h"

#include <utility>

namespace kestrel::ai {

namespace {

workspace::Database connect(const std::string& path)
{
    if (path.empty())
        throw Error("No workspace is open.");
    return workspace::Workspace::connect(path);
}

} // namespace

SettingsService::SettingsService(std::string workspacePath) : m_path(std::move(workspacePath)) {}

WorkspaceSettings SettingsService::load() const
{
    workspace::Database db = connect(m_path);
    return {AiSettings::load(db), PriceTable::load(db)};
}

void SettingsService::updateAi(const std::function<void(AiSettings&)>& change) const
{
    workspace::Database db = connect(m_path);
    workspace::Transaction tx(db);
    AiSettings s = AiSettings::load(db);
    change(s);
    s.save(db);
    tx.commit();
}

void SettingsService::savePrices(const PriceTable& prices) const
{
    workspace::Database db = connect(m_path);
    prices.save(db);
}

} // namespace kestrel::ai
