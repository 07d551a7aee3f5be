// `kestrel workspace check` and `kestrel workspace recover`: the integrity of
// the workspace file, and a way out when it is damaged. `create-team` and
// `copy`: a team workspace on PostgreSQL, and moving a workspace between
// backends.
#include "app/Cli.h"
#include "core/common/Error.h"
#include "core/workspace/Recovery.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceUrl.h"
#include "core/workspace/pg/Connection.h"
#include "core/workspace/pg/Migrations.h"
#include "core/workspace/pg/WorkspaceCopy.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::app", text);
}

int check(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out << tr("Usage: kestrel workspace check") << "\n"
                << tr("Runs SQLite's integrity check on the workspace (read-only: the file is not "
                      "changed) and prints the result and the schema version. Exits 1 when the "
                      "workspace is damaged. On a team workspace (PostgreSQL) the server checks "
                      "its own files; the command prints the schema version.")
                << "\n";
        return 0;
    }
    requireNoMoreArgs(ctx.args);
    if (workspace::WorkspaceUrl::looksLikePostgres(ctx.workspacePath.toStdString())) {
        auto team = workspace::Workspace::openReadOnly(ctx.workspacePath.toStdString());
        ctx.out << tr("Workspace: %1").arg(QString::fromStdString(team->path())) << "\n"
                << tr("Schema version: %1").arg(team->schemaVersion()) << "\n"
                << tr("Integrity: the PostgreSQL server checks its own files (checksums, "
                      "write-ahead log); nothing to check here.")
                << "\n";
        return 0;
    }
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
        ctx.out
            << tr("Usage: kestrel workspace recover --out NEW") << "\n"
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
    ctx.out
        << tr("Recovered %1 rows into %2 (%3 read errors)").arg(r.rows()).arg(*out).arg(unreadable)
        << "\n";
    return 0;
}

int createTeam(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out
            << tr("Usage: kestrel workspace create-team postgresql://USER@HOST:PORT/DB?schema=NAME")
            << "\n"
            << tr("Creates a team workspace in the schema NAME (default kestrel) on a PostgreSQL "
                  "server. "
                  "The password comes from PGPASSWORD or ~/.pgpass, never from the URL. Refuses a "
                  "schema that already holds tables.")
            << "\n";
        return 0;
    }
    if (ctx.args.size() != 1)
        throw UsageError(tr("workspace create-team needs one postgresql:// URL").toStdString());
    const auto url = workspace::WorkspaceUrl::parse(ctx.args.takeFirst().toStdString());
    if (!url.isPostgres())
        throw UsageError(
            tr("create-team takes a postgresql:// URL; a SQLite workspace is made by any command "
               "given --workspace PATH.")
                .toStdString());
    workspace::pg::Connection connection(url.conninfo());
    workspace::pg::createSchema(connection, url.schema());
    ctx.out << tr("Created the team workspace %1 (schema version %2).")
                   .arg(QString::fromStdString(url.display()))
                   .arg(workspace::pg::currentSchemaVersion())
            << "\n";
    return 0;
}

int copy(CommandContext& ctx)
{
    if (takeFlag(ctx.args, "help")) {
        ctx.out << tr("Usage: kestrel workspace copy SOURCE DESTINATION") << "\n"
                << tr("Copies every table of a workspace into a new one; each is a file "
                      "path.kestrel or a "
                      "postgresql:// URL. The destination must be new (or a team workspace just "
                      "created). "
                      "Each table is checked by its row count and a checksum before anything is "
                      "committed.")
                << "\n";
        return 0;
    }
    if (ctx.args.size() != 2)
        throw UsageError(tr("workspace copy needs a SOURCE and a DESTINATION").toStdString());
    const auto from = workspace::WorkspaceUrl::parse(ctx.args.at(0).toStdString());
    const auto to = workspace::WorkspaceUrl::parse(ctx.args.at(1).toStdString());
    const workspace::pg::CopyReport report = workspace::pg::copyWorkspace(from, to);
    for (const auto& t : report.tables)
        ctx.out << "  " << QString::fromStdString(t.name).leftJustified(18) << " "
                << QString::number(t.rows).rightJustified(10) << "  "
                << QString::fromStdString(t.checksum) << "\n";
    std::int64_t runs = 0;
    for (const auto& t : report.tables)
        runs += t.name == "runs" ? t.rows : 0;
    ctx.out
        << tr("Copied %1 rows (%2 runs) from %3 to %4 in %5 s (%6 runs/s); every table's count and "
              "checksum match.")
               .arg(report.rows())
               .arg(runs)
               .arg(QString::fromStdString(from.display()), QString::fromStdString(to.display()))
               .arg(report.seconds, 0, 'f', 2)
               .arg(report.seconds > 0 ? static_cast<qint64>(runs / report.seconds) : 0)
        << "\n";
    return 0;
}

} // namespace

KESTREL_COMMAND(workspaceCreateTeam, (QStringList{"workspace", "create-team"}),
                QT_TRANSLATE_NOOP("Cli", "create a team workspace on a PostgreSQL server"),
                createTeam);
KESTREL_COMMAND(
    workspaceCopy, (QStringList{"workspace", "copy"}),
    QT_TRANSLATE_NOOP("Cli",
                      "copy a workspace between SQLite and PostgreSQL, checked table by table"),
    copy);
KESTREL_COMMAND(workspaceCheck, (QStringList{"workspace", "check"}),
                QT_TRANSLATE_NOOP("Cli", "check the workspace's integrity (read-only)"), check);
KESTREL_COMMAND(workspaceRecover, (QStringList{"workspace", "recover"}),
                QT_TRANSLATE_NOOP("Cli", "copy every readable row into a new workspace"), recover);

} // namespace kestrel::app
