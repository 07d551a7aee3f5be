#pragma once

#include "core/common/Progress.h"
#include "core/runs/RunFilter.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <string>

namespace kestrel::runs {

enum class ExportFormat
{
    Csv,
    Json
};

// "csv" or "json"; throws kestrel::Error otherwise. detect: by extension, CSV default.
ExportFormat exportFormatFromName(const std::string& name);
ExportFormat detectExportFormat(const std::string& path);

// Streams every run the filter selects, in `sort` order, with all fields, to
// `path` (written to a temporary file and renamed, so a failed export leaves no
// half file). Returns the number of runs written.
std::int64_t exportRuns(workspace::Database& db, const RunFilter& filter, const RunSort& sort,
                        const std::string& path, ExportFormat format, Feedback& feedback);

} // namespace kestrel::runs
