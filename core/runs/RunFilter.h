#pragma once

#include "core/common/Time.h"

#include <optional>
#include <string>
#include <vector>

namespace kestrel::runs {

// Which runs a view, an export or an aggregate covers. Empty lists mean "any".
// The same filter drives the Run History panel, `kestrel runs export` and
// `kestrel runs stats`, so the GUI and the CLI cannot disagree.
struct RunFilter
{
    std::optional<EpochMs> from; // inclusive
    std::optional<EpochMs> to;   // exclusive
    std::vector<std::string> models;
    std::vector<std::string> statuses;
    std::vector<std::string> symbols;
    std::vector<std::string> dataSources;
    // Case-insensitive substring of the error message or the input parameters.
    std::string text;
    // Exact error template (see ErrorTemplate.h), from the error patterns view.
    std::string errorTemplate;

    bool operator==(const RunFilter&) const = default;
};

// Timeframe presets of the panel and the CLI: "24h", "7d", "30d", "90d", "all".
// Sets from/to relative to `now`; throws kestrel::Error for an unknown name.
void applyTimeframe(RunFilter& filter, const std::string& preset, EpochMs now);

// Columns a run list can be ordered by.
enum class RunSortColumn
{
    Id,
    Time,
    Model,
    Symbol,
    Status,
    Duration,
    Accuracy,
    Confidence,
    DataSource
};

struct RunSort
{
    RunSortColumn column = RunSortColumn::Time;
    bool descending = true;
};

} // namespace kestrel::runs
