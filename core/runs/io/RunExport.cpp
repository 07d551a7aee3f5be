#include "core/runs/io/RunExport.h"

#include "core/common/Error.h"
#include "core/common/Json.h"
#include "core/common/OutputFile.h"
#include "core/runs/RunStore.h"
#include "core/runs/io/RunFields.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace kestrel::runs {

namespace fs = std::filesystem;
using io::RunField;

namespace {

// Shortest text that reads back as the same double.
void appendNumber(std::string& out, const std::optional<double>& v)
{
    if (!v)
        return;
    char buf[32];
    const auto [p, ec] = std::to_chars(buf, buf + sizeof buf, *v);
    out.append(buf, ec == std::errc() ? p : buf);
}

void appendCsvField(std::string& out, std::string_view v)
{
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += v;
        return;
    }
    out += '"';
    for (char c : v) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCsvRow(std::string& out, const RunRecord& r)
{
    out += std::to_string(r.id);
    for (std::size_t f = 0; f < io::kRunFieldCount; ++f) {
        out += ',';
        switch (static_cast<RunField>(f)) {
        case RunField::Model:
            appendCsvField(out, r.model);
            break;
        case RunField::Symbol:
            appendCsvField(out, r.symbol);
            break;
        case RunField::Time:
            out += toIso(r.startedAt);
            break;
        case RunField::Status:
            appendCsvField(out, r.status);
            break;
        case RunField::Duration:
            appendNumber(out, r.durationSec);
            break;
        case RunField::Accuracy:
            appendNumber(out, r.accuracy);
            break;
        case RunField::Confidence:
            appendNumber(out, r.confidence);
            break;
        case RunField::InputParams:
            appendCsvField(out, r.inputParams);
            break;
        case RunField::OutputResults:
            appendCsvField(out, r.outputResults);
            break;
        case RunField::ErrorMessage:
            appendCsvField(out, r.errorMessage);
            break;
        case RunField::DataSource:
            appendCsvField(out, r.dataSource);
            break;
        case RunField::MemoryMb:
            appendNumber(out, r.memoryMb);
            break;
        case RunField::CpuPercent:
            appendNumber(out, r.cpuPercent);
            break;
        case RunField::Experiment:
            appendCsvField(out, r.experiment);
            break;
        case RunField::RunName:
            appendCsvField(out, r.runName);
            break;
        case RunField::ExternalId:
            appendCsvField(out, r.externalId);
            break;
        case RunField::Tags:
            appendCsvField(out, r.tags);
            break;
        }
    }
    out += "\r\n"; // RFC 4180 line end
}

Json jsonValue(const std::optional<double>& v)
{
    return v ? Json(*v) : Json(nullptr);
}

Json jsonText(const std::string& s)
{
    return s.empty() ? Json(nullptr) : Json(s);
}

// JSON fields go in as objects when they parse, as strings otherwise.
Json embedded(const std::string& s)
{
    if (s.empty())
        return nullptr;
    Json parsed = Json::parse(s, nullptr, false);
    return parsed.is_discarded() ? Json(s) : parsed;
}

Json toJson(const RunRecord& r)
{
    Json o = Json::object();
    o["id"] = r.id;
    o["model_name"] = r.model;
    o["symbol"] = jsonText(r.symbol);
    o["execution_time"] = toIso(r.startedAt);
    o["status"] = r.status;
    o["execution_duration"] = jsonValue(r.durationSec);
    o["accuracy_score"] = jsonValue(r.accuracy);
    o["confidence_level"] = jsonValue(r.confidence);
    o["input_parameters"] = embedded(r.inputParams);
    o["output_results"] = embedded(r.outputResults);
    o["error_message"] = jsonText(r.errorMessage);
    o["data_source"] = jsonText(r.dataSource);
    o["memory_mb"] = jsonValue(r.memoryMb);
    o["cpu_percent"] = jsonValue(r.cpuPercent);
    o["experiment"] = jsonText(r.experiment);
    o["run_name"] = jsonText(r.runName);
    o["external_id"] = jsonText(r.externalId);
    o["tags"] = embedded(r.tags);
    return o;
}

} // namespace

ExportFormat exportFormatFromName(const std::string& name)
{
    if (name == "csv")
        return ExportFormat::Csv;
    if (name == "json")
        return ExportFormat::Json;
    throw Error("Unknown export format '" + name + "': use csv or json.");
}

ExportFormat detectExportFormat(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".json" ? ExportFormat::Json : ExportFormat::Csv;
}

std::int64_t exportRuns(workspace::Database& db, const RunFilter& filter, const RunSort& sort,
                        const std::string& path, ExportFormat format, Feedback& feedback)
{
    RunStore store(db);
    const std::int64_t total = store.count(filter);
    OutputFile out(path);

    std::int64_t written = 0;
    std::string buffer;
    buffer.reserve(1 << 20);
    auto flush = [&](bool force) {
        if (force || buffer.size() >= (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    };
    if (format == ExportFormat::Csv) {
        buffer += "id";
        for (std::string_view name : io::runFieldNames()) {
            buffer += ',';
            buffer += name;
        }
        buffer += "\r\n";
    } else {
        buffer += "[";
    }
    store.forEach(filter, sort, [&](const RunRecord& r) {
        if (format == ExportFormat::Csv) {
            appendCsvRow(buffer, r);
        } else {
            buffer += written ? ",\n" : "\n";
            buffer += dumpJson(toJson(r));
        }
        ++written;
        flush(false);
        if ((written & 0xFFF) == 0) {
            feedback.throwIfStopped();
            feedback.report(static_cast<double>(written) /
                            static_cast<double>(std::max<std::int64_t>(1, total)));
        }
        return true;
    });
    if (format == ExportFormat::Json)
        buffer += written ? "\n]\n" : "]\n";
    flush(true);
    out.commit();
    feedback.report(1.0);
    return written;
}

} // namespace kestrel::runs
