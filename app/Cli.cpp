#include "app/Cli.h"

#include "core/secrets/WorkspacePasswords.h"

#include "core/Version.h"
#include "core/common/Error.h"
#include "core/common/OutputFile.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::app", text);
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
    // A team workspace URL is no path: nothing to make on disk.
    if (!workspace::WorkspaceUrl::looksLikePostgres(workspacePath.toStdString()))
        QDir().mkpath(QFileInfo(workspacePath).absolutePath());
    return workspace::Workspace::openOrCreate(workspacePath.toStdString());
}

std::unique_ptr<workspace::Workspace> CommandContext::openWorkspaceReadOnly() const
{
    if (!workspace::WorkspaceUrl::looksLikePostgres(workspacePath.toStdString()) &&
        !QFileInfo::exists(workspacePath))
        return openWorkspace();
    return workspace::Workspace::openReadOnly(workspacePath.toStdString());
}

QString defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("default.kestrel"));
}

int runCli(const QStringList& arguments, QString& workspaceOut)
{
    // A team workspace's server that wants a password PGPASSWORD and
    // ~/.pgpass did not give: the keychain entry File › Open team workspace…
    // saved (or the encrypted file, its passphrase from KESTREL_PASSPHRASE).
    {
        secrets::SecretStoreOptions options;
        options.passphrase = secrets::environmentPassphrase();
        secrets::WorkspacePasswords::install(std::make_shared<secrets::WorkspacePasswords>(
            std::make_shared<secrets::SecretStore>(options)));
    }
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
            if (workspacePath.isEmpty()) {
                err << tr("--workspace needs a path, not an empty one") << "\n";
                return 2;
            }
        } else if (a.startsWith("--workspace=")) {
            workspacePath = a.mid(12);
            args.remove(i);
            if (workspacePath.isEmpty()) {
                err << tr("--workspace needs a path, not an empty one") << "\n";
                return 2;
            }
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
    const std::vector<Command> table = commandTable();
    for (const Command& c : table) {
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
    // No output file of this command may overwrite the workspace it works on.
    const ProtectedPath protectedWorkspace(ctx.workspacePath.toStdString());
    try {
        const int code = best->run(ctx);
        out.flush();
        err.flush();
        return code;
    } catch (const UsageError& e) {
        out.flush();
        err << tr("kestrel: %1").arg(QString::fromUtf8(e.what())) << "\n";
        return 2;
    } catch (const std::exception& e) {
        out.flush();
        err << tr("kestrel: %1").arg(QString::fromUtf8(e.what())) << "\n";
        return 1;
    }
}

namespace {

std::vector<Command>& registry()
{
    static std::vector<Command> list;
    return list;
}

int printVersion(CommandContext& ctx)
{
    ctx.out << "kestrel " << kestrel::version() << "\n";
    return 0;
}

} // namespace

KESTREL_COMMAND(version, {"version"}, QT_TRANSLATE_NOOP("Cli", "print the version"), printVersion);

CommandRegistrar::CommandRegistrar(QStringList words, const char* synopsis, CommandFn run)
{
    registry().push_back({std::move(words), QString::fromUtf8(synopsis), std::move(run)});
}

std::vector<Command> commandTable()
{
    std::vector<Command> list = registry();
    for (Command& c : list)
        c.synopsis = QCoreApplication::translate("Cli", c.synopsis.toUtf8().constData());
    std::sort(list.begin(), list.end(), [](const Command& a, const Command& b) {
        return a.words.join(' ') < b.words.join(' ');
    });
    return list;
}

std::optional<QString> takeOption(QStringList& args, const QString& name)
{
    const QString flag = "--" + name;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == flag) {
            if (i + 1 >= args.size())
                throw Error(QString("%1 needs a value").arg(flag).toStdString());
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(flag + "=")) {
            const QString value = args[i].mid(flag.size() + 1);
            args.remove(i);
            return value;
        }
    }
    return std::nullopt;
}

bool takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll("--" + name) > 0;
}

void requireNoMoreArgs(const QStringList& args)
{
    if (!args.isEmpty())
        throw Error(QString("Unexpected argument: %1").arg(args.first()).toStdString());
}

} // namespace kestrel::app
