#include "core/Version.h"

#include <Eigen/Core>
#include <dlib/revision.h>
#include <libpq-fe.h>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sqlite3.h>

namespace kestrel {

const char* version()
{
    return KESTREL_VERSION;
}

std::string buildDescription()
{
#if defined(__clang__)
    const std::string compiler = "Clang " __clang_version__;
#elif defined(__GNUC__)
    const std::string compiler = "GCC " __VERSION__;
#else
    const std::string compiler = "an unknown compiler";
#endif
    const std::string type = KESTREL_BUILD_TYPE;
    return (type.empty() ? std::string("no build type") : type) + ", " + compiler + ", C++" +
           std::to_string(__cplusplus / 100 % 100);
}

std::vector<Component> components()
{
    const int pq = PQlibVersion(); // e.g. 150004 for 15.4
    return {
        {"SQLite", sqlite3_libversion(), "public domain"},
        {"libpq (PostgreSQL)", std::to_string(pq / 10000) + "." + std::to_string(pq % 10000),
         "PostgreSQL licence"},
        {"libsodium", sodium_version_string(), "ISC"},
        {"QtKeychain", KESTREL_QTKEYCHAIN_VERSION, "BSD-3-Clause"},
        {"nlohmann/json",
         std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
             std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
             std::to_string(NLOHMANN_JSON_VERSION_PATCH),
         "MIT"},
        {"Eigen",
         std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "." +
             std::to_string(EIGEN_MINOR_VERSION),
         "MPL-2.0"},
        {"dlib",
         std::to_string(DLIB_MAJOR_VERSION) + "." + std::to_string(DLIB_MINOR_VERSION) + "." +
             std::to_string(DLIB_PATCH_VERSION),
         "Boost Software License 1.0"},
    };
}

} // namespace kestrel
