#include "core/runs/io/MlflowFileStoreImporter.h"

#include "core/runs/io/FlatYaml.h"
#include "core/runs/io/MlflowRun.h"
#include "core/runs/io/RunFields.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kestrel::runs::io {

namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ImportError(path.string(), 0, 0, "cannot be read");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

std::optional<std::int64_t> toInt(const std::map<std::string, std::string>& yaml, const char* key)
{
    const auto it = yaml.find(key);
    if (it == yaml.end())
        return std::nullopt;
    std::int64_t v = 0;
    const auto [p, ec] =
        std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
    if (ec != std::errc() || p != it->second.data() + it->second.size())
        return std::nullopt;
    return v;
}

std::string value(const std::map<std::string, std::string>& yaml, const char* key)
{
    const auto it = yaml.find(key);
    return it == yaml.end() ? std::string() : it->second;
}

// Every regular file under `dir`, keyed by its path relative to `dir` with '/'
// separators: MLflow stores the key "a/b" as the file a/b.
std::vector<std::pair<std::string, fs::path>> keyedFiles(const fs::path& dir)
{
    std::vector<std::pair<std::string, fs::path>> out;
    if (!fs::is_directory(dir))
        return out;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file())
            out.emplace_back(fs::relative(entry.path(), dir).generic_string(), entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// One metric file: lines "timestamp value [step]".
void readMetric(const std::string& key, const fs::path& file, MlflowRun& run)
{
    const std::string text = readText(file);
    std::istringstream lines(text);
    std::string line;
    std::int64_t number = 0;
    while (std::getline(lines, line)) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        std::istringstream parts(line);
        std::string ts, val, step;
        parts >> ts >> val >> step;
        MlflowMetric m;
        const auto t = parseNumber(ts);
        if (!t || val.empty())
            throw ImportError(file.string(), number, 1,
                              "expected 'timestamp value step', found '" + line + "'");
        m.timestamp = static_cast<std::int64_t>(*t);
        if (const auto s = parseNumber(step))
            m.step = static_cast<std::int64_t>(*s);
        m.value = parseNumber(val); // "nan" and "inf" stay empty
        if (!m.value && val != "nan" && val != "NaN" && val.find("inf") == std::string::npos)
            throw ImportError(file.string(), number, 2,
                              "'" + val + "' is not a number (metric " + key + ")");
        keepLatest(run.metrics, key, m);
    }
}

fs::path storeRoot(const fs::path& given)
{
    if (fs::is_directory(given / "mlruns"))
        return given / "mlruns";
    return given;
}

} // namespace

static void readFileStore(const std::string& rootPath, const MlflowMapping& mapping, RunSink& sink,
                          Feedback& feedback)
{
    const fs::path root = storeRoot(rootPath);
    if (!fs::is_directory(root))
        throw ImportError(rootPath, 0, 0, "is not a folder");

    std::vector<fs::path> experimentDirs;
    for (const auto& entry : fs::directory_iterator(root)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory() && name != ".trash" &&
            fs::is_regular_file(entry.path() / "meta.yaml"))
            experimentDirs.push_back(entry.path());
    }
    if (experimentDirs.empty())
        throw ImportError(rootPath, 0, 0,
                          "not an MLflow file store: no experiment folder with a meta.yaml");
    std::sort(experimentDirs.begin(), experimentDirs.end());

    std::vector<MlflowRun> runs;
    for (std::size_t e = 0; e < experimentDirs.size(); ++e) {
        const fs::path& expDir = experimentDirs[e];
        const auto expMeta = parseFlatYaml(readText(expDir / "meta.yaml"));
        const bool expDeleted = value(expMeta, "lifecycle_stage") == "deleted";
        const std::string expName = value(expMeta, "name");
        for (const auto& entry : fs::directory_iterator(expDir)) {
            const fs::path runDir = entry.path();
            if (!entry.is_directory() || !fs::exists(runDir / "meta.yaml"))
                continue;
            if (!fs::is_regular_file(runDir / "meta.yaml")) {
                sink.skip("skipped invalid MLflow run " + runDir.filename().string() + ": " +
                          (runDir / "meta.yaml").string() + " is not a regular file");
                continue;
            }
            feedback.throwIfStopped();
            const auto meta = parseFlatYaml(readText(runDir / "meta.yaml"));
            MlflowRun run;
            run.runId = value(meta, "run_id");
            if (run.runId.empty())
                run.runId = value(meta, "run_uuid");
            if (run.runId.empty())
                run.runId = runDir.filename().string();
            if (expDeleted || value(meta, "lifecycle_stage") == "deleted") {
                sink.skip("skipped deleted MLflow run " + run.runId);
                continue;
            }
            run.name = value(meta, "run_name");
            run.status = value(meta, "status");
            run.startTime = toInt(meta, "start_time");
            run.endTime = toInt(meta, "end_time");
            run.experiment = expName;
            for (const auto& [key, file] : keyedFiles(runDir / "metrics"))
                readMetric(key, file, run);
            for (const auto& [key, file] : keyedFiles(runDir / "params"))
                run.params[key] = readText(file);
            for (const auto& [key, file] : keyedFiles(runDir / "tags"))
                run.tags[key] = readText(file);
            runs.push_back(std::move(run));
        }
        feedback.report(0.8 * static_cast<double>(e + 1) /
                        static_cast<double>(experimentDirs.size()));
    }

    // Start order, as the SQLite backend reads them.
    std::sort(runs.begin(), runs.end(), [](const MlflowRun& a, const MlflowRun& b) {
        return std::pair(a.startTime.value_or(0), a.runId) <
               std::pair(b.startTime.value_or(0), b.runId);
    });
    for (const MlflowRun& run : runs) {
        addMlflowRun(run, mapping, sink);
    }
}

void importMlflowFileStore(const std::string& rootPath, const MlflowMapping& mapping, RunSink& sink,
                           Feedback& feedback)
{
    // A symlink loop or an unreadable folder inside the store: a clear error
    // naming the path instead of a raw std::filesystem message.
    try {
        readFileStore(rootPath, mapping, sink, feedback);
    } catch (const fs::filesystem_error& e) {
        const std::string where = e.path1().empty() ? rootPath : e.path1().string();
        throw ImportError(where, 0, 0,
                          "cannot be read as part of the MLflow store: " + e.code().message());
    }
}

} // namespace kestrel::runs::io
