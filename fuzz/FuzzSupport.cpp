#include "fuzz/FuzzSupport.h"

#include "core/common/Error.h"
#include "core/workspace/Workspace.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <unistd.h>

namespace kestrel::fuzz {

namespace {

struct Scratch
{
    std::string dir;
    Scratch()
    {
        std::filesystem::path base = std::filesystem::exists("/dev/shm")
                                         ? "/dev/shm"
                                         : std::filesystem::temp_directory_path();
        dir = (base / ("kestrel-fuzz-" + std::to_string(::getpid()))).string();
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~Scratch()
    {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

} // namespace

const std::string& scratchDir()
{
    static Scratch scratch;
    return scratch.dir;
}

void writeFile(const std::string& path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void importIntoWorkspace(const std::string& path, const runs::ImportOptions& options)
{
    static std::unique_ptr<workspace::Workspace> ws =
        workspace::Workspace::create(scratchDir() + "/workspace.kestrel");
    Feedback feedback;
    try {
        runs::importRuns(ws->db(), path, options, feedback);
    } catch (const Error&) {
        // A malformed input, reported as such: the expected outcome.
    }
    ws->db().exec("DELETE FROM metric_series; DELETE FROM runs;");
}

} // namespace kestrel::fuzz
