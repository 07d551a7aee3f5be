#include "core/ai/AnalysisTypes.h"

#include "core/common/Error.h"
#include "core/common/Units.h"

#include <algorithm>

namespace kestrel::ai {

const std::vector<std::string>& analysisTypes()
{
    static const std::vector<std::string> types = {"performance_trends", "model_comparison",
                                                   "error_analysis", "optimization",
                                                   "system_health"};
    return types;
}

std::string analysisTitle(const std::string& type)
{
    return units::displayName(type);
}

std::vector<std::string> normaliseTypes(const std::vector<std::string>& types)
{
    if (types.empty() || (types.size() == 1 && types.front() == "all"))
        return analysisTypes();
    std::vector<std::string> out;
    for (const std::string& t : analysisTypes()) {
        if (std::find(types.begin(), types.end(), t) != types.end())
            out.push_back(t);
    }
    for (const std::string& t : types) {
        if (std::find(analysisTypes().begin(), analysisTypes().end(), t) == analysisTypes().end())
            throw Error(
                "Unknown analysis type '" + t +
                "': use performance_trends, model_comparison, error_analysis, optimization, "
                "system_health or all.");
    }
    return out;
}

} // namespace kestrel::ai
