#pragma once

#include "core/runs/RunFilter.h"

#include <QStringList>

namespace kestrel::app {

// Takes the run filter options shared by `runs export` and `runs stats` out of
// `args` (the same filters as the Run History panel):
//   --timeframe 24h|7d|30d|90d|all   --from TIME   --to TIME
//   --model M (repeatable, or a comma list)   --status S   --symbol S
//   --source D   --search TEXT
// --from/--to take anything kestrel::parseTime reads and override the
// timeframe's bounds. Throws kestrel::Error for a bad value.
runs::RunFilter parseFilterOptions(QStringList& args);

// Every value of a repeatable option, comma lists split, blanks dropped.
QStringList takeListOption(QStringList& args, const QString& name);

} // namespace kestrel::app
