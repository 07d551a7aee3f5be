// Fuzzes the MLflow SQLite importer: each input is written as an mlflow.db
// file. Most mutations break the SQLite header (SQLite's own checks answer);
// the seeds are small real MLflow databases so that the mutations inside
// pages reach the importer's queries and its handling of odd column values.
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kestrel;
    const std::string path = fuzz::scratchDir() + "/mlflow.db";
    fuzz::writeFile(path, {reinterpret_cast<const char*>(data), size});
    runs::ImportOptions options;
    options.format = runs::ImportFormat::Mlflow;
    fuzz::importIntoWorkspace(path, options);
    return 0;
}
