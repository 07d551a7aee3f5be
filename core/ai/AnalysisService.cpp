#include "core/common/Json.h"
#include "core/common/ProviderIds.h"
#include "core/common/Json.h"
#include "core/ai/AnalysisService.h"

#include "core/ai/AnthropicProvider.h"
#include "core/ai/BuiltinAnalyst.h"
#include "core/ai/OpenAiCompatibleProvider.h"
#include "core/ai/PriceTable.h"
#include "core/ai/PromptTemplate.h"
#include "core/net/Redaction.h"
#include "core/ai/ReportStore.h"
#include "core/ai/ResponseCache.h"
#include "core/ai/UsageLedger.h"
#include "core/common/Error.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"

#include <QThread>

#include <mutex>
#include <set>

namespace kestrel::ai {

ModelChoice parseModelChoice(const std::string& text, const std::string& defaultProvider)
{
    ModelChoice c{defaultProvider, text};
    const std::size_t colon = text.find(':');
    if (colon != std::string::npos) {
        const std::string head = text.substr(0, colon);
        if (head == provider_id::kBuiltin || head == provider_id::kAnthropic ||
            head == provider_id::kOpenAi) {
            c.provider = head;
            c.model = text.substr(colon + 1);
        }
    }
    if (c.provider != provider_id::kBuiltin && c.provider != provider_id::kAnthropic &&
        c.provider != provider_id::kOpenAi)
        throw Error("Unknown AI provider '" + c.provider + "': use builtin, anthropic or openai.");
    return c;
}

struct AnalysisService::Plan
{
    std::shared_ptr<AnalysisData> data;
    Prompt prompt;
    struct Call
    {
        std::unique_ptr<Provider> provider;
        CompletionRequest request;
        PlannedCall planned;
        std::optional<Completion> cachedCompletion;
    };
    std::vector<Call> calls;
};

namespace {

// The read-side service's keys: none.
class NoKeys : public secrets::KeySource
{
public:
    std::optional<secrets::ApiKey> key(const std::string&) const override { return std::nullopt; }
};

const NoKeys kNoKeys;

} // namespace

AnalysisService::AnalysisService(workspace::Database& db, const secrets::KeySource& keys,
                                 ProviderOverrides overrides)
    : m_db(db), m_keys(keys), m_overrides(std::move(overrides)), m_settings(AiSettings::load(db))
{
}

AnalysisService::AnalysisService(const std::string& workspacePath, const secrets::KeySource& keys,
                                 ProviderOverrides overrides)
    : m_owned(std::make_unique<workspace::Database>(workspace::Workspace::connect(workspacePath))),
      m_db(*m_owned), m_keys(keys), m_overrides(std::move(overrides)),
      m_settings(AiSettings::load(m_db))
{
}

AnalysisService::AnalysisService(const std::string& workspacePath)
    : AnalysisService(workspacePath, kNoKeys)
{
}

AnalysisService::~AnalysisService() = default;

std::vector<StoredReport> AnalysisService::reports(const ReportQuery& query, bool withContent)
{
    return ReportStore(m_db).list(query, withContent);
}

StoredReport AnalysisService::report(std::int64_t id)
{
    auto r = ReportStore(m_db).get(id);
    if (!r)
        throw Error("The stored report #" + std::to_string(id) + " no longer exists.");
    return std::move(*r);
}

std::vector<UsageTotal> AnalysisService::usageTotals(EpochMs from)
{
    return UsageLedger(m_db).totals(from);
}

double AnalysisService::spend(EpochMs from, EpochMs to)
{
    return UsageLedger(m_db).spend(from, to);
}

std::vector<UsageEntry> AnalysisService::usageEntries(std::int64_t limit)
{
    return UsageLedger(m_db).entries(limit);
}

std::vector<std::string> AnalysisService::runModels()
{
    return runs::RunStore(m_db).models();
}

std::unique_ptr<Provider>
AnalysisService::makeProvider(const std::string& provider,
                              std::shared_ptr<const AnalysisData> data) const
{
    if (provider == provider_id::kBuiltin)
        return std::make_unique<BuiltinAnalyst>(std::move(data));
    ProviderConfig config;
    config.connectTimeoutMs = m_overrides.connectTimeoutMs.value_or(m_settings.connectTimeoutMs);
    config.readTimeoutMs = m_overrides.readTimeoutMs.value_or(m_settings.readTimeoutMs);
    config.maxRetries = m_overrides.maxRetries.value_or(m_settings.maxRetries);
    if (m_overrides.retryBaseMs)
        config.retryBaseMs = *m_overrides.retryBaseMs;
    if (const auto key = m_keys.key(provider))
        config.apiKey = key->value;
    const auto url = m_overrides.baseUrls.find(provider);
    if (provider == provider_id::kAnthropic) {
        config.baseUrl =
            url != m_overrides.baseUrls.end() ? url->second : m_settings.anthropicBaseUrl;
        if (config.apiKey.empty())
            throw Error("No Anthropic API key: set ANTHROPIC_API_KEY or add the key in Settings › "
                        "AI providers "
                        "(or use --provider builtin).");
        return std::make_unique<AnthropicProvider>(config);
    }
    if (provider == provider_id::kOpenAi) {
        config.baseUrl = url != m_overrides.baseUrls.end() ? url->second : m_settings.openaiBaseUrl;
        return std::make_unique<OpenAiCompatibleProvider>(config);
    }
    throw Error("Unknown AI provider '" + provider + "': use builtin, anthropic or openai.");
}

ModelList AnalysisService::listModels(const std::string& provider, std::stop_token stop)
{
    return makeProvider(provider)->listModels(stop);
}

std::string AnalysisService::resolveModel(Provider& provider, const std::string& requested,
                                          std::stop_token stop)
{
    if (!requested.empty())
        return requested;
    if (provider.id() == provider_id::kBuiltin)
        return BuiltinAnalyst::kModelName;
    const std::string configured = provider.id() == provider_id::kAnthropic
                                       ? m_settings.anthropicModel
                                       : m_settings.openaiModel;
    if (!configured.empty())
        return configured;
    // No model name is assumed to exist: take what the provider offers.
    const ModelList list = provider.listModels(stop);
    if (list.models.empty())
        throw Error("No model chosen for " + provider.displayName() +
                    " and none could be listed. " + list.note +
                    " Pass --model or choose one in Settings › AI providers.");
    return list.models.front().id;
}

AnalysisService::Plan AnalysisService::plan(const AnalysisRequest& request, Feedback& feedback)
{
    std::vector<ModelChoice> choices = request.models;
    if (choices.empty())
        choices.push_back({m_settings.provider, {}});
    if (choices.size() > 3)
        throw Error("A consensus takes two or three models; " + std::to_string(choices.size()) +
                    " were given.");

    Plan p;
    p.data = std::make_shared<AnalysisData>(collectAnalysisData(m_db, request.options, &feedback));
    p.prompt = buildPrompt(*p.data, PromptTemplate::load(m_db, PromptTemplate::kRunAnalysis));

    const PriceTable prices = PriceTable::load(m_db);
    Governance governance(m_db, m_settings, prices);
    ResponseCache cache(m_db);
    const EpochMs now = nowMs();
    for (const ModelChoice& choice : choices) {
        Plan::Call call;
        call.provider = makeProvider(choice.provider, p.data);
        call.request.model = resolveModel(*call.provider, choice.model, feedback.stopToken());
        call.request.system = p.prompt.system;
        call.request.prompt = p.prompt.user;
        call.request.maxTokens = m_settings.maxTokens;
        call.request.temperature = m_settings.temperature;
        PlannedCall& pc = call.planned;
        pc.choice = {call.provider->id(), call.request.model};
        pc.providerName = call.provider->displayName();
        pc.endpoint = call.provider->displayName();
        pc.body = call.provider->requestBody(call.request);
        pc.requestHash = requestHash(call.provider->id(), pc.endpoint, dumpJson(pc.body));
        if (call.provider->usesNetwork()) {
            pc.estimate = governance.estimate(call.provider->id(), call.request.model,
                                              p.prompt.estimatedTokens, call.request.maxTokens);
            if (request.useCache) {
                call.cachedCompletion = cache.get(call.provider->id(), call.request.model,
                                                  pc.requestHash, m_settings.cacheTtlSeconds, now);
                pc.cached = call.cachedCompletion.has_value();
            }
        } else {
            pc.estimate.inputCostUsd = 0.0;
            pc.estimate.maxCostUsd = 0.0;
        }
        p.calls.push_back(std::move(call));
    }
    return p;
}

AnalysisPreview AnalysisService::preview(const AnalysisRequest& request, Feedback& feedback)
{
    Plan p = plan(request, feedback);
    AnalysisPreview out;
    out.prompt = p.prompt;
    out.totalRuns = p.data->summary.runs;
    double total = 0;
    bool known = true;
    for (Plan::Call& c : p.calls) {
        if (!c.planned.cached) {
            if (c.planned.estimate.maxCostUsd)
                total += *c.planned.estimate.maxCostUsd;
            else
                known = false;
        }
        out.calls.push_back(c.planned);
    }
    if (known)
        out.maxCostUsd = total;
    return out;
}

namespace {

// Restores pseudonyms a whole line at a time, so a name split across chunks
// is still recognised.
class LineRestorer
{
public:
    LineRestorer(const Pseudonymizer& ps, const AnswerSink& sink, std::size_t index)
        : m_ps(ps), m_sink(sink), m_index(index)
    {
    }
    void add(std::string_view text)
    {
        if (!m_sink)
            return;
        m_pending.append(text);
        const std::size_t nl = m_pending.rfind('\n');
        if (nl == std::string::npos)
            return;
        m_sink(m_index, m_ps.restore(m_pending.substr(0, nl + 1)));
        m_pending.erase(0, nl + 1);
    }
    void flush()
    {
        if (m_sink && !m_pending.empty())
            m_sink(m_index, m_ps.restore(m_pending));
        m_pending.clear();
    }

private:
    const Pseudonymizer& m_ps;
    const AnswerSink& m_sink;
    std::size_t m_index;
    std::string m_pending;
};

struct Outcome
{
    std::optional<Completion> completion;
    std::string error;
    bool cancelled = false;
};

Outcome callProvider(Provider& provider, const CompletionRequest& request, const Pseudonymizer& ps,
                     const AnswerSink& sink, std::size_t index, std::stop_token stop)
{
    Outcome o;
    LineRestorer restorer(ps, sink, index);
    try {
        o.completion = provider.complete(
            request, [&](std::string_view t) { restorer.add(t); }, stop);
    } catch (const Cancelled&) {
        o.cancelled = true;
    } catch (const std::exception& e) {
        o.error = net::Redaction::redact(e.what());
    }
    restorer.flush();
    return o;
}

std::string demote(const std::string& markdown)
{
    // Each answer sits under its own "## " heading in a multi-model report.
    std::string out;
    std::size_t pos = 0;
    while (pos < markdown.size()) {
        std::size_t end = markdown.find('\n', pos);
        if (end == std::string::npos)
            end = markdown.size();
        std::string line = markdown.substr(pos, end - pos);
        if (!line.empty() && line[0] == '#')
            line = "#" + line;
        out += line + "\n";
        pos = end + 1;
    }
    return out;
}

std::string timeframeLabel(const AnalysisOptions& o)
{
    if (o.timeframe == "custom" && o.from && o.to)
        return "custom " + shortTime(*o.from) + ".." + shortTime(*o.to);
    return o.timeframe;
}

} // namespace

AnalysisResult AnalysisService::run(const AnalysisRequest& request, Feedback& feedback,
                                    const AnswerSink& sink)
{
    Plan p = plan(request, feedback);
    const PriceTable prices = PriceTable::load(m_db);
    Governance governance(m_db, m_settings, prices);
    UsageLedger ledger(m_db);
    ResponseCache cache(m_db);
    const std::stop_token stop = feedback.stopToken();

    // Budgets and the rate limit concern what will actually be sent.
    std::vector<std::size_t> toSend;
    double coming = 0;
    int network = 0;
    for (std::size_t i = 0; i < p.calls.size(); ++i) {
        if (p.calls[i].cachedCompletion)
            continue;
        toSend.push_back(i);
        if (p.calls[i].provider->usesNetwork()) {
            ++network;
            coming += p.calls[i].planned.estimate.maxCostUsd.value_or(0.0);
        }
    }
    if (network > 0) {
        try {
            governance.checkBudget(coming, nowMs());
        } catch (const Error& e) {
            for (std::size_t i : toSend) {
                if (!p.calls[i].provider->usesNetwork())
                    continue;
                UsageEntry u;
                u.provider = p.calls[i].planned.choice.provider;
                u.model = p.calls[i].planned.choice.model;
                u.outcome = "blocked";
                u.requestHash = p.calls[i].planned.requestHash;
                u.message = e.what();
                ledger.record(u);
            }
            throw;
        }
        governance.waitForRateLimit(network, stop);
    }

    // Concurrent calls, each on its own thread with its own network stack.
    std::vector<Outcome> outcomes(p.calls.size());
    const Pseudonymizer& ps = p.prompt.pseudonyms;
    if (toSend.size() == 1) {
        const std::size_t i = toSend.front();
        outcomes[i] = callProvider(*p.calls[i].provider, p.calls[i].request, ps, sink, i, stop);
    } else if (!toSend.empty()) {
        std::vector<std::unique_ptr<QThread>> threads;
        for (std::size_t i : toSend) {
            Plan::Call* call = &p.calls[i];
            Outcome* out = &outcomes[i];
            threads.emplace_back(QThread::create([call, out, &ps, &sink, i, stop] {
                *out = callProvider(*call->provider, call->request, ps, sink, i, stop);
            }));
            threads.back()->start();
        }
        for (auto& t : threads)
            t->wait();
    }

    AnalysisResult result;
    result.totalRuns = p.data->summary.runs;
    bool anyText = false;
    bool allCached = true;
    bool costKnown = true;
    double cost = 0;
    std::int64_t inTok = 0, outTok = 0;
    bool haveTokens = false;
    const EpochMs now = nowMs();
    for (std::size_t i = 0; i < p.calls.size(); ++i) {
        Plan::Call& call = p.calls[i];
        ModelAnswer a;
        a.provider = call.planned.choice.provider;
        a.model = call.planned.choice.model;
        a.requestHash = call.planned.requestHash;
        UsageEntry u;
        u.time = now;
        u.provider = a.provider;
        u.model = a.model;
        u.requestHash = a.requestHash;
        if (call.cachedCompletion) {
            a.completion = *call.cachedCompletion;
            a.cached = true;
            a.costUsd = 0.0;
            u.cached = true;
            u.costUsd = 0.0;
            u.inputTokens = a.completion.inputTokens;
            u.outputTokens = a.completion.outputTokens;
            u.outcome = "ok";
            if (sink)
                sink(i, ps.restore(a.completion.text));
        } else {
            allCached = false;
            Outcome& o = outcomes[i];
            if (o.cancelled) {
                a.error = "cancelled";
                u.outcome = "cancelled";
            } else if (!o.error.empty()) {
                a.error = o.error;
                u.outcome = "error";
                u.message = o.error;
            } else {
                a.completion = *o.completion;
                u.durationMs = a.completion.durationMs;
                u.outcome = a.completion.incomplete ? "incomplete" : "ok";
                u.message = a.completion.incompleteReason;
                if (call.provider->usesNetwork()) {
                    // Providers that report no usage are billed on our estimate.
                    u.inputTokens = a.completion.inputTokens.value_or(p.prompt.estimatedTokens);
                    u.outputTokens =
                        a.completion.outputTokens.value_or(estimateTokens(a.completion.text));
                    if (!a.completion.inputTokens || !a.completion.outputTokens)
                        u.message +=
                            std::string(u.message.empty() ? "" : "; ") + "tokens estimated";
                    u.costUsd = prices.cost(a.provider, a.model, *u.inputTokens, *u.outputTokens);
                    if (!a.completion.incomplete)
                        cache.put(a.provider, a.model, a.requestHash, a.completion, now);
                } else {
                    u.costUsd = 0.0;
                }
                a.costUsd = u.costUsd;
            }
        }
        if (a.error.empty()) {
            a.text = ps.restore(a.completion.text);
            anyText = anyText || !a.text.empty();
            result.incomplete = result.incomplete || a.completion.incomplete;
        }
        if (u.inputTokens || u.outputTokens) {
            haveTokens = true;
            inTok += u.inputTokens.value_or(0);
            outTok += u.outputTokens.value_or(0);
        }
        if (u.costUsd)
            cost += *u.costUsd;
        else if (u.outcome == "ok" || u.outcome == "incomplete")
            costKnown = false;
        ledger.record(u);
        result.answers.push_back(std::move(a));
    }

    const bool allCancelled =
        std::all_of(result.answers.begin(), result.answers.end(),
                    [](const ModelAnswer& a) { return a.error == "cancelled"; });
    if (!anyText && allCancelled)
        throw Cancelled();
    if (!anyText) {
        std::string errors;
        for (const ModelAnswer& a : result.answers)
            errors += (errors.empty() ? "" : " ") + a.error;
        if (!request.fallbackToBuiltin)
            throw Error(errors);
        BuiltinAnalyst builtin(p.data);
        ModelAnswer a;
        a.provider = provider_id::kBuiltin;
        a.model = BuiltinAnalyst::kModelName;
        a.completion = builtin.complete({}, {}, stop);
        a.text = "> " + errors +
                 " This report was written by the built-in statistical analyst instead.\n\n" +
                 a.completion.text;
        a.costUsd = 0.0;
        if (sink)
            sink(result.answers.size(), a.text);
        UsageEntry u;
        u.provider = provider_id::kBuiltin;
        u.model = a.model;
        u.costUsd = 0.0;
        u.outcome = "ok";
        u.message = "fallback";
        ledger.record(u);
        result.answers.push_back(std::move(a));
        result.usedFallback = true;
    }

    std::vector<const ModelAnswer*> good;
    for (const ModelAnswer& a : result.answers) {
        if (a.error.empty() && !a.text.empty())
            good.push_back(&a);
    }
    if (good.size() >= 2) {
        if (request.synthesis) {
            // The synthesiser sees the answers as sent (pseudonyms kept).
            std::vector<ModelAnswer> raw = result.answers;
            for (ModelAnswer& a : raw)
                a.text = a.completion.text;
            auto provider = makeProvider(request.synthesis->provider, p.data);
            CompletionRequest req;
            req.model = resolveModel(*provider, request.synthesis->model, stop);
            req.system = p.prompt.system;
            req.prompt = synthesisPrompt(raw, p.data->types);
            req.maxTokens = m_settings.maxTokens;
            req.temperature = m_settings.temperature;
            const Outcome o = callProvider(*provider, req, ps, {}, 0, stop);
            UsageEntry u;
            u.provider = provider->id();
            u.model = req.model;
            u.requestHash = requestHash(provider->id(), provider->displayName(),
                                        dumpJson(provider->requestBody(req)));
            if (o.completion && provider->id() != provider_id::kBuiltin) {
                u.inputTokens =
                    o.completion->inputTokens.value_or(estimateTokens(req.system + req.prompt));
                u.outputTokens =
                    o.completion->outputTokens.value_or(estimateTokens(o.completion->text));
                u.costUsd = prices.cost(u.provider, u.model, *u.inputTokens, *u.outputTokens);
                u.durationMs = o.completion->durationMs;
                u.outcome = o.completion->incomplete ? "incomplete" : "ok";
                if (u.costUsd)
                    cost += *u.costUsd;
                inTok += *u.inputTokens;
                outTok += *u.outputTokens;
            } else {
                u.outcome = o.cancelled ? "cancelled" : o.error.empty() ? "ok" : "error";
                u.message = o.error;
            }
            ledger.record(u);
            if (o.completion && provider->id() != provider_id::kBuiltin)
                result.consensus = ps.restore(o.completion->text);
            else
                result.consensus = "## Consensus\n\nThe synthesis by " + req.model + " failed: " +
                                   (o.cancelled ? std::string("cancelled") : o.error) + "\n";
        } else {
            std::vector<std::string> vocabulary = p.data->allModels;
            std::set<std::string> sources;
            for (std::size_t i = 0; i < p.data->errors.size() && i < 15; ++i) {
                vocabulary.push_back(p.data->errors[i].templateText);
                for (const auto& [s, n] : p.data->errors[i].byDataSource)
                    sources.insert(s);
            }
            vocabulary.insert(vocabulary.end(), sources.begin(), sources.end());
            for (const char* w : {"latency", "throughput", "memory", "accuracy", "outage",
                                  "retrain", "timeout", "fallback", "leak"})
                vocabulary.emplace_back(w);
            result.consensus = builtinConsensus(result.answers, p.data->types, vocabulary);
        }
    }

    // The document. One model requested: its answer (or the fallback's).
    if (p.calls.size() == 1) {
        const ModelAnswer& a = result.usedFallback ? result.answers.back() : result.answers.front();
        result.markdown = a.text;
        if (a.completion.incomplete)
            result.markdown +=
                "\n\n> This answer is incomplete (" + a.completion.incompleteReason + ").\n";
    } else {
        result.markdown = "# Multi-model analysis\n\n";
        for (const ModelAnswer& a : result.answers) {
            result.markdown += "## Answer from " + a.model + " (" + a.provider + ")" +
                               (a.cached ? " — cached" : "") + "\n\n";
            if (!a.error.empty())
                result.markdown += "_No answer: " + a.error + "_\n\n";
            else
                result.markdown +=
                    demote(a.text) +
                    (a.completion.incomplete ? "\n> This answer is incomplete (" +
                                                   a.completion.incompleteReason + ").\n"
                                             : "") +
                    "\n";
        }
        result.markdown += result.consensus;
    }
    result.cached = allCached;
    if (haveTokens) {
        result.inputTokens = inTok;
        result.outputTokens = outTok;
    }
    if (costKnown)
        result.costUsd = cost;

    if (request.store) {
        StoredReport r;
        r.analysisTypes = p.data->types;
        r.timeframe = timeframeLabel(request.options);
        std::string filter;
        for (const std::string& m : request.options.models)
            filter += (filter.empty() ? "" : ",") + m;
        r.modelFilter = filter.empty() ? "all" : filter;
        r.totalRuns = result.totalRuns;
        r.content = result.markdown;
        r.provider = result.usedFallback  ? provider_id::kBuiltin
                     : p.calls.size() > 1 ? provider_id::kConsensus
                                          : result.answers.front().provider;
        for (const ModelAnswer& a : result.answers)
            r.models.push_back(a.provider + ":" + a.model);
        r.inputTokens = result.inputTokens;
        r.outputTokens = result.outputTokens;
        r.costUsd = result.costUsd;
        r.templateName = p.prompt.templateName;
        r.templateVersion = p.prompt.templateVersion;
        r.requestHash = p.calls.front().planned.requestHash;
        r.cached = result.cached;
        r.incomplete = result.incomplete;
        r.anonymised = request.options.anonymise;
        for (const ModelAnswer& a : result.answers) {
            Json j = {{"provider", a.provider},
                      {"model", a.model},
                      {"text", a.text},
                      {"cached", a.cached},
                      {"error", a.error},
                      {"incomplete", a.completion.incomplete},
                      {"request_hash", a.requestHash}};
            j["cost_usd"] = a.costUsd ? Json(*a.costUsd) : Json();
            j["input_tokens"] = a.completion.inputTokens ? Json(*a.completion.inputTokens) : Json();
            j["output_tokens"] =
                a.completion.outputTokens ? Json(*a.completion.outputTokens) : Json();
            r.answers.push_back(j);
        }
        if (!result.consensus.empty())
            r.answers.push_back(
                {{"provider", provider_id::kConsensus}, {"text", result.consensus}});
        result.reportId = ReportStore(m_db).save(r);
    }
    return result;
}

} // namespace kestrel::ai
