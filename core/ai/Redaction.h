#pragma once

// Redaction moved to core/net (kestrel::net::Redaction). This name stays for
// the callers in ai/AnalysisService and ui/ that other work is rewriting at
// the same time; new code includes core/net/Redaction.h.
#include "core/net/Redaction.h"

namespace kestrel::ai {
using net::Redaction;
} // namespace kestrel::ai
