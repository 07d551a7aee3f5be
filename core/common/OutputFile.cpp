#include "core/common/OutputFile.h"

#include "core/common/Error.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <streambuf>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace kestrel {

namespace {

// The workspace, SQLite's files beside it, and the import lock files of
// core/workspace/ImportLock.h: an output renamed over a lock file would give
// it a new inode, so a second import could lock that one while the first
// holds the old.
constexpr std::array<const char*, 6> kCompanions = {"",         "-wal",         "-shm",
                                                    "-journal", "-import.lock", "-writers.lock"};

std::mutex& registryMutex()
{
    static std::mutex m;
    return m;
}

std::vector<std::string>& registry()
{
    static std::vector<std::string> list;
    return list;
}

// The path a write to `p` ends in: symlinks followed (also a dangling last
// one), the folders made canonical as far as they exist.
bool underDevOrProc(const fs::path& p)
{
    const std::string s = p.string();
    return s.rfind("/dev/", 0) == 0 || s.rfind("/proc/", 0) == 0;
}

// True when `p` names a device or a process's descriptor (/dev/stdout,
// /proc/self/fd/1, a link into /dev): such a path is written in place.
bool isStreamPath(const fs::path& p)
{
    std::error_code ec;
    fs::path cur = fs::absolute(p, ec);
    for (int hops = 0; hops < 40 && !ec; ++hops) {
        if (underDevOrProc(cur.lexically_normal()))
            return true;
        if (!fs::is_symlink(fs::symlink_status(cur, ec)) || ec)
            break;
        const fs::path link = fs::read_symlink(cur, ec);
        cur = link.is_absolute() ? link : cur.parent_path() / link;
    }
    return false;
}

fs::path resolve(const fs::path& p)
{
    std::error_code ec;
    fs::path cur = fs::absolute(p, ec);
    if (ec)
        cur = p;
    for (int hops = 0; hops < 40; ++hops) {
        const fs::file_status st = fs::symlink_status(cur, ec);
        if (ec || !fs::is_symlink(st))
            break;
        const fs::path link = fs::read_symlink(cur, ec);
        if (ec)
            break;
        cur = link.is_absolute() ? link : cur.parent_path() / link;
    }
    fs::path parent = fs::weakly_canonical(cur.parent_path(), ec);
    if (ec)
        parent = cur.parent_path();
    return (parent / cur.filename()).lexically_normal();
}

bool statOf(const std::string& path, struct stat& st)
{
    return ::stat(path.c_str(), &st) == 0;
}

std::string errnoText(int err)
{
    return std::strerror(err);
}

class FdBuf : public std::streambuf
{
public:
    explicit FdBuf(int fd) : m_fd(fd), m_buffer(1 << 16)
    {
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }

    bool flushAll()
    {
        if (m_failed)
            return false;
        const char* p = pbase();
        std::size_t left = static_cast<std::size_t>(pptr() - pbase());
        while (left) {
            const ssize_t n = ::write(m_fd, p, left);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_errno = errno;
                m_failed = true;
                return false;
            }
            p += n;
            left -= static_cast<std::size_t>(n);
        }
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return true;
    }
    int error() const { return m_errno; }

protected:
    int_type overflow(int_type ch) override
    {
        if (!flushAll())
            return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override
    {
        std::streamsize done = 0;
        while (done < n) {
            const std::streamsize room = epptr() - pptr();
            if (room == 0) {
                if (!flushAll())
                    return done;
                continue;
            }
            const std::streamsize k = std::min(room, n - done);
            std::memcpy(pptr(), s + done, static_cast<std::size_t>(k));
            pbump(static_cast<int>(k));
            done += k;
        }
        return done;
    }
    int sync() override { return flushAll() ? 0 : -1; }

private:
    int m_fd;
    std::vector<char> m_buffer;
    bool m_failed = false;
    int m_errno = 0;
};

} // namespace

void protectPath(const std::string& path)
{
    if (path.empty())
        return;
    std::lock_guard lock(registryMutex());
    registry().push_back(path);
}

void unprotectPath(const std::string& path)
{
    std::lock_guard lock(registryMutex());
    auto& list = registry();
    const auto it = std::find(list.begin(), list.end(), path);
    if (it != list.end())
        list.erase(it);
}

ProtectedPath::ProtectedPath(std::string path) : m_path(std::move(path))
{
    protectPath(m_path);
}

ProtectedPath::~ProtectedPath()
{
    unprotectPath(m_path);
}

void refuseProtectedTarget(const std::string& target)
{
    std::vector<std::string> list;
    {
        std::lock_guard lock(registryMutex());
        list = registry();
    }
    if (list.empty())
        return;
    const fs::path resolved = resolve(target);
    struct stat t
    {
    };
    const bool targetExists = statOf(resolved.string(), t);
    for (const std::string& ws : list) {
        const fs::path wsResolved = resolve(ws);
        for (const char* suffix : kCompanions) {
            const std::string protectedPath = wsResolved.string() + suffix;
            struct stat p
            {
            };
            const bool same = (targetExists && statOf(protectedPath, p) && p.st_dev == t.st_dev &&
                               p.st_ino == t.st_ino) ||
                              resolved == fs::path(protectedPath);
            if (!same)
                continue;
            const std::string what =
                *suffix ? "the " + std::string(suffix + 1) + " file of the open workspace " + ws
                        : "the open workspace " + ws;
            throw UsageError("Refusing to write " + target + ": it is " + what +
                             " and writing there would destroy it; choose another output file.");
        }
    }
}

struct OutputFile::Impl
{
    int fd = -1;
    bool direct = false; // a device or FIFO, written in place
    bool committed = false;
    std::string finalPath; // resolved target
    std::string tempPath;
    std::unique_ptr<FdBuf> buf;
    std::unique_ptr<std::ostream> os;
};

OutputFile::OutputFile(std::string target, OutputFileOptions options)
    : m_impl(std::make_unique<Impl>()), m_target(std::move(target))
{
    if (m_target.empty())
        throw UsageError("The output path is empty: name a file to write.");
    refuseProtectedTarget(m_target);
    Impl& d = *m_impl;
    d.finalPath = resolve(m_target).string();
    struct stat st
    {
    };
    const bool exists = statOf(d.finalPath, st);
    if (exists && S_ISDIR(st.st_mode))
        throw UsageError("Cannot write " + m_target + ": it is a folder; name a file inside it.");
    if ((exists && !S_ISREG(st.st_mode)) || (exists && isStreamPath(m_target))) {
        // A device, FIFO or descriptor: written where it is. O_APPEND for a
        // regular file behind /dev/stdout, so that what the shell already
        // wrote there stays.
        d.direct = true;
        d.fd =
            ::open(m_target.c_str(), O_WRONLY | O_CLOEXEC | (S_ISREG(st.st_mode) ? O_APPEND : 0));
        if (d.fd < 0)
            throw Error("Cannot write " + m_target + ": " + errnoText(errno) + ".");
    } else {
        const fs::path dir = fs::path(d.finalPath).parent_path();
        std::string tmpl =
            (dir / ("." + fs::path(d.finalPath).filename().string() + ".XXXXXX.part")).string();
        std::vector<char> name(tmpl.begin(), tmpl.end());
        name.push_back('\0');
        d.fd = ::mkostemps(name.data(), 5, O_CLOEXEC);
        if (d.fd < 0)
            throw Error("Cannot write " + m_target + ": " + errnoText(errno) +
                        " (check that the folder " + dir.string() + " exists and can be written).");
        d.tempPath = name.data();
        mode_t mode;
        if (exists && !options.forceMode) {
            mode = st.st_mode & 07777;
        } else if (options.mode >= 0) {
            mode = static_cast<mode_t>(options.mode);
        } else {
            // Read once: umask() can only be read by setting it.
            static const mode_t mask = [] {
                const mode_t m = ::umask(0);
                ::umask(m);
                return m;
            }();
            mode = 0666 & ~mask;
        }
        ::fchmod(d.fd, mode);
    }
    d.buf = std::make_unique<FdBuf>(d.fd);
    d.os = std::make_unique<std::ostream>(d.buf.get());
}

OutputFile::~OutputFile()
{
    Impl& d = *m_impl;
    if (d.fd >= 0)
        ::close(d.fd);
    if (!d.committed && !d.tempPath.empty())
        ::unlink(d.tempPath.c_str());
}

std::ostream& OutputFile::stream()
{
    return *m_impl->os;
}

void OutputFile::write(std::string_view bytes)
{
    m_impl->os->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void OutputFile::commit()
{
    Impl& d = *m_impl;
    if (d.committed)
        return;
    const bool ok = static_cast<bool>(*d.os) && d.buf->flushAll();
    if (!ok) {
        const int err = d.buf->error();
        throw Error("Writing " + m_target +
                    " failed: " + (err ? errnoText(err) : std::string("write error")) +
                    (d.direct ? "." : " (is the disk full?); the file was left as it was."));
    }
    if (d.direct) {
        ::close(d.fd);
        d.fd = -1;
        d.committed = true;
        return;
    }
    if (::fsync(d.fd) != 0)
        throw Error("Writing " + m_target + " failed: " + errnoText(errno) +
                    "; the file was left as it was.");
    if (::close(d.fd) != 0) {
        d.fd = -1;
        throw Error("Writing " + m_target + " failed: " + errnoText(errno) +
                    "; the file was left as it was.");
    }
    d.fd = -1;
    // Checked again just before the rename: the workspace may have appeared
    // at that name in the meantime.
    refuseProtectedTarget(m_target);
    if (::rename(d.tempPath.c_str(), d.finalPath.c_str()) != 0)
        throw Error("Cannot move the new " + m_target + " into place: " + errnoText(errno) + ".");
    d.committed = true;
    const std::string dir = fs::path(d.finalPath).parent_path().string();
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

void writeOutputFile(const std::string& target, std::string_view bytes, OutputFileOptions options)
{
    OutputFile file(target, options);
    file.write(bytes);
    file.commit();
}

} // namespace kestrel
