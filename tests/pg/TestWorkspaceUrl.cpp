// WorkspaceUrl: a SQLite path or a postgresql:// URL, never with a password.
#include "core/common/Error.h"
#include "core/workspace/WorkspaceUrl.h"

#include <QTest>

using kestrel::workspace::WorkspaceUrl;

class TestWorkspaceUrl : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePath()
    {
        const auto url = WorkspaceUrl::parse("/home/ana/runs.kestrel");
        QVERIFY(!url.isPostgres());
        QCOMPARE(url.path(), std::string("/home/ana/runs.kestrel"));
        QCOMPARE(url.display(), std::string("/home/ana/runs.kestrel"));
    }

    void postgres_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("display");
        QTest::newRow("full") << "postgresql://ana@db.example.org:6543/analytics?schema=team"
                              << "db.example.org" << 6543 << "ana"
                              << "analytics"
                              << "team"
                              << "postgresql://ana@db.example.org:6543/analytics?schema=team";
        QTest::newRow("defaults") << "postgres://db"
                                  << "db" << 5432 << ""
                                  << ""
                                  << "kestrel"
                                  << "postgresql://db:5432/?schema=kestrel";
        QTest::newRow("ipv6") << "postgresql://bo@[::1]:5433/x?schema=t2"
                              << "::1" << 5433 << "bo"
                              << "x"
                              << "t2"
                              << "postgresql://bo@[::1]:5433/x?schema=t2";
        QTest::newRow("escaped user") << "postgresql://ana%40corp@h/d"
                                      << "h" << 5432 << "ana@corp"
                                      << "d"
                                      << "kestrel"
                                      << "postgresql://ana%40corp@h:5432/d?schema=kestrel";
    }

    void postgres()
    {
        QFETCH(QString, text);
        const auto url = WorkspaceUrl::parse(text.toStdString());
        QVERIFY(url.isPostgres());
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, schema);
        QFETCH(QString, display);
        QCOMPARE(QString::fromStdString(url.host()), host);
        QCOMPARE(url.port(), port);
        QCOMPARE(QString::fromStdString(url.user()), user);
        QCOMPARE(QString::fromStdString(url.database()), database);
        QCOMPARE(QString::fromStdString(url.schema()), schema);
        QCOMPARE(QString::fromStdString(url.display()), display);
        // What display() gives parses back to the same workspace.
        QCOMPARE(WorkspaceUrl::parse(url.display()).display(), url.display());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("password") << "postgresql://ana:secret@h/d"
                                  << "PGPASSWORD";
        QTest::newRow("password parameter") << "postgresql://ana@h/d?password=secret"
                                            << "PGPASSWORD";
        QTest::newRow("upper-case schema") << "postgresql://h/d?schema=Team"
                                           << "lower-case";
        QTest::newRow("system schema") << "postgresql://h/d?schema=pg_catalog"
                                       << "pg_";
        QTest::newRow("quote in schema") << "postgresql://h/d?schema=a%22b"
                                         << "lower-case";
        QTest::newRow("bad port") << "postgresql://h:99999/d"
                                  << "bad port";
        QTest::newRow("unknown parameter") << "postgresql://h/d?sslcert=x"
                                           << "unknown parameter";
        QTest::newRow("bad escape") << "postgresql://h/d%zz"
                                    << "%-escape";
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            WorkspaceUrl::parse(text.toStdString());
            QFAIL("accepted");
        } catch (const kestrel::Error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
            QVERIFY2(!QString::fromUtf8(e.what()).contains("secret"),
                     "the password appears in the message");
        }
    }

    void conninfoCarriesSchemaNotPassword()
    {
        const auto url = WorkspaceUrl::parse("postgresql://ana@h:5/d?schema=team&sslmode=require");
        const QString info = QString::fromStdString(url.conninfo());
        QVERIFY2(info.contains("host='h' port=5 user='ana' dbname='d' sslmode='require'"),
                 qPrintable(info));
        QVERIFY2(info.contains("options='-c search_path=team'"), qPrintable(info));
        QVERIFY(!info.contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceUrl)
#include "TestWorkspaceUrl.moc"
