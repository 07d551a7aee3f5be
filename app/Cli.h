#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace kestrel::workspace {
class Workspace;
}

namespace kestrel::app {

// What a sub-command gets: its own arguments (after the command words), the
// workspace path chosen with --workspace (or the default), and the streams.
struct CommandContext
{
    QStringList args;
    QString workspacePath;
    QTextStream& out;
    QTextStream& err;

    // Opens (or creates) the workspace; throws kestrel::Error with a clear message.
    std::unique_ptr<workspace::Workspace> openWorkspace() const;
};

using CommandFn = std::function<int(CommandContext&)>;

struct Command
{
    QStringList words;   // e.g. {"runs", "import"}
    QString synopsis;    // one line for --help
    CommandFn run;
};

// Every sub-command, in the order --help lists them.
const std::vector<Command>& commandTable();

// The platform's default workspace: <AppDataLocation>/default.kestrel.
QString defaultWorkspacePath();

// Runs the command line; returns the process exit code, or -1 when the GUI
// should open (no sub-command given).
int runCli(const QStringList& arguments, QString& workspaceOut);

} // namespace kestrel::app
