#pragma once

#include "core/runs/RunAggregates.h"

#include <optional>
#include <vector>

namespace kestrel::runs {

// RunAggregates' figures computed by the database server, where the backend
// has the quantile and variance aggregates (PostgreSQL): a million runs then
// never cross the connection, and no query sorts them all. Nothing where it
// has not (SQLite, which scans the rows itself, faster than it could group
// them). Same definitions as RunAggregates.h.

// summary() and compareModels(), models ranked, in name order: one hash over
// (model, duration bucket) and a read of the durations around each quantile
// (ServerQuantiles), in one snapshot.
std::optional<RunAggregates::Results> serverResults(workspace::Database& db,
                                                    const RunFilter& filter);
// perDay(), days in time order: each day's quantiles over its own index range.
std::optional<std::vector<DayStats>> serverPerDay(workspace::Database& db, const RunFilter& filter);
// accuracyPerModelDay(), by model then day, grouped day by day as perDay()
// (PostgreSQL's LATERAL).
std::vector<ModelDayAccuracy> groupedAccuracyPerModelDay(workspace::Database& db,
                                                         const RunFilter& filter);

} // namespace kestrel::runs
