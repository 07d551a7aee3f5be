#pragma once

#include "core/runs/RunAggregates.h"

#include <optional>
#include <vector>

namespace kestrel::runs {

// RunAggregates' figures computed by the database server in one grouped
// query each, where the backend has the quantile and standard deviation
// aggregates (PostgreSQL): a million runs then never cross the connection.
// Nothing where it has not (SQLite, which scans the rows itself, faster than
// it could group them). Same definitions as RunAggregates.h.

// summary() and compareModels(), models ranked, in name order.
std::optional<RunAggregates::Results> serverResults(workspace::Database& db,
                                                    const RunFilter& filter);
// perDay(), days in time order.
std::optional<std::vector<DayStats>> serverPerDay(workspace::Database& db, const RunFilter& filter);
// accuracyPerModelDay(), by model then day; portable SQL.
std::vector<ModelDayAccuracy> groupedAccuracyPerModelDay(workspace::Database& db,
                                                         const RunFilter& filter);

} // namespace kestrel::runs
