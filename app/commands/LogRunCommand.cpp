// `kestrel log-run`: appends one run. Safe while the GUI has the workspace
// open or an import runs: WAL lets readers continue, the busy timeout waits
// out a writer, and the WriterTurn makes a running import pause at its next
// chunk so this run goes in within a second or two.
#include "app/Cli.h"
#include "core/common/Error.h"
#include "core/common/Json.h"
#include "core/common/JsonDocument.h"
#include "core/runs/RunRecord.h"
#include "core/runs/RunValidation.h"
#include "core/runs/RunStore.h"
#include "core/workspace/ImportLock.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceUrl.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

#include <cmath>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::app", text);
}

std::optional<double> takeNumber(QStringList& args, const QString& name, double min, double max)
{
    const auto value = takeOption(args, name);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const double x = value->trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(x))
        throw Error(tr("--%1: '%2' is not a number").arg(name, *value).toStdString());
    if (x < min || x > max)
        throw Error(tr("--%1 must be between %2 and %3, not %4")
                        .arg(name)
                        .arg(min)
                        .arg(max)
                        .arg(*value)
                        .toStdString());
    return x;
}

// Unqualified return type: lupdate files the tr() calls of a function returning
// std::x under the context "std", and they would stay English.
using std::string;
string takeJsonObject(QStringList& args, const QString& name)
{
    const auto value = takeOption(args, name);
    if (!value)
        return {};
    const std::string text = value->toStdString();
    if (const auto at = jsonTooDeepAt(text))
        throw Error(tr("--%1 is not accepted (at character %2): %3")
                        .arg(name)
                        .arg(static_cast<qulonglong>(*at + 1))
                        .arg(QString::fromStdString(jsonTooDeepMessage()))
                        .toStdString());
    try {
        const Json j = Json::parse(text);
        if (!j.is_object())
            throw Error(tr("--%1 must be a JSON object such as {\"lookback\": 60}")
                            .arg(name)
                            .toStdString());
        return dumpJson(j);
    } catch (const Json::parse_error& e) {
        // nlohmann reports the byte position; say where the JSON broke.
        throw Error(tr("--%1 is not valid JSON (at character %2): %3")
                        .arg(name)
                        .arg(static_cast<qulonglong>(e.byte))
                        .arg(*value)
                        .toStdString());
    } catch (const Json::out_of_range& e) {
        const auto number = overflowingNumber(e, text);
        throw Error(tr("--%1 is not accepted (at character %2): the number %3 is too large")
                        .arg(name)
                        .arg(static_cast<qulonglong>(number ? number->offset + 1 : 0))
                        .arg(QString::fromStdString(number ? number->text : std::string(e.what())))
                        .toStdString());
    }
}

std::string takeText(QStringList& args, const QString& name)
{
    const auto value = takeOption(args, name);
    return value ? value->trimmed().toStdString() : std::string();
}

int logRun(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out
            << tr("Usage: kestrel log-run --model M --status completed|failed|running|cancelled "
                  "[--duration SEC] [--accuracy A] [--confidence C] [--symbol S] [--source D] "
                  "[--error MSG] [--params JSON] [--results JSON] [--memory MB] [--cpu PCT] "
                  "[--time T]")
            << "\n";
        return 0;
    }
    runs::RunRecord r;
    r.model = takeText(ctx.args, "model");
    if (r.model.empty())
        throw Error(tr("log-run needs --model NAME").toStdString());
    const std::string status = takeText(ctx.args, "status");
    if (status.empty())
        throw Error(
            tr("log-run needs --status (completed, failed, running or cancelled)").toStdString());
    if (status != runs::status::kCompleted && status != runs::status::kFailed &&
        status != runs::status::kRunning && status != runs::status::kCancelled)
        throw Error(tr("--status must be completed, failed, running or cancelled, not '%1'")
                        .arg(QString::fromStdString(status))
                        .toStdString());
    r.status = status;
    r.durationSec = takeNumber(ctx.args, "duration", 0.0, 1e9);
    r.accuracy = takeNumber(ctx.args, "accuracy", 0.0, 1.0);
    r.confidence = takeNumber(ctx.args, "confidence", 0.0, 1.0);
    r.memoryMb = takeNumber(ctx.args, "memory", 0.0, 1e9);
    r.cpuPercent = takeNumber(ctx.args, "cpu", 0.0, 1e5);
    r.symbol = takeText(ctx.args, "symbol");
    r.dataSource = takeText(ctx.args, "source");
    if (const auto error = takeOption(ctx.args, "error"))
        r.errorMessage = error->toStdString();
    r.inputParams = takeJsonObject(ctx.args, "params");
    r.outputResults = takeJsonObject(ctx.args, "results");
    r.createdAt = nowMs();
    r.startedAt = r.createdAt;
    if (const auto time = takeOption(ctx.args, "time")) {
        const auto t = parseTime(time->toStdString());
        if (!t)
            throw Error(tr("--time: '%1' is not a date or time (use ISO 8601 or Unix seconds)")
                            .arg(*time)
                            .toStdString());
        r.startedAt = *t;
    }
    requireNoMoreArgs(ctx.args);
    if (const auto problem = runs::validateRun(r))
        throw Error(tr("log-run: %1").arg(QString::fromStdString(problem->message)).toStdString());

    // A SQLite import pauses between two chunks while this writer holds its
    // turn; a PostgreSQL import never blocks a writer.
    std::optional<workspace::WriterTurn> turn;
    if (!workspace::WorkspaceUrl::looksLikePostgres(ctx.workspacePath.toStdString()))
        turn.emplace(QFileInfo(ctx.workspacePath).absoluteFilePath().toStdString());
    auto ws = ctx.openWorkspace();
    // A running import leaves its log to grow until it ends; copying it back
    // into the file here would make this one run wait for it (SQLite only).
    if (ws->db().handle())
        ws->db().exec("PRAGMA wal_autocheckpoint=0");
    const std::int64_t id = runs::RunStore(ws->db()).insert(r);
    ctx.out << tr("Logged run %1").arg(id) << "\n";
    return 0;
}

} // namespace

KESTREL_COMMAND(logRun, (QStringList{"log-run"}),
                QT_TRANSLATE_NOOP("Cli", "append one run (safe while the GUI is open)"), logRun);

} // namespace kestrel::app
