// Fuzzes the Csv run importer: each input is a .csv file imported into a workspace.
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kestrel;
    const std::string path = fuzz::scratchDir() + "/input.csv";
    fuzz::writeFile(path, {reinterpret_cast<const char*>(data), size});
    runs::ImportOptions options;
    options.format = runs::ImportFormat::Csv;
    fuzz::importIntoWorkspace(path, options);
    return 0;
}
