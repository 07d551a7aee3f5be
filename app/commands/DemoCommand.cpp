// `kestrel demo`: fills a new workspace with the deterministic demo history.
#include "app/Cli.h"
#include "app/Signals.h"
#include "core/common/Error.h"
#include "core/detection/DemoWorkspace.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::app", text);
}

// Returns qint64, not std::int64_t: lupdate files the tr() calls of a function whose
// return type is qualified (std::x f()) under that namespace, and they stay English.
qint64 takeInteger(QStringList& args, const QString& name, qint64 fallback, qint64 min, qint64 max)
{
    const auto value = takeOption(args, name);
    if (!value)
        return fallback;
    bool ok = false;
    const qlonglong n = value->toLongLong(&ok);
    if (!ok || n < min || n > max)
        throw Error(tr("--%1 must be a whole number from %2 to %3, not '%4'")
                        .arg(name)
                        .arg(min)
                        .arg(max)
                        .arg(*value)
                        .toStdString());
    return n;
}

int demo(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out
            << tr("Usage: kestrel demo --workspace PATH [--runs N] [--seed S] [--days D] [--end "
                  "TIME]")
            << "\n"
            << tr("Creates a demo workspace: runs of five models over ~50 NSE and US symbols with "
                  "planted incidents, and daily prices. The same seed and end give the same "
                  "workspace.")
            << "\n";
        return 0;
    }
    runs::DemoOptions options;
    options.runs = takeInteger(ctx.args, "runs", options.runs, 0, 100'000'000);
    options.seed = static_cast<std::uint64_t>(
        takeInteger(ctx.args, "seed", static_cast<std::int64_t>(options.seed), 0, INT64_MAX));
    options.days = static_cast<int>(takeInteger(ctx.args, "days", options.days, 1, 3650));
    if (const auto end = takeOption(ctx.args, "end")) {
        const auto t = parseTime(end->toStdString());
        if (!t)
            throw Error(tr("--end: '%1' is not a date or time").arg(*end).toStdString());
        options.end = *t;
    }
    requireNoMoreArgs(ctx.args);

    auto ws = ctx.openWorkspace();
    const auto existing = ws->db().queryInt("SELECT COUNT(*) FROM runs").value_or(0);
    if (existing > 0)
        throw Error(tr("%1 already holds %2 runs; the demo is generated only into a new or empty "
                       "workspace. Choose another --workspace path.")
                        .arg(ctx.workspacePath)
                        .arg(existing)
                        .toStdString());
    // SIGINT/SIGTERM end the generation cleanly: its transaction is rolled back.
    const InterruptScope interrupts;
    Feedback feedback({}, interrupts.token());
    detection::DemoResult made;
    try {
        made = detection::fillDemo(ws->db(), options, feedback);
    } catch (const Cancelled&) {
        ctx.err << tr("demo cancelled, nothing written") << "\n";
        return 130;
    }
    const runs::DemoSummary& s = made.demo;
    ctx.out << tr("Demo workspace %1: %2 runs, %3 planted incidents, %4 daily prices, %5 anomalies "
                  "detected")
                   .arg(ctx.workspacePath)
                   .arg(s.runs)
                   .arg(s.incidents)
                   .arg(s.priceRows)
                   .arg(made.anomalies)
            << "\n";
    return 0;
}

} // namespace

KESTREL_COMMAND(demo, (QStringList{"demo"}),
                QT_TRANSLATE_NOOP("Cli", "create a demo workspace with planted incidents"), demo);

} // namespace kestrel::app
