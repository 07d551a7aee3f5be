#pragma once

#include "core/common/Json.h"
#include "core/common/Progress.h"
#include "core/runs/io/RunSink.h"

#include <string>

namespace kestrel::runs::io {

// A JSON array of run objects, or JSON Lines (one object per line). Keys are
// the runs-table field names or their aliases (see RunFields.h); unknown keys
// are ignored; input_parameters, output_results and tags may be objects
// (stored as JSON text) or strings. Throws ImportError with line and column.
class BadRows;

void importJsonArray(const std::string& path, RunSink& sink, BadRows& bad, Feedback& feedback);
void importJsonLines(const std::string& path, RunSink& sink, BadRows& bad, Feedback& feedback);

// Fills `run` from one JSON object; throws FieldValueError naming the key.
void runFromJson(const Json& object, RunRecord& run);

} // namespace kestrel::runs::io
