#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace kestrel {

// The one way Kestrel writes an output file (exports, reports, scored CSVs,
// key files). An output file:
//  - never is an open workspace, nor its -wal/-shm/-journal files or its
//    -import.lock/-writers.lock lock files: the target
//    is compared by device and inode (so a symlink or hard link to the
//    workspace is caught too) and by resolved name (for a -wal that does not
//    exist yet); such a target throws UsageError (exit 2 in the CLI);
//  - is written to a temporary file in the folder of the target's resolved
//    path, flushed, fsync'ed and renamed onto it: a reader sees the old file
//    or the whole new one, never half of it;
//  - through a symlink replaces the file the link points to, and the link
//    stays a link;
//  - that is a device or FIFO (/dev/stdout, /dev/null) is written to directly,
//    never replaced.

// Paths no output may overwrite: open workspaces. Each registration protects
// the file and its -wal, -shm, -journal, -import.lock and -writers.lock
// companions. Thread-safe.
void protectPath(const std::string& path);
void unprotectPath(const std::string& path);

// Keeps a path protected while it lives.
class ProtectedPath
{
public:
    explicit ProtectedPath(std::string path);
    ~ProtectedPath();
    ProtectedPath(const ProtectedPath&) = delete;
    ProtectedPath& operator=(const ProtectedPath&) = delete;

private:
    std::string m_path;
};

// Throws UsageError when `target` is, or is a link to, a protected file.
void refuseProtectedTarget(const std::string& target);

struct OutputFileOptions
{
    // Permission bits of a new file; -1: 0666 less the umask. An existing
    // regular file keeps its permission bits unless `forceMode` is set.
    int mode = -1;
    bool forceMode = false;
};

class OutputFile
{
public:
    // Checks the target and opens the temporary file (or the device).
    // Throws UsageError for a protected target, Error otherwise.
    explicit OutputFile(std::string target, OutputFileOptions options = {});
    // Without commit(), the temporary file is removed and the target untouched.
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Buffered; large exports stream through it.
    std::ostream& stream();
    void write(std::string_view bytes);

    // Flushes, fsyncs and moves the file into place. Throws Error on failure
    // (the target then keeps its old content).
    void commit();

    const std::string& target() const { return m_target; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::string m_target;
};

// Writes `bytes` to `target` through an OutputFile.
void writeOutputFile(const std::string& target, std::string_view bytes,
                     OutputFileOptions options = {});

} // namespace kestrel
