#pragma once

#include "core/common/Json.h"
#include "core/common/Time.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::ai {

// One stored analysis: the fields of the original ai_analysis_reports table
// (analysis type, timeframe, model filter, total runs, content, created at,
// author) plus where it came from and what it cost.
struct StoredReport
{
    std::int64_t id = 0;
    EpochMs createdAt = 0;
    std::string author; // set by save(): who saved it (workspace::actingUser)
    std::vector<std::string> analysisTypes;
    std::string timeframe;   // "7d", or "custom 2026-11-01..2026-11-08"
    std::string modelFilter; // "all" or the models, comma-separated
    std::int64_t totalRuns = 0;
    std::string content;             // Markdown, real names restored
    std::string provider;            // "anthropic", "openai", "builtin" or "consensus"
    std::vector<std::string> models; // "provider:model" per answer
    std::optional<std::int64_t> inputTokens;
    std::optional<std::int64_t> outputTokens;
    std::optional<double> costUsd;
    std::string templateName;
    std::string templateVersion;
    std::string requestHash;
    bool cached = false;
    bool incomplete = false;
    bool anonymised = false;
    Json answers = Json::array(); // per model: provider, model, text, tokens, cost, cached, error
};

struct ReportQuery
{
    std::optional<EpochMs> from;
    std::optional<EpochMs> to;
    std::string provider; // exact, empty: any
    std::string text;     // substring of content or models, case-insensitive
    std::string analysisType;
    std::int64_t limit = 200;
};

// The ai_reports table: the history list, reopening and comparing reports.
class ReportStore
{
public:
    explicit ReportStore(workspace::Database& db);

    // Stores `report` as written by the connection's acting user (its role on
    // a team workspace, the login name on a file), whatever `author` says:
    // nobody saves a report in another's name.
    std::int64_t save(const StoredReport& report);
    std::optional<StoredReport> get(std::int64_t id);
    // Newest first; `withContent` false leaves content and answers empty (for lists).
    std::vector<StoredReport> list(const ReportQuery& query, bool withContent = false);
    bool remove(std::int64_t id);

private:
    workspace::Database& m_db;
};

// The report as a Markdown document with a metadata header (export).
std::string reportMarkdown(const StoredReport& report);

} // namespace kestrel::ai
