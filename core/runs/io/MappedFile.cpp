#include "core/runs/io/MappedFile.h"

#include "core/common/Error.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define KESTREL_HAVE_MMAP 1
#endif

namespace kestrel::runs::io {

MappedFile::MappedFile(const std::string& path)
{
#ifdef KESTREL_HAVE_MMAP
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        throw Error("Cannot read " + path + ": " + std::strerror(errno));
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        m_size = static_cast<std::size_t>(st.st_size);
        if (m_size == 0) {
            ::close(fd);
            return;
        }
        void* p = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            ::madvise(p, m_size, MADV_SEQUENTIAL);
            m_data = static_cast<const char*>(p);
            m_mapped = true;
            ::close(fd);
            return;
        }
    }
    ::close(fd);
#endif
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("Cannot read " + path + ".");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    m_copy = std::move(buffer).str();
    m_data = m_copy.data();
    m_size = m_copy.size();
}

MappedFile::~MappedFile()
{
#ifdef KESTREL_HAVE_MMAP
    if (m_mapped)
        ::munmap(const_cast<char*>(m_data), m_size);
#endif
}

} // namespace kestrel::runs::io
