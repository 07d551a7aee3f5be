#pragma once

#include "core/runs/RunAggregates.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::runs {

// What one model's line of the comparison is computed from, however it was
// gathered: a client-side scan of the rows (SQLite) or the server's
// aggregates (PostgreSQL).
struct ModelFigures
{
    std::string model;
    std::int64_t completed = 0;
    std::int64_t failed = 0;
    std::int64_t running = 0;
    std::int64_t cancelled = 0;
    std::int64_t other = 0;
    std::int64_t accuracies = 0; // runs with an accuracy
    std::optional<double> meanAccuracy;
    std::optional<double> accuracySd; // sample standard deviation (ddof 1)
    std::optional<double> p50Duration;
    std::optional<double> p95Duration;
};

// The model's ModelStats, rank not set: success rate and its Wilson interval,
// mean accuracy and its Student t interval, the duration quantiles.
ModelStats modelStats(const ModelFigures& figures);

// Sets each model's rank: higher success rate first, then higher accuracy,
// then lower p95; a missing value ranks after any present one; the name
// breaks full ties. The order of `models` is kept.
void rankModels(std::vector<ModelStats>& models);

} // namespace kestrel::runs
