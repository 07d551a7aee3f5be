#pragma once

#include "core/runs/io/RunImport.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::runs::io {

// The rows of one import that could not become a run (a bad value, a run that
// fails validateRun). Without --skip-invalid the import is refused naming the
// first kMaxListed of them; with it, the good rows are imported and the bad ones
// are written with their reasons to a side file.
class BadRows
{
public:
    static constexpr std::size_t kMaxListed = 20;

    BadRows(std::string source, const ImportOptions& options);

    // Records one bad row (`record` is its raw text). Throws the ImportError
    // once kMaxListed rows are collected and rows are not skipped.
    void add(std::int64_t line, std::int64_t column, const std::string& reason,
             std::string_view record);
    // The same for an ImportError about this source (its "file:line:column: "
    // prefix is not repeated in the reason).
    void add(const ImportError& e, std::string_view record);

    // No bad row: nothing. Not skipping: throws ImportError naming the first
    // bad rows (nothing is imported). Skipping: writes the side file and adds
    // its name and the count to `result`.
    void finish(ImportResult& result);

private:
    struct Row
    {
        std::int64_t line;
        std::int64_t column;
        std::string reason;
        std::string record;
    };
    [[noreturn]] void refuse() const;
    std::string sideFilePath() const;

    std::string m_source;
    bool m_skip;
    std::string m_rejectedPath;
    std::vector<Row> m_rows;
};

} // namespace kestrel::runs::io
