#pragma once

#include <map>
#include <string>
#include <string_view>

namespace kestrel::runs::io {

// The top-level "key: value" pairs of a flat YAML document such as MLflow's
// meta.yaml. Quotes around a value are removed; null, ~ and empty values are
// left out; nested blocks and list items are ignored (MLflow's meta.yaml has
// only "tags: []" there).
std::map<std::string, std::string> parseFlatYaml(std::string_view text);

} // namespace kestrel::runs::io
