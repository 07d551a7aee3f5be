#include "core/runs/io/BadRows.h"

#include <filesystem>
#include <fstream>

namespace kestrel::runs::io {

namespace {

std::string csvQuoted(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace

BadRows::BadRows(std::string source, const ImportOptions& options)
    : m_source(std::move(source)), m_skip(options.skipInvalid), m_rejectedPath(options.rejectedPath)
{
}

void BadRows::add(std::int64_t line, std::int64_t column, const std::string& reason,
                  std::string_view record)
{
    m_rows.push_back({line, column, reason, m_skip ? std::string(record) : std::string()});
    if (!m_skip && m_rows.size() >= kMaxListed)
        refuse();
}

void BadRows::add(const ImportError& e, std::string_view record)
{
    std::string reason = e.what();
    if (reason.compare(0, m_source.size(), m_source) == 0) {
        const auto colon = reason.find(": ", m_source.size());
        if (colon != std::string::npos)
            reason.erase(0, colon + 2);
    }
    add(e.line(), e.column(), reason, record);
}

void BadRows::refuse() const
{
    const Row& first = m_rows.front();
    std::string what = first.reason;
    if (m_rows.size() > 1) {
        what +=
            "\n" + std::to_string(m_rows.size() - 1) + " more bad row(s)" +
            (m_rows.size() >= kMaxListed ? " (listing stops at " + std::to_string(kMaxListed) + ")"
                                         : "") +
            ":";
        for (std::size_t i = 1; i < m_rows.size(); ++i)
            what += "\n  " + m_source + ":" + std::to_string(m_rows[i].line) + ":" +
                    std::to_string(m_rows[i].column) + ": " + m_rows[i].reason;
    }
    what += "\nNothing was imported; --skip-invalid imports the good rows and writes the bad ones "
            "to a side file.";
    throw ImportError(m_source, first.line, first.column, what);
}

std::string BadRows::sideFilePath() const
{
    namespace fs = std::filesystem;
    if (!m_rejectedPath.empty()) {
        if (fs::exists(m_rejectedPath))
            throw Error("Not overwriting " + m_rejectedPath +
                        " (given with --rejected): remove it or name another file.");
        return m_rejectedPath;
    }
    // <source>.rejected.csv, or .rejected-2.csv ... when that exists already.
    std::string path = m_source + ".rejected.csv";
    for (int n = 2; fs::exists(path); ++n)
        path = m_source + ".rejected-" + std::to_string(n) + ".csv";
    return path;
}

void BadRows::finish(ImportResult& result)
{
    if (m_rows.empty())
        return;
    if (!m_skip)
        refuse();
    const std::string path = sideFilePath();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw Error("Cannot write the rejected rows to " + path + ".");
    out << "line,column,reason,record\n";
    for (const Row& r : m_rows)
        out << r.line << ',' << r.column << ',' << csvQuoted(r.reason) << ',' << csvQuoted(r.record)
            << '\n';
    out.close();
    if (!out)
        throw Error("Cannot write the rejected rows to " + path + ".");
    result.rejected += static_cast<std::int64_t>(m_rows.size());
    result.rejectedFile = path;
    result.notes.push_back("rejected " + std::to_string(m_rows.size()) +
                           " invalid row(s), written to " + path);
}

} // namespace kestrel::runs::io
