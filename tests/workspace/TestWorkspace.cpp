#include "common/TestSupport.h"
#include "core/common/Error.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Migrations.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>

#include <functional>
#include <unistd.h>

using namespace kestrel;
using namespace kestrel::workspace;

namespace {

QString refusal(const QString& path)
{
    try {
        Workspace::open(path.toStdString());
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// Runs `check` in a child process without root's power to write anywhere
// (as "nobody" when the test runs as root), so permission refusals are real.
bool asUnprivilegedUser(const std::function<bool()>& check)
{
    if (::geteuid() != 0)
        return check();
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(3);
        ::_exit(check() ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void createsWithCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.kestrel");
        auto ws = Workspace::create(path.toStdString());
        QCOMPARE(ws->schemaVersion(), currentSchemaVersion());
        QCOMPARE(ws->db().queryInt("PRAGMA user_version").value(), qint64(currentSchemaVersion()));
        QCOMPARE(ws->db().queryInt("PRAGMA application_id").value(),
                 qint64(Workspace::kApplicationId));
        QCOMPARE(ws->db().queryInt("PRAGMA foreign_keys").value(), qint64(1));
        auto mode = ws->db().prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(QString::fromStdString(mode.text(0)), QString("wal"));
        // Indexes for time, model and status exist.
        for (const char* index : {"runs_time_agg", "runs_model_time", "runs_status_time"}) {
            auto st = ws->db().prepare(
                "SELECT count(*) FROM sqlite_schema WHERE type='index' AND name=?");
            st.bind(1, index);
            st.step();
            QCOMPARE(st.int64(0), qint64(1));
        }
        // The aggregates over a time range (summary, comparison, per day, per
        // model-hour) and the error patterns read covering indexes, never the
        // wide rows.
        auto plan = [&](const std::string& sql) {
            auto st = ws->db().prepare("EXPLAIN QUERY PLAN " + sql);
            std::string text;
            while (st.step())
                text += st.text(3) + "\n";
            return QString::fromStdString(text);
        };
        const QString profile =
            plan("SELECT model_name, status, execution_duration, accuracy_score, execution_time, "
                 "memory_mb FROM runs WHERE execution_time >= 0 AND execution_time < 10");
        QVERIFY2(profile.contains("COVERING INDEX runs_time_agg"), qPrintable(profile));
        const QString errors =
            plan("SELECT error_template, model_name, symbol, data_source, execution_time, id "
                 "FROM runs WHERE error_template IS NOT NULL");
        QVERIFY2(errors.contains("COVERING INDEX runs_template"), qPrintable(errors));
    }

    void reopensAndKeepsData()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.kestrel").toStdString();
        {
            auto ws = Workspace::create(path);
            runs::RunStore store(ws->db());
            runs::RunRecord r;
            r.model = "BTST";
            r.startedAt = 1709296215250;
            r.durationSec = 1.5;
            store.insert(r);
        }
        auto ws = Workspace::open(path);
        runs::RunStore store(ws->db());
        QCOMPARE(store.count({}), qint64(1));
        QCOMPARE(*store.get(1)->durationSec, 1.5);
    }

    void migratesAnOlderWorkspace()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("old.kestrel").toStdString();
        {
            // A workspace as version 0 left it: marked, but no schema yet.
            Database db(path, Database::Access::ReadWriteCreate);
            db.exec("PRAGMA application_id=" + std::to_string(Workspace::kApplicationId));
        }
        auto ws = Workspace::open(path);
        QCOMPARE(ws->schemaVersion(), currentSchemaVersion());
        QVERIFY(ws->db().queryInt("SELECT count(*) FROM runs").has_value());
    }

    void refusesNonSqliteFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("notes.kestrel");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("model,status\nBTST,completed\n");
        f.close();
        const QByteArray before = test::fileSha256(path);
        const QString message = refusal(path);
        QVERIFY2(message.contains("not a SQLite database"), qPrintable(message));
        QCOMPARE(test::fileSha256(path), before);
        QVERIFY(!QFile::exists(path + "-wal"));
    }

    void refusesOtherApplicationsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("mlflow.db");
        {
            Database db(path.toStdString(), Database::Access::ReadWriteCreate);
            db.exec("CREATE TABLE experiments(id INTEGER)");
        }
        const QByteArray before = test::fileSha256(path);
        const QString message = refusal(path);
        QVERIFY2(message.contains("another application"), qPrintable(message));
        QCOMPARE(test::fileSha256(path), before);
    }

    void refusesNewerWorkspaceUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("future.kestrel");
        {
            auto ws = Workspace::create(path.toStdString());
            ws->db().exec("PRAGMA user_version=" + std::to_string(currentSchemaVersion() + 5));
            ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = test::fileSha256(path);
        const QString message = refusal(path);
        QVERIFY2(message.contains("newer Kestrel"), qPrintable(message));
        QCOMPARE(test::fileSha256(path), before);
    }

    void refusesReadOnlyLocation()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::WriteOther |
                                              QFile::ExeOther);
        const QString path = dir.filePath("ro.kestrel");
        Workspace::create(path.toStdString());
        ::chmod(path.toLocal8Bit().constData(), 0444);
        const QByteArray before = test::fileSha256(path);
        const bool refused = asUnprivilegedUser([&] {
            try {
                Workspace::open(path.toStdString());
            } catch (const Error& e) {
                return std::string(e.what()).find("read-only") != std::string::npos;
            }
            return false;
        });
        QVERIFY(refused);
        QCOMPARE(test::fileSha256(path), before);
    }

    void refusesReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString sub = dir.filePath("locked");
        QVERIFY(QDir().mkpath(sub));
        ::chmod(dir.path().toLocal8Bit().constData(), 0755);
        QVERIFY(::chmod(sub.toLocal8Bit().constData(), 0555) == 0);
        const bool refused = asUnprivilegedUser([&] {
            try {
                Workspace::create((sub + "/new.kestrel").toStdString());
            } catch (const Error& e) {
                return std::string(e.what()).find("cannot be written") != std::string::npos;
            }
            return false;
        });
        QVERIFY(refused);
        QVERIFY(!QFile::exists(sub + "/new.kestrel"));
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.kestrel");
        Workspace::create(path.toStdString());
        QVERIFY_THROWS_EXCEPTION(Error, Workspace::create(path.toStdString()));
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath("s.kestrel").toStdString());
        QCOMPARE(QString::fromStdString(ws->setting("x", "none")), QString("none"));
        ws->setSetting("x", "1");
        ws->setSetting("x", "2");
        QCOMPARE(QString::fromStdString(ws->setting("x")), QString("2"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
