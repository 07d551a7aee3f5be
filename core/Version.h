#pragma once

#include <string>
#include <vector>

namespace kestrel {

// The version of this build, e.g. "0.1.0".
const char* version();

// How this binary was built: "Release, GCC 12.2.0, C++20".
std::string buildDescription();

// A library Kestrel's core is built with: its name, the version it was
// built with (or runs with, where the library can say) and its licence.
struct Component
{
    std::string name;
    std::string version;
    std::string licence;
};

// The libraries of kestrel_core (SQLite, libpq, libsodium, QtKeychain,
// nlohmann/json, Eigen, dlib), for Help › About.
std::vector<Component> components();

} // namespace kestrel
