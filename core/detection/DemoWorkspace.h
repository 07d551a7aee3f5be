#pragma once

#include "core/common/Progress.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <string>

namespace kestrel::detection {

// A demo workspace as a new user should find it: runs::generateDemo's
// history with its planted incidents already raised by every detector. One
// piece of code for `kestrel demo` and File › New demo workspace.
struct DemoResult
{
    runs::DemoSummary demo;
    std::int64_t anomalies = 0; // raised by the detection run
};

// Fills `db`, a new or empty workspace.
DemoResult fillDemo(workspace::Database& db, const runs::DemoOptions& options, Feedback& feedback);

// Creates the workspace file at `path` and fills it; a failed or cancelled
// demo leaves no file behind.
DemoResult createDemoWorkspace(const std::string& path, const runs::DemoOptions& options,
                               Feedback& feedback);

} // namespace kestrel::detection
