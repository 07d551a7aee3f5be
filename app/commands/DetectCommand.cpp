// `kestrel detect [--detector NAME | --all] [--json]`: runs the workspace's
// detector configurations over its run history (the same AnomalyService the
// Anomaly Review panel uses) and prints the anomalies found.
// `kestrel detect --csv FILE ...` is a separate command (DetectCsvCommand.cpp)
// registered as the words "detect --csv"; the dispatcher picks the longer match.
#include "app/Cli.h"
#include "core/common/Json.h"
#include "core/common/Error.h"
#include "core/common/Units.h"
#include "core/detection/AnomalyService.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kestrel::app {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kestrel::app", text, disambiguation, n);
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonObject toJson(const detection::StoredAnomaly& a)
{
    QJsonArray recs;
    for (const std::string& r : a.recommendations)
        recs.append(q(r));
    return QJsonObject{
        {"id", static_cast<qint64>(a.id)},
        {"time", q(toIso(a.time))},
        {"start", q(toIso(a.start))},
        {"end", q(toIso(a.end))},
        {"component_type", q(a.componentType)},
        {"model", q(a.model)},
        {"metric", q(a.metric)},
        {"type", q(a.type)},
        {"score", a.score},
        {"confidence", a.confidence},
        {"severity", q(a.severity)},
        {"actual", a.actual},
        {"expected", a.expected},
        {"deviation", a.deviation},
        {"threshold", a.threshold},
        {"state", q(a.state)},
        {"context",
         QJsonDocument::fromJson(QByteArray::fromStdString(dumpJson(a.context))).object()},
        {"recommendations", recs},
    };
}

void printUsage(QTextStream& out)
{
    out << tr("Usage: kestrel detect [--detector NAME | --all] [--json]") << "\n"
        << tr("       kestrel detect --import-metrics FILE [--component NAME] [--columns a,b,c]")
        << "\n"
        << tr("       kestrel detect --list") << "\n"
        << tr("       kestrel detect --csv FILE ... (score a CSV file; see kestrel detect --csv "
              "--help)")
        << "\n\n"
        << tr("Runs the workspace's detectors (every enabled one by default, or the one named) "
              "over the run "
              "history and imported metric series, stores the anomalies and prints them. "
              "--import-metrics "
              "brings a CSV of metric series (a time column plus metric columns) into the "
              "workspace.")
        << "\n";
}

int importMetrics(CommandContext& ctx, const QString& path)
{
    detection::MetricImportOptions options;
    if (const auto c = takeOption(ctx.args, "component"))
        options.component = c->toStdString();
    if (const auto cols = takeOption(ctx.args, "columns"))
        for (const QString& c : cols->split(',', Qt::SkipEmptyParts))
            options.columns.push_back(c.trimmed().toStdString());
    requireNoMoreArgs(ctx.args);
    // Opened (checked, migrated) here, then the service opens its own connection.
    detection::AnomalyService service(ctx.openWorkspace()->path());
    Feedback feedback;
    const auto result = service.importMetricSeries(path.toStdString(), options, feedback);
    QStringList names;
    for (const std::string& m : result.metrics)
        names << q(m);
    ctx.out << tr("Imported %1 points of %2").arg(result.points).arg(names.join(", ")) << "\n";
    return 0;
}

int listDetectors(CommandContext& ctx, bool json)
{
    // Opened (checked, migrated) here, then the service opens its own connection.
    detection::AnomalyService service(ctx.openWorkspace()->path());
    QJsonArray list;
    for (const detection::DetectorConfig& c : service.detectors()) {
        QStringList metrics;
        for (const std::string& m : c.metrics)
            metrics << q(m);
        if (json) {
            list.append(QJsonObject{{"id", static_cast<qint64>(c.id)},
                                    {"name", q(c.name)},
                                    {"algorithm", q(c.algorithm)},
                                    {"metrics", QJsonArray::fromStringList(metrics)},
                                    {"enabled", c.enabled}});
        } else {
            ctx.out << QString("%1  %2  %3  %4  %5")
                           .arg(c.id, 3)
                           .arg(q(c.name).leftJustified(40))
                           .arg(q(c.algorithm).leftJustified(8))
                           .arg(c.enabled ? tr("enabled ") : tr("disabled"))
                           .arg(metrics.join(','))
                    << "\n";
        }
    }
    if (json)
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return 0;
}

int detect(CommandContext& ctx)
{
    QStringList& args = ctx.args;
    if (takeFlag(args, "help") || args.removeAll("-h") > 0) {
        printUsage(ctx.out);
        return 0;
    }
    if (args.contains("--csv"))
        throw Error(tr("put --csv right after detect: kestrel detect --csv FILE --out SCORED.csv")
                        .toStdString());
    const bool json = takeFlag(args, "json");
    if (const auto path = takeOption(args, "import-metrics"))
        return importMetrics(ctx, *path);
    if (takeFlag(args, "list")) {
        requireNoMoreArgs(args);
        return listDetectors(ctx, json);
    }
    const bool all = takeFlag(args, "all");
    const std::optional<QString> name = takeOption(args, "detector");
    requireNoMoreArgs(args);
    if (all && name)
        throw Error(tr("choose either --detector NAME or --all, not both").toStdString());

    // Opened (checked, migrated) here, then the service opens its own connection.
    detection::AnomalyService service(ctx.openWorkspace()->path());
    std::optional<std::int64_t> id;
    if (name) {
        for (const detection::DetectorConfig& c : service.detectors())
            if (q(c.name) == *name)
                id = c.id;
        if (!id) {
            QStringList names;
            for (const detection::DetectorConfig& c : service.detectors())
                names << q(c.name);
            throw Error(tr("no detector named '%1'; the workspace has: %2")
                            .arg(*name, names.join(", "))
                            .toStdString());
        }
    }
    Feedback feedback;
    const auto runs = service.runDetection(id, feedback);

    if (json) {
        QJsonArray out;
        for (const auto& r : runs) {
            QJsonArray anomalies;
            for (const auto& a : r.anomalies)
                anomalies.append(toJson(a));
            out.append(QJsonObject{{"detector", q(r.detectorName)},
                                   {"detector_id", static_cast<qint64>(r.detectorId)},
                                   {"detection_run_id", static_cast<qint64>(r.runId)},
                                   {"points_scored", static_cast<qint64>(r.pointsScored)},
                                   {"anomalies_found", static_cast<qint64>(r.anomaliesFound)},
                                   {"suppressed_by_review", static_cast<qint64>(r.suppressed)},
                                   {"anomalies", anomalies}});
        }
        ctx.out << QJsonDocument(QJsonObject{{"runs", out}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    std::int64_t total = 0;
    for (const auto& r : runs) {
        ctx.out << tr("%1: %2 points scored, %3 anomalies")
                       .arg(q(r.detectorName))
                       .arg(r.pointsScored)
                       .arg(r.anomaliesFound);
        if (r.suppressed > 0)
            ctx.out << tr(" (%1 not raised again: already reviewed)").arg(r.suppressed);
        ctx.out << "\n";
        for (const auto& a : r.anomalies) {
            ctx.out
                << QString(
                       "  #%1  %2  %3  %4  %5  %6  %7 .. %8  score %9  actual %10  expected %11")
                       .arg(a.id)
                       .arg(q(units::displayName(a.severity)).leftJustified(8))
                       .arg(q(units::displayName(a.type)).leftJustified(23))
                       .arg(q(a.model).leftJustified(24))
                       .arg(q(units::displayName(a.metric)).leftJustified(12))
                       .arg(q(units::displayName(a.state)))
                       .arg(q(toIso(a.start)), q(toIso(a.end)))
                       .arg(q(units::formatValue(a.score, units::Unit::Plain)))
                       .arg(q(units::formatValue(a.actual, units::unitOfMetric(a.metric))))
                       .arg(q(units::formatValue(a.expected, units::unitOfMetric(a.metric))))
                << "\n";
        }
        total += r.anomaliesFound;
    }
    ctx.out << tr("%1 found by %2")
                   .arg(tr("%n anomaly(ies)", nullptr, int(total)),
                        tr("%n detector(s)", nullptr, int(runs.size())))
            << "\n";
    return 0;
}

} // namespace

KESTREL_COMMAND(detect, {"detect"},
                QT_TRANSLATE_NOOP("Cli",
                                  "run the workspace's anomaly detectors and print what they find"),
                detect);

} // namespace kestrel::app
