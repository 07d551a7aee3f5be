#pragma once

// The key sources moved to core/secrets (kestrel::secrets::KeySource). These
// names stay for the callers in ai/AnalysisService and ui/ that other work is
// rewriting at the same time; new code includes core/secrets/KeySource.h.
#include "core/secrets/KeySource.h"

namespace kestrel::ai {
using secrets::ApiKey;
using secrets::EnvKeySource;
using secrets::FixedKeySource;
using secrets::KeySource;
using secrets::keyEnvironmentVariable;
} // namespace kestrel::ai
