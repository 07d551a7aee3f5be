// Fuzzes the MLflow file-store importer (mlruns/: experiment and run
// meta.yaml, metrics/, params/, tags/). An input is a small text archive:
// each file starts with a line "=== <path relative to mlruns/>" and runs to
// the next such line. Paths are kept inside the temp mlruns/ tree ("." and
// ".." parts dropped), which is rebuilt for every input.
#include "fuzz/FuzzSupport.h"

#include <filesystem>
#include <sstream>

namespace {

// "1/aaa/../metrics//x" -> "1/aaa/metrics/x"; empty when nothing is left.
std::filesystem::path safeRelative(std::string_view name)
{
    std::filesystem::path out;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find('/', start);
        if (end == std::string_view::npos)
            end = name.size();
        const std::string_view part = name.substr(start, end - start);
        if (!part.empty() && part != "." && part != ".." &&
            part.find('\0') == std::string_view::npos)
            out /= std::string(part);
        start = end + 1;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kestrel;
    const std::filesystem::path root = std::filesystem::path(fuzz::scratchDir()) / "mlruns";
    std::error_code ec;
    std::filesystem::remove_all(root, ec);
    std::filesystem::create_directories(root);

    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::filesystem::path current;
    std::string content;
    int files = 0;
    auto flush = [&] {
        if (current.empty() || files > 64)
            return;
        const std::filesystem::path target = root / current;
        std::error_code mkdirError;
        std::filesystem::create_directories(target.parent_path(), mkdirError);
        if (!mkdirError && !std::filesystem::is_directory(target, mkdirError))
            fuzz::writeFile(target.string(), content);
        ++files;
    };
    std::size_t pos = 0;
    while (pos < input.size()) {
        std::size_t eol = input.find('\n', pos);
        const std::size_t next = eol == std::string_view::npos ? input.size() : eol + 1;
        const std::string_view line =
            input.substr(pos, (eol == std::string_view::npos ? input.size() : eol) - pos);
        if (line.starts_with("=== ")) {
            flush();
            current = safeRelative(line.substr(4));
            content.clear();
        } else {
            content.append(input.substr(pos, next - pos));
        }
        pos = next;
    }
    flush();

    runs::ImportOptions options;
    options.format = runs::ImportFormat::Mlflow;
    fuzz::importIntoWorkspace(root.string(), options);
    return 0;
}
