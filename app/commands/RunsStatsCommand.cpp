// `kestrel runs stats`: the summary strip and the model comparison of the Run
// History panel, from the same RunHistoryService, as a table or JSON.
#include "app/Cli.h"
#include "app/commands/FilterOptions.h"
#include "core/common/Json.h"
#include "core/common/Units.h"
#include "core/runs/RunHistoryService.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::app", text);
}

Json optNumber(const std::optional<double>& v)
{
    return v ? Json(*v) : Json(nullptr);
}

Json toJson(const runs::RunSummary& s)
{
    return Json{{"runs", s.runs},
                {"completed", s.completed},
                {"failed", s.failed},
                {"running", s.running},
                {"cancelled", s.cancelled},
                {"success_rate", optNumber(s.successRate)},
                {"mean_duration", optNumber(s.meanDuration)},
                {"p50_duration", optNumber(s.p50Duration)},
                {"p95_duration", optNumber(s.p95Duration)},
                {"mean_accuracy", optNumber(s.meanAccuracy)}};
}

Json toJson(const runs::ModelStats& m)
{
    auto interval = [](const std::optional<runs::Interval>& i) {
        return i ? Json::array({i->low, i->high}) : Json(nullptr);
    };
    return Json{{"model", m.model},
                {"runs", m.runs},
                {"failed", m.failed},
                {"success_rate", optNumber(m.successRate)},
                {"success_interval", interval(m.successInterval)},
                {"mean_accuracy", optNumber(m.meanAccuracy)},
                {"accuracy_interval", interval(m.accuracyInterval)},
                {"p50_duration", optNumber(m.p50Duration)},
                {"p95_duration", optNumber(m.p95Duration)},
                {"rank", m.rank}};
}

// Human output reads like the GUI: the units and precision of core/common/Units.
QString shown(const std::optional<double>& v, units::Unit unit)
{
    return v ? QString::fromStdString(units::formatValue(*v, unit)) : QStringLiteral("-");
}

QString percent(const std::optional<double>& v)
{
    return shown(v, units::Unit::Fraction);
}

QString seconds(const std::optional<double>& v)
{
    return shown(v, units::Unit::Seconds);
}

int runsStats(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out
            << tr("Usage: kestrel runs stats [--timeframe 24h|7d|30d|90d|all] [--from T] [--to T] "
                  "[--model M]... [--status S] [--symbol S] [--source D] [--search TEXT] [--json]")
            << "\n";
        return 0;
    }
    const bool json = takeFlag(ctx.args, "json");
    const runs::RunFilter filter = parseFilterOptions(ctx.args);
    requireNoMoreArgs(ctx.args);

    auto ws = ctx.openWorkspaceReadOnly();
    // The same figures as the Run History panel's, from its service.
    const runs::RunStats stats = runs::RunHistoryService::stats(ws->db(), filter);
    const runs::RunSummary& s = stats.summary;
    const std::vector<runs::ModelStats>& models = stats.models;

    if (json) {
        Json out{{"summary", toJson(s)}, {"models", Json::array()}};
        if (filter.from)
            out["from"] = toIso(*filter.from);
        if (filter.to)
            out["to"] = toIso(*filter.to);
        for (const auto& m : models)
            out["models"].push_back(toJson(m));
        ctx.out << QString::fromStdString(dumpJson(out, 2)) << "\n";
        return 0;
    }

    ctx.out
        << tr("Runs %1   success rate %2   mean duration %3   p95 duration %4   mean accuracy %5")
               .arg(s.runs)
               .arg(percent(s.successRate), seconds(s.meanDuration), seconds(s.p95Duration),
                    percent(s.meanAccuracy))
        << "\n";
    ctx.out << tr("completed %1, failed %2, running %3, cancelled %4")
                   .arg(s.completed)
                   .arg(s.failed)
                   .arg(s.running)
                   .arg(s.cancelled)
            << "\n\n";
    if (models.empty())
        return 0;
    int width = tr("Model").size();
    for (const auto& m : models)
        width = std::max(width, static_cast<int>(QString::fromStdString(m.model).size()));
    // Column widths: name, rank, runs, success with interval, accuracy, its interval, p50, p95.
    const int widths[] = {width, 4, 8, 25, 8, 15, 9, 9};
    auto row = [&](const QStringList& cells) {
        QString line = cells[0].leftJustified(widths[0]);
        for (int i = 1; i < cells.size(); ++i)
            line += "  " + cells[i].rightJustified(widths[i]);
        ctx.out << line << "\n";
    };
    row({tr("Model"), tr("Rank"), tr("Runs"), tr("Success (95% CI)"), tr("Accuracy"), tr("95% CI"),
         tr("p50"), tr("p95")});
    for (const auto& m : models) {
        const QString successCi =
            m.successInterval ? QString("%1 [%2-%3]")
                                    .arg(percent(m.successRate), percent(m.successInterval->low),
                                         percent(m.successInterval->high))
                              : percent(m.successRate);
        const QString accuracyCi = m.accuracyInterval
                                       ? QString("[%1-%2]").arg(percent(m.accuracyInterval->low),
                                                                percent(m.accuracyInterval->high))
                                       : QStringLiteral("-");
        row({QString::fromStdString(m.model), QString::number(m.rank), QString::number(m.runs),
             successCi, percent(m.meanAccuracy), accuracyCi, seconds(m.p50Duration),
             seconds(m.p95Duration)});
    }
    return 0;
}

} // namespace

KESTREL_COMMAND(runsStats, (QStringList{"runs", "stats"}),
                QT_TRANSLATE_NOOP("Cli",
                                  "summary and model comparison of the runs a filter selects"),
                runsStats);

} // namespace kestrel::app
