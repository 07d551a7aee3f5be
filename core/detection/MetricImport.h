#pragma once

#include "core/common/Progress.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::detection {

struct MetricImportOptions
{
    // The component the series belong to (shown as the anomaly's model).
    std::string component;
    // Metric columns to import; empty = every numeric column except the time.
    std::vector<std::string> columns;
    // Name of the time column; empty = found by CsvTable::timeColumn().
    std::string timeColumn;
};

struct MetricImportResult
{
    std::int64_t points = 0;
    std::vector<std::string> metrics;
};

// Imports metric series from a CSV file (a time column plus metric columns)
// into the workspace's metric_series table, where detectors configured with
// those metric names watch them. One transaction: a bad value (error names
// file, line and column) imports nothing. A point at the same component,
// metric and time as an existing one replaces it.
MetricImportResult importMetricCsv(workspace::Database& db, const std::string& path,
                                   const MetricImportOptions& options, Feedback& feedback);

} // namespace kestrel::detection
