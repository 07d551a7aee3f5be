#pragma once

#include "core/common/Progress.h"
#include "core/runs/io/RunImport.h"
#include "core/runs/io/RunSink.h"

#include <string>

namespace kestrel::runs::io {

// Reads a CSV file of runs into `sink`. An empty mapping means the suggested
// one (and a detected delimiter). Throws ImportError at the first bad record.
class BadRows;

void importCsv(const std::string& path, const CsvMapping& mapping, RunSink& sink, BadRows& bad,
               Feedback& feedback);

} // namespace kestrel::runs::io
