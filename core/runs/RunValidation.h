#pragma once

#include "core/runs/RunRecord.h"

#include <optional>
#include <string>

namespace kestrel::runs {

// What is wrong with a run record: the runs-table field (model_name,
// execution_time, status, ...) and a sentence for a person.
struct RunProblem
{
    std::string field;
    std::string message;
};

// The one check every importer and `log-run` applies before a run is stored:
// a model name; a time in the years 1970-2200; a status from the known set
// (status::k*); accuracy and confidence finite and in [0, 1]; duration, memory
// and CPU finite, >= 0 and below bounds no real run reaches (a year, 1e9 MB,
// 1e5 %); every text field valid UTF-8. Nothing when the run
// is fine, else the first problem found.
std::optional<RunProblem> validateRun(const RunRecord& run);

} // namespace kestrel::runs
