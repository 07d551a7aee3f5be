#include "core/runs/io/RunFields.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace kestrel::runs::io {

namespace {

// Lower case without spaces, dashes, dots and underscores: "Model Name" == "model_name".
std::string squash(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '\t')
            continue;
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    return out;
}

struct Alias
{
    std::string_view name; // already squashed
    RunField field;
};

// Canonical names first; then the aliases seen in exports of other tools.
constexpr Alias kAliases[] = {
    {"modelname", RunField::Model},
    {"model", RunField::Model},
    {"symbol", RunField::Symbol},
    {"ticker", RunField::Symbol},
    {"executiontime", RunField::Time},
    {"time", RunField::Time},
    {"timestamp", RunField::Time},
    {"starttime", RunField::Time},
    {"startedat", RunField::Time},
    {"datetime", RunField::Time},
    {"status", RunField::Status},
    {"state", RunField::Status},
    {"executionduration", RunField::Duration},
    {"duration", RunField::Duration},
    {"durations", RunField::Duration},
    {"durationsec", RunField::Duration},
    {"durationseconds", RunField::Duration},
    {"runtime", RunField::Duration},
    {"accuracyscore", RunField::Accuracy},
    {"accuracy", RunField::Accuracy},
    {"confidencelevel", RunField::Confidence},
    {"confidence", RunField::Confidence},
    {"inputparameters", RunField::InputParams},
    {"params", RunField::InputParams},
    {"parameters", RunField::InputParams},
    {"outputresults", RunField::OutputResults},
    {"results", RunField::OutputResults},
    {"metrics", RunField::OutputResults},
    {"errormessage", RunField::ErrorMessage},
    {"error", RunField::ErrorMessage},
    {"datasource", RunField::DataSource},
    {"source", RunField::DataSource},
    {"memorymb", RunField::MemoryMb},
    {"memory", RunField::MemoryMb},
    {"memoryusagemb", RunField::MemoryMb},
    {"cpupercent", RunField::CpuPercent},
    {"cpu", RunField::CpuPercent},
    {"cpuusage", RunField::CpuPercent},
    {"experiment", RunField::Experiment},
    {"experimentname", RunField::Experiment},
    {"runname", RunField::RunName},
    {"externalid", RunField::ExternalId},
    {"runid", RunField::ExternalId},
    {"runuuid", RunField::ExternalId},
    {"tags", RunField::Tags},
};

} // namespace

const std::array<std::string_view, kRunFieldCount>& runFieldNames()
{
    static const std::array<std::string_view, kRunFieldCount> names = {"model_name",
                                                                       "symbol",
                                                                       "execution_time",
                                                                       "status",
                                                                       "execution_duration",
                                                                       "accuracy_score",
                                                                       "confidence_level",
                                                                       "input_parameters",
                                                                       "output_results",
                                                                       "error_message",
                                                                       "data_source",
                                                                       "memory_mb",
                                                                       "cpu_percent",
                                                                       "experiment",
                                                                       "run_name",
                                                                       "external_id",
                                                                       "tags"};
    return names;
}

std::string_view runFieldName(RunField field)
{
    return runFieldNames()[static_cast<std::size_t>(field)];
}

std::optional<RunField> runFieldFromName(std::string_view name)
{
    const std::string key = squash(trim(name));
    for (const Alias& a : kAliases) {
        if (a.name == key)
            return a.field;
    }
    return std::nullopt;
}

bool isNumericField(RunField f)
{
    return f == RunField::Duration || f == RunField::Accuracy || f == RunField::Confidence ||
           f == RunField::MemoryMb || f == RunField::CpuPercent;
}

bool isJsonField(RunField f)
{
    return f == RunField::InputParams || f == RunField::OutputResults || f == RunField::Tags;
}

std::optional<double> parseNumber(std::string_view text)
{
    text = trim(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double v = 0;
    const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::string normaliseStatus(std::string_view text)
{
    text = trim(text);
    // Fast path for values already stored as Kestrel spells them (the common case).
    for (std::string_view known :
         {status::kCompleted, status::kFailed, status::kRunning, status::kCancelled}) {
        if (text == known)
            return std::string(known);
    }
    const std::string s = squash(text);
    if (s.empty() || s == "completed" || s == "finished" || s == "success" || s == "succeeded" ||
        s == "ok" || s == "done")
        return std::string(status::kCompleted);
    if (s == "failed" || s == "failure" || s == "error" || s == "errored")
        return std::string(status::kFailed);
    if (s == "running" || s == "scheduled" || s == "pending" || s == "queued")
        return std::string(status::kRunning);
    if (s == "cancelled" || s == "canceled" || s == "killed" || s == "aborted")
        return std::string(status::kCancelled);
    return s;
}

void setFieldFromText(RunRecord& run, RunField field, std::string_view raw)
{
    const std::string_view text = trim(raw);
    auto number = [&]() -> std::optional<double> {
        if (text.empty())
            return std::nullopt;
        if (auto v = parseNumber(text))
            return v;
        throw FieldValueError("'" + std::string(text) + "' is not a number");
    };
    switch (field) {
    case RunField::Model:
        run.model.assign(text);
        break;
    case RunField::Symbol:
        run.symbol.assign(text);
        break;
    case RunField::Time: {
        const auto t = parseTime(text);
        if (!t)
            throw FieldValueError(text.empty() ? std::string("the time is empty")
                                               : "'" + std::string(text) +
                                                     "' is not a time (a real date in the years "
                                                     "1970-2200, ISO 8601, or Unix seconds/ms)");
        run.startedAt = *t;
        break;
    }
    case RunField::Status:
        run.status = normaliseStatus(text);
        break;
    case RunField::Duration:
        run.durationSec = number();
        break;
    case RunField::Accuracy:
        run.accuracy = number();
        break;
    case RunField::Confidence:
        run.confidence = number();
        break;
    case RunField::InputParams:
        run.inputParams.assign(text);
        break;
    case RunField::OutputResults:
        run.outputResults.assign(text);
        break;
    // Messages keep their inner spacing; only the line end is dropped.
    case RunField::ErrorMessage:
        run.errorMessage.assign(text);
        break;
    case RunField::DataSource:
        run.dataSource.assign(text);
        break;
    case RunField::MemoryMb:
        run.memoryMb = number();
        break;
    case RunField::CpuPercent:
        run.cpuPercent = number();
        break;
    case RunField::Experiment:
        run.experiment.assign(text);
        break;
    case RunField::RunName:
        run.runName.assign(text);
        break;
    case RunField::ExternalId:
        run.externalId.assign(text);
        break;
    case RunField::Tags:
        run.tags.assign(text);
        break;
    }
}

void clearRun(RunRecord& r)
{
    r.id = 0;
    r.model.clear();
    r.symbol.clear();
    r.startedAt = 0;
    r.status.assign(status::kCompleted);
    r.durationSec.reset();
    r.accuracy.reset();
    r.confidence.reset();
    r.inputParams.clear();
    r.outputResults.clear();
    r.errorMessage.clear();
    r.dataSource.clear();
    r.memoryMb.reset();
    r.cpuPercent.reset();
    r.experiment.clear();
    r.runName.clear();
    r.externalId.clear();
    r.tags.clear();
    r.createdAt = 0;
}

} // namespace kestrel::runs::io
