#pragma once

#include "core/ai/AnalysisData.h"
#include "core/ai/Consensus.h"
#include "core/ai/Governance.h"
#include "core/secrets/KeySource.h"
#include "core/ai/PromptBuilder.h"
#include "core/ai/Provider.h"
#include "core/ai/ReportStore.h"
#include "core/ai/UsageLedger.h"
#include "core/ai/Settings.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::ai {

// A provider and one of its models. An empty model means the provider's
// default: the workspace setting, else the first model the provider lists.
struct ModelChoice
{
    std::string provider; // builtin | anthropic | openai
    std::string model;
};

// Parses "anthropic:claude-x", "openai:llama3" or a bare model name (taken
// with `defaultProvider`). Throws kestrel::Error for an unknown provider.
ModelChoice parseModelChoice(const std::string& text, const std::string& defaultProvider);

// What to analyse and who writes it. One model gives a single answer; two or
// three run concurrently and are followed by a consensus section.
struct AnalysisRequest
{
    AnalysisOptions options;
    std::vector<ModelChoice> models;
    // Consensus by this model instead of the built-in merge.
    std::optional<ModelChoice> synthesis;
    bool useCache = true;
    // When every provider fails, write the report with the built-in analyst
    // instead (saying so) rather than failing.
    bool fallbackToBuiltin = false;
    // The stored report's author is the workspace's acting user
    // (ReportStore::save): the connection's role on PostgreSQL, the login
    // name on SQLite.
    bool store = true;
};

// One request as it would be sent: the preview the panel shows before Generate.
struct PlannedCall
{
    ModelChoice choice;
    std::string providerName;
    std::string endpoint;
    Json body; // the exact request body
    std::string requestHash;
    CostEstimate estimate;
    bool cached = false; // an answer within the TTL exists: nothing would be sent
};

struct AnalysisPreview
{
    Prompt prompt;
    std::vector<PlannedCall> calls;
    std::int64_t totalRuns = 0;
    std::optional<double> maxCostUsd; // nothing when a model has no price
};

struct AnalysisResult
{
    std::string markdown; // what the panel renders and the report stores
    std::vector<ModelAnswer> answers;
    std::string consensus;
    std::int64_t reportId = 0; // 0 when not stored
    std::optional<std::int64_t> inputTokens;
    std::optional<std::int64_t> outputTokens;
    std::optional<double> costUsd;
    bool cached = false;     // every answer came from the cache
    bool incomplete = false; // some answer was cut short
    bool usedFallback = false;
    std::int64_t totalRuns = 0;
};

// Called with each answer's text as it streams, real names already restored,
// whole lines at a time. `index` is the position in AnalysisRequest::models.
// In a consensus it is called from several threads at once.
using AnswerSink = std::function<void(std::size_t index, std::string_view text)>;

// Makes providers; the GUI's Settings and tests substitute their own
// configuration through overrides.
struct ProviderOverrides
{
    std::map<std::string, std::string> baseUrls; // provider id -> base URL
    std::optional<int> maxRetries;
    std::optional<int> connectTimeoutMs;
    std::optional<int> readTimeoutMs;
    std::optional<int> retryBaseMs;
};

// The façade the AI panel (and its views: model choices, report history,
// the spend tile) and `kestrel ai` share. Works on one connection owned by
// the calling thread: the GUI builds it from the workspace path inside a
// JobRunner job, so the connection opens on the worker; the CLI may hand it
// a connection it holds. Every method blocks and is meant to run in a job.
// Network calls honour the stop token of the Feedback. Never stores or
// prints a key.
class AnalysisService
{
public:
    AnalysisService(workspace::Database& db, const secrets::KeySource& keys,
                    ProviderOverrides overrides = {});
    // Opens (and owns) a connection to the workspace file at `workspacePath`.
    AnalysisService(const std::string& workspacePath, const secrets::KeySource& keys,
                    ProviderOverrides overrides = {});
    // For the read side only (reports, spend, choices): holds no key, so any
    // provider call fails as unconfigured.
    explicit AnalysisService(const std::string& workspacePath);
    ~AnalysisService();

    // --- What the panel's views read ---

    // Stored reports, newest first (ReportStore::list).
    std::vector<StoredReport> reports(const ReportQuery& query, bool withContent = false);
    // One stored report; throws kestrel::Error when it no longer exists.
    StoredReport report(std::int64_t id);
    // Daily usage totals of the ledger from `from` on.
    std::vector<UsageTotal> usageTotals(EpochMs from);
    // US dollars spent on calls in [from, to) (the ledger's, as budgets count them).
    double spend(EpochMs from, EpochMs to);
    // The newest `limit` ledger entries, newest first.
    std::vector<UsageEntry> usageEntries(std::int64_t limit);
    // The models that have runs, sorted (the model filter's choices).
    std::vector<std::string> runModels();

    AiSettings settings() const { return m_settings; }
    void setSettings(const AiSettings& settings) { m_settings = settings; }

    // A provider configured from settings, keys and overrides.
    std::unique_ptr<Provider>
    makeProvider(const std::string& provider,
                 std::shared_ptr<const AnalysisData> data = nullptr) const;
    ModelList listModels(const std::string& provider, std::stop_token stop);

    // Builds the prompt and the exact request bodies, with cost estimates and
    // cache state, without sending anything.
    AnalysisPreview preview(const AnalysisRequest& request, Feedback& feedback);

    // Runs the analysis: cache, budgets, rate limit, concurrent calls,
    // ledger, consensus, stored report. Throws kestrel::Error when blocked by
    // a budget or when every model failed (unless fallbackToBuiltin), Cancelled
    // when stopped before any text arrived.
    AnalysisResult run(const AnalysisRequest& request, Feedback& feedback,
                       const AnswerSink& sink = {});

private:
    struct Plan;
    Plan plan(const AnalysisRequest& request, Feedback& feedback);
    std::string resolveModel(Provider& provider, const std::string& requested,
                             std::stop_token stop);

    std::unique_ptr<workspace::Database> m_owned; // first: m_db may refer to it
    workspace::Database& m_db;
    const secrets::KeySource& m_keys;
    ProviderOverrides m_overrides;
    AiSettings m_settings;
};

} // namespace kestrel::ai
