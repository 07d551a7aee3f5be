#pragma once

#include <nlohmann/json.hpp>

namespace kestrel {

using Json = nlohmann::json;

} // namespace kestrel
