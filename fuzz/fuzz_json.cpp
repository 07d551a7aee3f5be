// Fuzzes the Json run importer: each input is a .json file imported into a workspace.
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kestrel;
    const std::string path = fuzz::scratchDir() + "/input.json";
    fuzz::writeFile(path, {reinterpret_cast<const char*>(data), size});
    runs::ImportOptions options;
    options.format = runs::ImportFormat::Json;
    fuzz::importIntoWorkspace(path, options);
    return 0;
}
