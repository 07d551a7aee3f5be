// `kestrel ai analyze | models | usage`: the AI analyst from the command line,
// through the same AnalysisService the AI panel uses.
#include "app/Cli.h"
#include "core/common/Json.h"

#include "core/ai/AnalysisService.h"
#include "core/ai/Governance.h"
#include "core/common/Error.h"
#include "core/common/OutputFile.h"
#include "core/secrets/KeychainKeySource.h"
#include "core/secrets/Passphrase.h"
#include "core/secrets/SecretStore.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace kestrel::app {

namespace {

// Keys for the command line: ANTHROPIC_API_KEY / OPENAI_API_KEY first, else the
// key saved from the Settings dialog (the keychain, or the encrypted file with
// its passphrase from KESTREL_PASSPHRASE).
secrets::KeychainKeySource cliKeySource()
{
    secrets::SecretStoreOptions options;
    options.passphrase = secrets::environmentPassphrase();
    return secrets::KeychainKeySource(std::make_shared<secrets::SecretStore>(options));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::app", text);
}

std::vector<std::string> splitList(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& part : text.split(',', Qt::SkipEmptyParts))
        out.push_back(part.trimmed().toStdString());
    return out;
}

Json usageJson(const ai::UsageEntry& e)
{
    Json j = {{"time", toIso(e.time)}, {"provider", e.provider},      {"model", e.model},
              {"cached", e.cached},    {"duration_ms", e.durationMs}, {"outcome", e.outcome}};
    j["input_tokens"] = e.inputTokens ? Json(*e.inputTokens) : Json();
    j["output_tokens"] = e.outputTokens ? Json(*e.outputTokens) : Json();
    j["cost_usd"] = e.costUsd ? Json(*e.costUsd) : Json();
    j["user"] = e.user.empty() ? Json() : Json(e.user);
    return j;
}

int analyze(CommandContext& ctx)
{
    QStringList args = ctx.args;
    if (takeFlag(args, "help")) {
        ctx.out << tr(
            "Usage: kestrel ai analyze [--timeframe 24h|7d|30d|90d|all] [--from T --to T] "
            "[--models A,B]\n"
            "  [--types "
            "performance_trends,model_comparison,error_analysis,optimization,system_health]\n"
            "  [--provider builtin|anthropic|openai] [--model M] [--base-url URL] [--consensus "
            "M1,M2[,M3]]\n"
            "  [--synthesis PROVIDER:MODEL] [--anonymise] [--token-cap N] [--no-cache] "
            "[--fallback]\n"
            "  [--preview] [--out report.md] [--json]\n"
            "Keys come from ANTHROPIC_API_KEY / OPENAI_API_KEY. --consensus takes provider:model "
            "items;\n"
            "--base-url applies to every provider the request uses.\n");
        return 0;
    }
    ai::AnalysisRequest req;
    const auto timeframe = takeOption(args, "timeframe");
    const auto from = takeOption(args, "from");
    const auto to = takeOption(args, "to");
    if (from || to) {
        const auto f = from ? parseTime(from->toStdString()) : std::nullopt;
        const auto t = to ? parseTime(to->toStdString()) : std::nullopt;
        if (!f || !t)
            throw Error(tr("--from and --to need dates such as 2026-11-01 or 2026-11-01T09:30Z, "
                           "and both are "
                           "required for a custom timeframe.")
                            .toStdString());
        req.options.timeframe = "custom";
        req.options.from = f;
        req.options.to = t;
    } else if (timeframe) {
        req.options.timeframe = timeframe->toStdString();
    }
    if (const auto m = takeOption(args, "models"))
        req.options.models = splitList(*m);
    if (const auto t = takeOption(args, "types"))
        req.options.types = ai::normaliseTypes(splitList(*t));
    const auto provider = takeOption(args, "provider");
    const auto model = takeOption(args, "model");
    const auto baseUrl = takeOption(args, "base-url");
    const auto consensus = takeOption(args, "consensus");
    const auto synthesis = takeOption(args, "synthesis");
    const auto out = takeOption(args, "out");
    const auto cap = takeOption(args, "token-cap");
    const bool anonymise = takeFlag(args, "anonymise");
    const bool anonymize = takeFlag(args, "anonymize"); // both spellings, both removed
    req.options.anonymise = anonymise || anonymize;
    req.useCache = !takeFlag(args, "no-cache");
    req.fallbackToBuiltin = takeFlag(args, "fallback");
    const bool preview = takeFlag(args, "preview");
    const bool json = takeFlag(args, "json");
    requireNoMoreArgs(args);

    // Opened (checked, migrated) here; each service then opens its own connection.
    const std::string path = ctx.openWorkspace()->path();
    const secrets::KeychainKeySource keys = cliKeySource();
    ai::ProviderOverrides overrides;
    const ai::AiSettings settings = ai::AnalysisService(path).settings();
    const std::string defaultProvider = provider ? provider->toStdString() : settings.provider;
    req.options.tokenCap = settings.tokenCap;
    if (cap) {
        bool ok = false;
        req.options.tokenCap = cap->toInt(&ok);
        if (!ok || req.options.tokenCap < 500)
            throw Error(tr("--token-cap needs a whole number of at least 500.").toStdString());
    }
    if (consensus) {
        for (const std::string& item : splitList(*consensus))
            req.models.push_back(ai::parseModelChoice(item, defaultProvider));
        if (req.models.size() < 2 || req.models.size() > 3)
            throw Error(
                tr("--consensus takes two or three models, e.g. anthropic:MODEL,openai:MODEL.")
                    .toStdString());
    } else {
        req.models.push_back({defaultProvider, model ? model->toStdString() : std::string()});
        ai::parseModelChoice(req.models.front().model, defaultProvider); // validates the provider
    }
    if (synthesis)
        req.synthesis = ai::parseModelChoice(synthesis->toStdString(), defaultProvider);
    // --base-url points every networked provider of this request at one server
    // (a gateway or a local model server speaks both APIs), consensus included.
    if (baseUrl) {
        overrides.baseUrls[defaultProvider] = baseUrl->toStdString();
        for (const ai::ModelChoice& c : req.models)
            overrides.baseUrls[c.provider] = baseUrl->toStdString();
        if (req.synthesis)
            overrides.baseUrls[req.synthesis->provider] = baseUrl->toStdString();
    }

    ai::AnalysisService service(path, keys, overrides);
    Feedback feedback;
    if (preview) {
        const ai::AnalysisPreview p = service.preview(req, feedback);
        Json j = {{"runs", p.totalRuns},
                  {"estimated_input_tokens", p.prompt.estimatedTokens},
                  {"token_cap", p.prompt.tokenCap},
                  {"template", p.prompt.templateName + " " + p.prompt.templateVersion},
                  {"shortened", p.prompt.shortened}};
        j["max_cost_usd"] = p.maxCostUsd ? Json(*p.maxCostUsd) : Json();
        Json calls = Json::array();
        for (const ai::PlannedCall& c : p.calls)
            calls.push_back({{"provider", c.choice.provider},
                             {"model", c.choice.model},
                             {"endpoint", c.endpoint},
                             {"cached", c.cached},
                             {"request_hash", c.requestHash},
                             {"body", c.body}});
        j["requests"] = calls;
        ctx.out << QString::fromStdString(dumpJson(j, 2)) << "\n";
        return 0;
    }

    // Stream the answer as it arrives unless the output goes elsewhere.
    const bool stream = !json && !out && req.models.size() == 1;
    ai::AnswerSink sink;
    if (stream)
        sink = [&](std::size_t, std::string_view text) {
            ctx.out << QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
            ctx.out.flush();
        };
    const ai::AnalysisResult r = service.run(req, feedback, sink);

    if (out)
        writeOutputFile(out->toStdString(), r.markdown);
    if (json) {
        Json j = {{"report_id", r.reportId},
                  {"runs", r.totalRuns},
                  {"cached", r.cached},
                  {"incomplete", r.incomplete},
                  {"used_fallback", r.usedFallback},
                  {"markdown", r.markdown}};
        j["input_tokens"] = r.inputTokens ? Json(*r.inputTokens) : Json();
        j["output_tokens"] = r.outputTokens ? Json(*r.outputTokens) : Json();
        j["cost_usd"] = r.costUsd ? Json(*r.costUsd) : Json();
        Json answers = Json::array();
        for (const ai::ModelAnswer& a : r.answers)
            answers.push_back({{"provider", a.provider},
                               {"model", a.model},
                               {"cached", a.cached},
                               {"error", a.error},
                               {"incomplete", a.completion.incomplete}});
        j["answers"] = answers;
        ctx.out << QString::fromStdString(dumpJson(j, 2)) << "\n";
    } else if (!stream && !out) {
        ctx.out << QString::fromStdString(r.markdown);
    }
    if (!json) {
        ctx.err << tr("Report %1 stored: %2 runs, %3%4.")
                       .arg(r.reportId)
                       .arg(r.totalRuns)
                       .arg(r.costUsd ? QString::fromStdString(ai::usd(*r.costUsd))
                                      : tr("cost unknown"))
                       .arg(r.cached ? tr(", from the cache") : QString())
                << "\n";
    }
    if (r.incomplete) {
        // A partial report is not a success: scripts must be able to tell.
        ctx.err << tr("kestrel: the report is incomplete: an answer was cut short (see the report "
                      "for where).")
                << "\n";
        return 3;
    }
    return 0;
}

int models(CommandContext& ctx)
{
    QStringList args = ctx.args;
    if (takeFlag(args, "help") || takeFlag(args, "h")) {
        ctx.out << tr("Usage: kestrel ai models [--provider ID] [--base-url URL] [--json]\n"
                      "Lists the models the provider offers (its own list, or the built-in one).")
                << "\n";
        return 0;
    }
    const auto provider = takeOption(args, "provider");
    const auto baseUrl = takeOption(args, "base-url");
    const bool json = takeFlag(args, "json");
    requireNoMoreArgs(args);
    const std::string path = ctx.openWorkspace()->path();
    const secrets::KeychainKeySource keys = cliKeySource();
    ai::ProviderOverrides overrides;
    const std::string id =
        provider ? provider->toStdString() : ai::AnalysisService(path).settings().provider;
    if (baseUrl)
        overrides.baseUrls[id] = baseUrl->toStdString();
    ai::AnalysisService service(path, keys, overrides);
    const ai::ModelList list = service.listModels(id, {});
    if (json) {
        Json j = {{"provider", id}, {"from_fallback", list.fromFallback}, {"note", list.note}};
        Json a = Json::array();
        for (const ai::ModelInfo& m : list.models)
            a.push_back({{"id", m.id}, {"name", m.displayName}});
        j["models"] = a;
        ctx.out << QString::fromStdString(dumpJson(j, 2)) << "\n";
        return 0;
    }
    if (!list.note.empty())
        ctx.err << QString::fromStdString(list.note) << "\n";
    for (const ai::ModelInfo& m : list.models)
        ctx.out << QString::fromStdString(m.id) << "\t" << QString::fromStdString(m.displayName)
                << "\n";
    return 0;
}

int usage(CommandContext& ctx)
{
    QStringList args = ctx.args;
    if (takeFlag(args, "help") || takeFlag(args, "h")) {
        ctx.out << tr("Usage: kestrel ai usage [--days N] [--json]\n"
                      "Shows the AI calls, tokens and cost of the last N days (30 unless given).")
                << "\n";
        return 0;
    }
    const bool json = takeFlag(args, "json");
    const auto days = takeOption(args, "days");
    requireNoMoreArgs(args);
    ai::AnalysisService service(ctx.openWorkspace()->path());
    const EpochMs now = nowMs();
    int span = 30;
    if (days) {
        bool ok = false;
        span = days->toInt(&ok);
        if (!ok || span < 1)
            throw Error(tr("--days needs a whole number of at least 1, not '%1'.")
                            .arg(*days)
                            .toStdString());
    }
    const auto totals = service.usageTotals(
        dayStart(now) - static_cast<EpochMs>(std::max(span - 1, 0)) * kMsPerDay);
    const double today = service.spend(dayStart(now), now + 1);
    const double month = service.spend(ai::monthStart(now), now + 1);
    if (json) {
        Json j = {{"spend_today_usd", today}, {"spend_month_usd", month}};
        Json a = Json::array();
        for (const ai::UsageTotal& t : totals)
            a.push_back({{"day", ai::shortTime(t.day)},
                         {"provider", t.provider},
                         {"model", t.model},
                         {"requests", t.requests},
                         {"cached", t.cachedRequests},
                         {"input_tokens", t.inputTokens},
                         {"output_tokens", t.outputTokens},
                         {"cost_usd", t.costUsd},
                         {"unpriced_requests", t.unpricedRequests}});
        j["by_day_and_model"] = a;
        Json recent = Json::array();
        for (const ai::UsageEntry& e : service.usageEntries(50))
            recent.push_back(usageJson(e));
        j["recent"] = recent;
        ctx.out << QString::fromStdString(dumpJson(j, 2)) << "\n";
        return 0;
    }
    ctx.out << tr("AI spend: %1 today, %2 this month (UTC)")
                   .arg(QString::fromStdString(ai::usd(today)),
                        QString::fromStdString(ai::usd(month)))
            << "\n\n";
    ctx.out << tr("day         provider   model                              requests cached  "
                  "tokens in  tokens out   cost")
            << "\n";
    for (const ai::UsageTotal& t : totals)
        ctx.out << QString::fromStdString(ai::shortTime(t.day)).leftJustified(12)
                << QString::fromStdString(t.provider).leftJustified(11)
                << QString::fromStdString(t.model).leftJustified(35)
                << QString::number(t.requests).rightJustified(8)
                << QString::number(t.cachedRequests).rightJustified(7)
                << QString::number(t.inputTokens).rightJustified(11)
                << QString::number(t.outputTokens).rightJustified(12) << "  "
                << QString::fromStdString(ai::usd(t.costUsd)) << (t.unpricedRequests ? " +?" : "")
                << "\n";
    return 0;
}

} // namespace

KESTREL_COMMAND(aiAnalyze, (QStringList{"ai", "analyze"}),
                QT_TRANSLATE_NOOP("Cli", "write an AI analysis of the run history"), analyze);
KESTREL_COMMAND(aiModels, (QStringList{"ai", "models"}),
                QT_TRANSLATE_NOOP("Cli", "list the models an AI provider offers"), models);
KESTREL_COMMAND(aiUsage, (QStringList{"ai", "usage"}),
                QT_TRANSLATE_NOOP("Cli", "show AI requests, tokens and spend"), usage);

} // namespace kestrel::app
