// `kestrel workspace check` and `kestrel workspace recover`: the integrity of
// the workspace file, and a way out when it is damaged.
#include "app/Cli.h"
#include "core/common/Error.h"
#include "core/workspace/Recovery.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

int check(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out << tr("Usage: kestrel workspace check") << "\n"
                << tr("Runs SQLite's integrity check on the workspace (read-only: the file is not "
                      "changed) and prints the result and the schema version. Exits 1 when the "
                      "workspace is damaged.")
                << "\n";
        return 0;
    }
    requireNoMoreArgs(ctx.args);
    if (!QFileInfo::exists(ctx.workspacePath))
        throw Error(tr("No workspace at %1.").arg(ctx.workspacePath).toStdString());
    auto ws = workspace::Workspace::openReadOnly(ctx.workspacePath.toStdString());
    std::string result;
    try {
        workspace::Statement st = ws->db().prepare("PRAGMA integrity_check");
        while (st.step())
            result += (result.empty() ? "" : "\n") + st.text(0);
    } catch (const Error& e) {
        result = e.what();
    }
    ctx.out << tr("Workspace: %1").arg(ctx.workspacePath) << "\n"
            << tr("Schema version: %1").arg(ws->schemaVersion()) << "\n"
            << tr("Integrity: %1").arg(QString::fromStdString(result)) << "\n";
    if (result != "ok") {
        ctx.err << tr("The workspace is damaged. Copy its readable rows into a new workspace with "
                      "'kestrel workspace recover --out NEW'.")
                << "\n";
        return 1;
    }
    return 0;
}

int recover(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out << tr("Usage: kestrel workspace recover --out NEW") << "\n"
                << tr("Copies every readable row of every table of the workspace (which is only read) "
                      "into the new workspace NEW.")
                << "\n";
        return 0;
    }
    const auto out = takeOption(ctx.args, "out");
    if (!out || out->isEmpty())
        throw Error(tr("workspace recover needs --out NEW").toStdString());
    requireNoMoreArgs(ctx.args);
    if (QFileInfo::exists(*out) && QFileInfo(*out).size() > 0)
        throw Error(tr("%1 already exists; recover into a new file.").arg(*out).toStdString());
    const workspace::RecoveryResult r =
        workspace::recoverWorkspace(ctx.workspacePath.toStdString(), out->toStdString());
    std::int64_t unreadable = 0;
    for (const auto& t : r.tables) {
        unreadable += t.unreadable;
        if (t.rows > 0 || t.unreadable > 0)
            ctx.out << "  " << QString::fromStdString(t.name).leftJustified(20) << " "
                    << tr("%1 rows").arg(t.rows)
                    << (t.unreadable > 0 ? tr(", %1 read errors").arg(t.unreadable) : QString())
                    << "\n";
    }
    ctx.out << tr("Recovered %1 rows into %2 (%3 read errors)").arg(r.rows()).arg(*out).arg(unreadable)
            << "\n";
    return 0;
}

} // namespace

KESTREL_COMMAND(workspaceCheck, (QStringList{"workspace", "check"}),
                "check the workspace's integrity (read-only)", check);
KESTREL_COMMAND(workspaceRecover, (QStringList{"workspace", "recover"}),
                "copy every readable row into a new workspace", recover);

} // namespace kestrel::app
