#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kestrel::runs::io {

// A whole regular file read into memory, as one read-only view. Not
// memory-mapped: a mapping of a file another process truncates raises SIGBUS.
// Throws kestrel::Error naming the file when it cannot be read, is not a
// regular file (FIFO, device such as /dev/zero) or shrinks while being read.
class MappedFile
{
public:
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view view() const { return {m_data, m_size}; }

    // Read in pieces of this size; after each one a test may act on the file
    // (e.g. truncate it, as another program would) through this hook.
    static constexpr std::size_t kReadChunk = 8u << 20;
    using ChunkHook = void (*)(const std::string& path, std::size_t bytesRead);
    static inline ChunkHook afterChunkForTesting = nullptr;

private:
    const char* m_data = nullptr;
    std::size_t m_size = 0;
    std::string m_copy;
};

} // namespace kestrel::runs::io
