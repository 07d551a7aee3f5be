#include "app/Cli.h"

#include "app/commands/Commands.h"
#include "core/Version.h"
#include "core/common/Error.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

void printHelp(QTextStream& out)
{
    out << tr("Usage: kestrel [--workspace PATH] [COMMAND [ARGS...]]") << "\n\n"
        << tr("Without a command, Kestrel opens its window on the workspace "
              "(the default workspace unless --workspace is given).")
        << "\n\n"
        << tr("Options:") << "\n"
        << "  --workspace PATH   " << tr("the workspace file to use") << "\n"
        << "  -h, --help         " << tr("show this help") << "\n"
        << "  -v, --version      " << tr("show the version") << "\n\n"
        << tr("Commands:") << "\n";
    for (const Command& c : commandTable())
        out << "  " << c.words.join(' ').leftJustified(18) << " " << c.synopsis << "\n";
    out << "\n" << tr("Run 'kestrel COMMAND --help' for a command's options.") << "\n";
}

} // namespace

std::unique_ptr<workspace::Workspace> CommandContext::openWorkspace() const
{
    QDir().mkpath(QFileInfo(workspacePath).absolutePath());
    return workspace::Workspace::openOrCreate(workspacePath.toStdString());
}

QString defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("default.kestrel"));
}

int runCli(const QStringList& arguments, QString& workspaceOut)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments.mid(1);
    QString workspacePath;

    // Global options may appear anywhere before or after the command words.
    for (int i = 0; i < args.size();) {
        const QString& a = args[i];
        if (a == "--workspace" || a == "-w") {
            if (i + 1 >= args.size()) {
                err << tr("--workspace needs a path") << "\n";
                return 2;
            }
            workspacePath = args[i + 1];
            args.remove(i, 2);
        } else if (a.startsWith("--workspace=")) {
            workspacePath = a.mid(12);
            args.remove(i);
        } else {
            ++i;
        }
    }
    workspaceOut = workspacePath;

    if (args.isEmpty())
        return -1;
    if (args.first() == "--help" || args.first() == "-h" || args.first() == "help") {
        printHelp(out);
        return 0;
    }
    if (args.first() == "--version" || args.first() == "-v") {
        out << "kestrel " << kestrel::version() << "\n";
        return 0;
    }
    if (args.first().startsWith('-')) {
        err << tr("Unknown option: %1").arg(args.first()) << "\n";
        printHelp(err);
        return 2;
    }

    // The longest command whose words start the argument list.
    const Command* best = nullptr;
    for (const Command& c : commandTable()) {
        if (c.words.size() <= args.size() && args.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best) {
        err << tr("Unknown command: %1").arg(args.join(' ')) << "\n";
        printHelp(err);
        return 2;
    }

    CommandContext ctx{args.mid(best->words.size()),
                       workspacePath.isEmpty() ? defaultWorkspacePath() : workspacePath, out, err};
    try {
        const int code = best->run(ctx);
        out.flush();
        err.flush();
        return code;
    } catch (const std::exception& e) {
        out.flush();
        err << tr("kestrel: %1").arg(QString::fromUtf8(e.what())) << "\n";
        return 1;
    }
}

const std::vector<Command>& commandTable()
{
    using namespace kestrel::app::commands;
    static const std::vector<Command> list = {
        {{"version"}, tr("print the version"), version},
    };
    return list;
}

} // namespace kestrel::app
