// A throw-away PostgreSQL 15 server for the PostgreSQL test suites: a new
// cluster (initdb) in a temp folder, started on a free 127.0.0.1 port, no
// system service, no Unix socket, trust authentication for the one local
// user "kestrel". Stopped and removed when the object goes; the server also
// stops on its own when the test process dies (a watchdog shell reads the
// end of a pipe from the test process).
//
// As root, initdb and postgres refuse to run, so they run as the
// unprivileged user "postgres" (or "nobody") through setpriv.
//
// KESTREL_TEST_PG_URL=postgresql://user@host:port/db uses that server
// instead of starting one. KESTREL_TEST_SKIP_PG=1 is the only way to skip the
// suites: without it a server that cannot be started fails them.
#pragma once

#include <QProcess>
#include <QTest>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kestrel::test {

class PgServer
{
public:
    PgServer() = default;
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    // Starts the server; false with the reason in `error` when it cannot.
    bool start(QString& error);
    void stop();

    // The workspace URL of `schema` on this server.
    QString url(const QString& schema) const;
    // A URL on the same host whose port nothing listens on.
    static QString unusedUrl();
    int port() const { return m_port; }

    static bool skipRequested();

    // A login the server accepts only with its password (scram-sha-256);
    // the tests create the role. Not on an external server.
    static constexpr const char* kPasswordUser = "kestrel_pw";
    bool ownsServer() const { return m_external.isEmpty(); }

private:
    bool startOnce(QString& error);
    QString m_external;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
};

} // namespace kestrel::test

// In initTestCase: starts `server`, or fails the suite loudly (skips it only
// when KESTREL_TEST_SKIP_PG=1 asks for that).
#define KESTREL_START_PG_SERVER(server)                                                            \
    do {                                                                                           \
        if (::kestrel::test::PgServer::skipRequested())                                            \
            QSKIP("PostgreSQL suite SKIPPED because KESTREL_TEST_SKIP_PG=1");                      \
        QString why_;                                                                              \
        if (!(server).start(why_)) {                                                               \
            qCritical("\n*** The PostgreSQL test server could not be started: %s\n*** This suite " \
                      "must run; "                                                                 \
                      "set KESTREL_TEST_SKIP_PG=1 only to skip it knowingly.",                     \
                      qPrintable(why_));                                                           \
            QFAIL("no PostgreSQL test server");                                                    \
        }                                                                                          \
    } while (false)
