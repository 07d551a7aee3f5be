#pragma once

#include <string_view>
#include <vector>

namespace kestrel::workspace {

// Schema migrations, applied in order. Entry i takes a workspace from
// `PRAGMA user_version` i to i + 1. Only ever append: a released step never changes.
const std::vector<std::string_view>& migrations();

// The schema version this build writes: migrations().size().
int currentSchemaVersion();

} // namespace kestrel::workspace
