#include "common/TestBackend.h"

#include "common/PgServer.h"
#include "core/workspace/Workspace.h"

#include <atomic>
#include <memory>

namespace kestrel::test {

namespace {

PgServer& server()
{
    static PgServer s;
    return s;
}

bool& started()
{
    static bool s = false;
    return s;
}

// A schema name no other workspace of this process has used: a plain
// lower-case identifier, as WorkspaceUrl requires.
QString freshSchema(const QString& name)
{
    static std::atomic<int> counter{0};
    QString base = name.toLower();
    for (QChar& c : base)
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = '_';
    return QStringLiteral("t%1_%2").arg(++counter).arg(base.left(40));
}

} // namespace

bool onPostgres()
{
    return qgetenv("KESTREL_TEST_BACKEND") == "postgres";
}

const char* backendName()
{
    return onPostgres() ? "PostgreSQL" : "SQLite";
}

bool startBackend(QString& error)
{
    if (!onPostgres() || started())
        return true;
    started() = server().start(error);
    return started();
}

std::string unusedWorkspace(const QTemporaryDir& dir, const QString& name)
{
    if (!onPostgres())
        return dir.filePath(name + ".kestrel").toStdString();
    if (!started())
        qFatal("newWorkspace before KESTREL_START_BACKEND()");
    return server().url(freshSchema(name)).toStdString();
}

std::string newWorkspace(const QTemporaryDir& dir, const QString& name)
{
    const std::string location = unusedWorkspace(dir, name);
    workspace::Workspace::create(location);
    return location;
}

} // namespace kestrel::test
