#pragma once

#include <string>
#include <string_view>

namespace kestrel::runs {

// Normalises an error message into a template so that messages differing only
// in their variable parts group together: quoted values become '<str>', paths
// '<path>', URLs '<url>', UUIDs and hex ids '<id>', numbers '<n>', whitespace is
// collapsed. An empty message gives an empty template.
// "Timeout after 30.5s fetching 'RELIANCE.NS'" -> "Timeout after <n>s fetching <str>"
std::string errorTemplate(std::string_view message);

} // namespace kestrel::runs
