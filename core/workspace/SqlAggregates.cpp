#include "core/workspace/SqlAggregates.h"

namespace kestrel::workspace {

std::optional<std::string> quantileAggregate(const Database& db, double q, std::string_view column)
{
    if (db.backend() != Backend::Postgres)
        return std::nullopt;
    return "percentile_cont(" + *toText(SqlValue(q)) + ") WITHIN GROUP (ORDER BY " +
           std::string(column) + ")";
}

std::optional<std::string> varianceAggregate(const Database& db, std::string_view column)
{
    if (db.backend() != Backend::Postgres)
        return std::nullopt;
    return "var_samp(" + std::string(column) + ")";
}

} // namespace kestrel::workspace
