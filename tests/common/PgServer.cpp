#include "PgServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QThread>

#include <libpq-fe.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kestrel::test {

namespace {

QString binDir()
{
    const QString env = qEnvironmentVariable("KESTREL_PG_BINDIR");
    return env.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : env;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The setpriv arguments that drop root to an unprivileged user; none when the
// tests do not run as root.
QStringList dropRoot(uid_t& uid, gid_t& gid)
{
    uid = getuid();
    gid = getgid();
    if (geteuid() != 0)
        return {};
    const passwd* pw = getpwnam("postgres");
    if (!pw)
        pw = getpwnam("nobody");
    if (!pw)
        return {};
    uid = pw->pw_uid;
    gid = pw->pw_gid;
    return {QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(gid),
            QStringLiteral("--clear-groups")};
}

QString tail(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(1500));
}

} // namespace

PgServer::~PgServer()
{
    stop();
}

bool PgServer::skipRequested()
{
    return qEnvironmentVariable("KESTREL_TEST_SKIP_PG") == QLatin1String("1");
}

QString PgServer::url(const QString& schema) const
{
    const QString base =
        m_external.isEmpty()
            ? QStringLiteral("postgresql://kestrel@127.0.0.1:%1/postgres").arg(m_port)
            : m_external;
    return base + (base.contains('?') ? "&" : "?") + "schema=" + schema;
}

QString PgServer::unusedUrl()
{
    return QStringLiteral("postgresql://kestrel@127.0.0.1:%1/postgres?schema=team").arg(freePort());
}

bool PgServer::start(QString& error)
{
    m_external = qEnvironmentVariable("KESTREL_TEST_PG_URL");
    if (!m_external.isEmpty())
        return true;
    // A port taken between the probe and the server's bind: try another.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce(error))
            return true;
        stop();
    }
    return false;
}

bool PgServer::startOnce(QString& error)
{
    const QString initdb = binDir() + "/initdb";
    if (!QFileInfo(initdb).isExecutable()) {
        error = QStringLiteral(
                    "%1 not found: install the Debian package postgresql (scripts/setup does)")
                    .arg(initdb);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + "/kestrel-pg-XXXXXX");
    if (!m_dir->isValid()) {
        error = QStringLiteral("cannot create a temp folder: %1").arg(m_dir->errorString());
        return false;
    }
    uid_t uid = 0;
    gid_t gid = 0;
    const QStringList as = dropRoot(uid, gid);
    if (geteuid() == 0 && as.isEmpty()) {
        error = QStringLiteral(
            "running as root and there is no user postgres or nobody to run the server as");
        return false;
    }
    const QString data = m_dir->path() + "/data";
    const QString log = m_dir->path() + "/server.log";
    if (chown(QFile::encodeName(m_dir->path()).constData(), uid, gid) != 0) {
        error = QStringLiteral("cannot hand %1 to the server's user").arg(m_dir->path());
        return false;
    }

    QProcess init;
    init.setProcessChannelMode(QProcess::MergedChannels);
    init.start(QStringLiteral("setpriv"),
               as + QStringList{"--", initdb, "-D", data, "-U", "kestrel", "-A", "trust", "-E",
                                "UTF8", "--no-locale", "--no-sync"});
    if (!init.waitForFinished(120'000) || init.exitStatus() != QProcess::NormalExit ||
        init.exitCode() != 0) {
        error =
            QStringLiteral("initdb failed: %1").arg(QString::fromUtf8(init.readAll()).right(1500));
        return false;
    }

    // One login that must give a password (the keychain tests): scram
    // before the trust rule initdb wrote for everyone else.
    {
        QFile hba(data + "/pg_hba.conf");
        if (!hba.open(QIODevice::ReadWrite)) {
            error = QStringLiteral("cannot edit %1").arg(hba.fileName());
            return false;
        }
        const QByteArray rules = hba.readAll();
        hba.seek(0);
        hba.resize(0);
        hba.write("host all " + QByteArray(kPasswordUser) + " 127.0.0.1/32 scram-sha-256\n" +
                  rules);
    }

    m_port = freePort();
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(log);
    // A shell between us and the server holds our end of its stdin: when the
    // test process ends in any way, the pipe closes and the shell stops the
    // server (fast shutdown) and removes its folder. setpriv's own
    // --pdeathsig does not survive the change of user.
    const QString watchdog = QStringLiteral(
        "dir=$1; shift; \"$@\" & pid=$!; read -r _; kill -INT $pid; wait $pid; rm -rf \"$dir\"");
    m_server->start(QStringLiteral("sh"),
                    QStringList{"-c", watchdog, "sh", m_dir->path(), "setpriv"} + as +
                        QStringList{"--", binDir() + "/postgres", "-D", data, "-p",
                                    QString::number(m_port), "-c", "listen_addresses=127.0.0.1",
                                    "-c", "unix_socket_directories=", "-c", "fsync=off", "-c",
                                    "synchronous_commit=off", "-c", "full_page_writes=off"});
    if (!m_server->waitForStarted(10'000)) {
        error = QStringLiteral("cannot start postgres: %1").arg(m_server->errorString());
        return false;
    }
    const QByteArray conninfo =
        QStringLiteral("host=127.0.0.1 port=%1 user=kestrel dbname=postgres connect_timeout=2")
            .arg(m_port)
            .toUtf8();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30'000) {
        if (PQping(conninfo.constData()) == PQPING_OK)
            return true;
        if (m_server->state() == QProcess::NotRunning) {
            error = QStringLiteral("postgres stopped while starting:\n%1").arg(tail(log));
            return false;
        }
        QThread::msleep(50);
    }
    error = QStringLiteral("postgres did not accept connections within 30 s:\n%1").arg(tail(log));
    return false;
}

void PgServer::stop()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        m_server->closeWriteChannel(); // the watchdog shell stops the server
        if (!m_server->waitForFinished(30'000)) {
            m_server->kill();
            m_server->waitForFinished(5'000);
        }
    }
    m_server.reset();
    m_dir.reset();
}

} // namespace kestrel::test
