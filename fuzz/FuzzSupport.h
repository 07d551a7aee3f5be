#pragma once

#include "core/runs/io/RunImport.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kestrel::fuzz {

// A directory of this process's own under /dev/shm (or $TMPDIR), removed at exit.
const std::string& scratchDir();

// Writes `bytes` to `path` (created or truncated).
void writeFile(const std::string& path, std::string_view bytes);

// Imports `path` with `options` into one workspace kept for the whole run,
// then deletes the imported runs so the next input starts from an empty
// table. A kestrel::Error (ImportError included) is an expected outcome for a
// malformed input; only crashes, sanitizer reports, leaks and timeouts are
// findings.
void importIntoWorkspace(const std::string& path, const runs::ImportOptions& options);

} // namespace kestrel::fuzz
