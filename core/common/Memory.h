#pragma once

#include <fstream>
#include <string>

namespace kestrel {

// A figure of /proc/self/status in kB ("VmRSS", "VmHWM", ...); -1 when absent.
inline long processStatusKb(const char* key)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(key) + ":";
    while (std::getline(in, line)) {
        if (line.rfind(prefix, 0) == 0)
            return std::stol(line.substr(prefix.size()));
    }
    return -1;
}

} // namespace kestrel
