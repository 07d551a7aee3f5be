// `kestrel runs import` and `kestrel runs export`: thin wrappers over the same
// core import/export functions the Run History panel uses.
#include "app/Cli.h"
#include "app/Signals.h"
#include "app/commands/FilterOptions.h"
#include "core/common/Error.h"
#include "core/runs/io/RunExport.h"
#include "core/runs/io/RunImport.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::app", text);
}

int runsImport(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out
            << tr("Usage: kestrel runs import FILE [--format csv|json|jsonl|mlflow] "
                  "[--accuracy-metric NAME] [--confidence-metric NAME] [--skip-invalid [--rejected "
                  "FILE]]")
            << "\n"
            << tr("       kestrel runs import --undo LAST") << "\n"
            << tr("FILE may be a CSV, JSON or JSONL file, an MLflow mlflow.db or an mlruns/ "
                  "folder. The import is all or nothing: on any error nothing is imported. "
                  "Runs the workspace already holds (same external id, or same fields) are "
                  "skipped as duplicates, so importing a file twice adds nothing.")
            << "\n"
            << tr("--undo LAST removes the runs of the latest import and leaves every other run.")
            << "\n"
            << tr("An invalid row refuses the whole file (the first 20 bad rows are named). "
                  "--skip-invalid imports the valid rows and writes the invalid ones with their "
                  "reasons to FILE.rejected.csv, or to --rejected FILE (never overwritten).")
            << "\n";
        return 0;
    }
    if (const auto undo = takeOption(ctx.args, "undo")) {
        if (undo->compare("LAST", Qt::CaseInsensitive) != 0)
            throw Error(
                tr("--undo takes LAST (the latest import), not '%1'").arg(*undo).toStdString());
        requireNoMoreArgs(ctx.args);
        auto ws = ctx.openWorkspace();
        const runs::ImportRecord undone = runs::undoLastImport(ws->db());
        ctx.out << tr("Undid import %1 of %2: removed %3 runs")
                       .arg(undone.id)
                       .arg(QString::fromStdString(undone.source))
                       .arg(undone.imported)
                << "\n";
        return 0;
    }
    runs::ImportOptions options;
    const auto format = takeOption(ctx.args, "format");
    options.skipInvalid = takeFlag(ctx.args, "skip-invalid");
    if (const auto rejected = takeOption(ctx.args, "rejected")) {
        if (!options.skipInvalid)
            throw Error(tr("--rejected FILE goes with --skip-invalid").toStdString());
        options.rejectedPath = rejected->toStdString();
    }
    if (const auto m = takeOption(ctx.args, "accuracy-metric"))
        options.mlflow.accuracyMetric = m->toStdString();
    if (const auto m = takeOption(ctx.args, "confidence-metric"))
        options.mlflow.confidenceMetric = m->toStdString();
    if (ctx.args.isEmpty())
        throw Error(tr("runs import needs a FILE to import").toStdString());
    const std::string path = ctx.args.takeFirst().toStdString();
    requireNoMoreArgs(ctx.args);
    options.format =
        format ? runs::importFormatFromName(format->toStdString()) : runs::detectImportFormat(path);

    auto ws = ctx.openWorkspace();
    // SIGINT/SIGTERM end the import cleanly: its transaction is rolled back.
    const InterruptScope interrupts;
    Feedback feedback({}, interrupts.token());
    runs::ImportResult result;
    try {
        result = runs::importRuns(ws->db(), path, options, feedback);
    } catch (const Cancelled&) {
        ctx.err << tr("import cancelled, nothing imported") << "\n";
        return 130;
    }
    ctx.out << tr("Imported %1 runs (%2 skipped)").arg(result.imported).arg(result.skipped) << "\n";
    // The summary: on stderr like the notes, so scripts reading the first
    // line of stdout keep working.
    ctx.err << tr("Summary: %1 imported, %2 duplicates skipped, %3 rejected%4")
                   .arg(result.imported)
                   .arg(result.duplicates)
                   .arg(result.rejected)
                   .arg(result.importId > 0
                            ? tr(" (import %1; undo with `kestrel runs import --undo LAST`)")
                                  .arg(result.importId)
                            : QString())
            << "\n";
    // Why runs were skipped (deleted or invalid MLflow runs ...), one per line.
    for (const std::string& note : result.notes)
        ctx.err << QString::fromStdString(note) << "\n";
    if (result.rejected > 0)
        ctx.out << tr("Rejected %1 invalid rows, written to %2")
                       .arg(result.rejected)
                       .arg(QString::fromStdString(result.rejectedFile))
                << "\n";
    return 0;
}

int runsExport(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out << tr("Usage: kestrel runs export --out FILE [--format csv|json] "
                      "[--timeframe 24h|7d|30d|90d|all] [--from T] [--to T] [--model M]... "
                      "[--status S] [--symbol S] [--source D] [--search TEXT]")
                << "\n";
        return 0;
    }
    const auto outPath = takeOption(ctx.args, "out");
    if (!outPath)
        throw Error(tr("runs export needs --out FILE").toStdString());
    const auto format = takeOption(ctx.args, "format");
    const runs::RunFilter filter = parseFilterOptions(ctx.args);
    requireNoMoreArgs(ctx.args);
    const std::string path = outPath->toStdString();
    const runs::ExportFormat fmt =
        format ? runs::exportFormatFromName(format->toStdString()) : runs::detectExportFormat(path);

    auto ws = ctx.openWorkspaceReadOnly();
    Feedback feedback;
    // Oldest first, as the runs happened.
    const runs::RunSort sort{runs::RunSortColumn::Time, false};
    const std::int64_t n = runs::exportRuns(ws->db(), filter, sort, path, fmt, feedback);
    ctx.out << tr("Exported %1 runs to %2").arg(n).arg(*outPath) << "\n";
    return 0;
}

} // namespace

// The words are parenthesised: a brace list's comma would split the macro's arguments.
KESTREL_COMMAND(runsImport, (QStringList{"runs", "import"}),
                QT_TRANSLATE_NOOP("Cli", "import runs from CSV, JSON, JSONL or an MLflow store"),
                runsImport);
KESTREL_COMMAND(runsExport, (QStringList{"runs", "export"}),
                QT_TRANSLATE_NOOP("Cli", "export the runs a filter selects to CSV or JSON"),
                runsExport);

} // namespace kestrel::app
