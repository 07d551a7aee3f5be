#include "core/runs/io/MappedFile.h"

#include "core/runs/io/RunImport.h"

#include <algorithm>

#include "core/common/Error.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#define KESTREL_HAVE_POSIX_READ 1
#endif

namespace kestrel::runs::io {

namespace {

[[noreturn]] void notRegular(const std::string& path)
{
    throw Error(
        "Cannot import " + path +
        ": it is not a regular file (a FIFO, device or socket cannot be an import source).");
}

} // namespace

// The file is read, not memory-mapped: a mapped file truncated by another
// process while we read it raises SIGBUS, a read() just returns less.
MappedFile::MappedFile(const std::string& path)
{
#ifdef KESTREL_HAVE_POSIX_READ
    // O_NONBLOCK so that opening a FIFO with no writer does not block; the type
    // check below refuses it anyway.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        throw Error("Cannot read " + path + ": " + std::strerror(errno));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        throw Error("Cannot read " + path + ": " + std::strerror(err));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        notRegular(path);
    }
    const auto expected = static_cast<std::size_t>(st.st_size);
    m_copy.resize(expected);
    std::size_t got = 0;
    while (got < expected) {
        const ssize_t n = ::read(fd, m_copy.data() + got, std::min(kReadChunk, expected - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            throw Error("Cannot read " + path + ": " + std::strerror(err));
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
        if (afterChunkForTesting)
            afterChunkForTesting(path, got);
    }
    ::close(fd);
    if (got != expected) {
        // Where it was cut: the line after the last complete one.
        const auto line = std::count(m_copy.data(), m_copy.data() + got, '\n') + 1;
        throw ImportError(path, line, 0,
                          "the file was cut short while it was being read (it shrank from " +
                              std::to_string(expected) + " to " + std::to_string(got) +
                              " bytes: is another program writing it?). Nothing was imported.");
    }
#else
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        notRegular(path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("Cannot read " + path + ".");
    const auto size = std::filesystem::file_size(path, ec);
    m_copy.resize(ec ? 0 : static_cast<std::size_t>(size));
    in.read(m_copy.data(), static_cast<std::streamsize>(m_copy.size()));
    m_copy.resize(static_cast<std::size_t>(in.gcount()));
#endif
    m_data = m_copy.data();
    m_size = m_copy.size();
}

MappedFile::~MappedFile() = default;

} // namespace kestrel::runs::io
