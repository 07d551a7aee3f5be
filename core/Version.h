#pragma once

namespace kestrel {

// The version of this build, e.g. "0.1.0".
const char* version();

} // namespace kestrel
