#pragma once

#include "core/workspace/Database.h"

#include <optional>
#include <string>
#include <string_view>

namespace kestrel::workspace {

// Aggregates only some backends compute in SQL, asked for by capability: the
// caller lets the server compute them where it can and reads the values
// itself where not (SQLite, whose client-side scan through sqlite3_* is its
// fast path). `column` is a plain column name, spliced as it is.

// The quantile q in [0, 1] of `column` with linear interpolation between
// order statistics (numpy's and pandas' default, as stats::quantile):
// PostgreSQL's percentile_cont; nothing on SQLite.
std::optional<std::string> quantileAggregate(const Database& db, double q, std::string_view column);

// The sample variance (ddof 1) of `column`, NULL below two values:
// PostgreSQL's var_samp; nothing on SQLite.
std::optional<std::string> varianceAggregate(const Database& db, std::string_view column);

} // namespace kestrel::workspace
