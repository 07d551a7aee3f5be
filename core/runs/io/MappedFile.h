#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kestrel::runs::io {

// A whole file as one read-only view, memory-mapped where the platform allows
// (so a 200 MB CSV costs no copy), read into memory otherwise.
// Throws kestrel::Error naming the file when it cannot be read.
class MappedFile
{
public:
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view view() const { return {m_data, m_size}; }

private:
    const char* m_data = nullptr;
    std::size_t m_size = 0;
    bool m_mapped = false;
    std::string m_copy;
};

} // namespace kestrel::runs::io
