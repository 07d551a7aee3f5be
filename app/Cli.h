#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <memory>
#include <vector>

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
    // Opens the workspace for reading only (nothing in the file is changed, a
    // read-only file works); creates it only when it does not exist yet.
    std::unique_ptr<workspace::Workspace> openWorkspaceReadOnly() const;
};

// Returns the exit code. Throwing kestrel::Error prints "kestrel: <message>"
// on stderr and exits with 1; kestrel::UsageError (a wrong argument, an output
// file that is the workspace) exits with 2.
using CommandFn = std::function<int(CommandContext&)>;

struct Command
{
    QStringList words; // e.g. {"runs", "import"}
    QString synopsis;  // one line for --help
    CommandFn run;
};

// Every sub-command, sorted by words (as --help lists them).
std::vector<Command> commandTable();

// Adds a sub-command; used through KESTREL_COMMAND in app/commands/*.cpp.
struct CommandRegistrar
{
    CommandRegistrar(QStringList words, const char* synopsis, CommandFn run);
};

// Registers a sub-command from its own file, e.g.
//   KESTREL_COMMAND(runsImport, (QStringList{"runs", "import"}),
//                   QT_TRANSLATE_NOOP("Cli", "import runs from a file"), runImport)
// (several words need the parentheses: the preprocessor splits on their comma).
// The synopsis is translated when --help prints it; QT_TRANSLATE_NOOP at the call
// is what lupdate reads (scripts/translations --check fails without it).
#define KESTREL_COMMAND(id, words, synopsis, fn)                                                   \
    static const ::kestrel::app::CommandRegistrar kestrelCommand_##id(QStringList words, synopsis, \
                                                                      fn)

// The platform's default workspace: <AppDataLocation>/default.kestrel.
QString defaultWorkspacePath();

// Options every command parses the same way.
// Value of "--name VALUE" or "--name=VALUE" in args (removed from args), if present.
std::optional<QString> takeOption(QStringList& args, const QString& name);
// True when "--name" is present (removed from args).
bool takeFlag(QStringList& args, const QString& name);
// Throws kestrel::Error naming the first argument left over, if any.
void requireNoMoreArgs(const QStringList& args);

// Runs the command line; returns the process exit code, or -1 when the GUI
// should open (no sub-command given).
int runCli(const QStringList& arguments, QString& workspaceOut);

} // namespace kestrel::app
