// The one output-file helper (core/common/OutputFile.h) and the CLI commands
// that write files: no output can overwrite the open workspace or its
// companions, links are written through, devices in place.
#include "common/TestSupport.h"

#include "core/common/Error.h"
#include "core/common/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

#include <sys/stat.h>

using namespace kestrel;
using test::CliRun;
using test::runKestrel;

namespace {

void writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

std::string s(const QString& q)
{
    return q.toStdString();
}

// True when writing `target` is refused as (a file of) the open workspace.
bool refusedAsWorkspace(const QString& target)
{
    try {
        writeOutputFile(s(target), "id,model\n");
    } catch (const UsageError& e) {
        return QString::fromUtf8(e.what()).contains("open workspace");
    }
    return false;
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void refusesProtectedPaths()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath("w.kestrel");
        writeText(ws, "SQLite format 3");
        writeText(ws + "-wal", "wal");
        const QByteArray before = test::fileSha256(ws);
        QVERIFY(QFile::link(ws, dir.filePath("link")));
        std::filesystem::create_hard_link(s(ws), s(dir.filePath("hard")));
        std::filesystem::create_directory(s(dir.filePath("sub")));
        const ProtectedPath guard(s(ws));
        for (const QString& target :
             {ws, dir.filePath("link"), dir.filePath("hard"), ws + "-wal", ws + "-shm",
              ws + "-journal", dir.filePath("sub/../w.kestrel")}) {
            QVERIFY2(refusedAsWorkspace(target), qPrintable(target));
        }
        QCOMPARE(test::fileSha256(ws), before);
        QVERIFY(!QFileInfo::exists(ws + "-shm"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(".part").size(), 0);
    }

    // The import lock files are refused too (issue 8 §3): an output renamed
    // over one would give it a new inode, and two imports could then run at once.
    void refusesImportLockFiles()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath("w.kestrel");
        CliRun r = runKestrel({"--workspace", ws, "log-run", "--model", "BTST", "--status",
                               "completed", "--duration", "1.5"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(ws + "-writers.lock"));
        {
            const ProtectedPath guard(s(ws));
            for (const QString& target : {ws + "-import.lock", ws + "-writers.lock"}) {
                const bool existed = QFileInfo::exists(target);
                QVERIFY2(refusedAsWorkspace(target), qPrintable(target));
                if (existed)
                    QCOMPARE(QFileInfo(target).size(), qint64(0)); // still the empty lock file
            }
        }
        // The CLI, which protects its open workspace, refuses them with exit 2.
        for (const QString& target : {ws + "-import.lock", ws + "-writers.lock"}) {
            r = runKestrel({"--workspace", ws, "runs", "export", "--out", target});
            QVERIFY2(r.exitCode == 2 && r.err.contains("open workspace"),
                     qPrintable(target + ": " + r.err));
        }
    }

    void unprotectedAfterGuard()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath("w.kestrel");
        {
            const ProtectedPath guard(s(ws));
        }
        writeOutputFile(s(ws), "x");
        QCOMPARE(test::readFileText(ws), std::string("x"));
    }

    void symlinkStaysLink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath("real.csv");
        writeText(real, "old");
        QFile::setPermissions(real, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QVERIFY(QFile::link(real, dir.filePath("l.csv")));
        writeOutputFile(s(dir.filePath("l.csv")), "new");
        QVERIFY(QFileInfo(dir.filePath("l.csv")).isSymLink());
        QCOMPARE(test::readFileText(real), std::string("new"));
        QCOMPARE(QFileInfo(real).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::ReadGroup);
        // A dangling link gets its target created, and stays a link.
        QVERIFY(QFile::link(dir.filePath("later.csv"), dir.filePath("d.csv")));
        writeOutputFile(s(dir.filePath("d.csv")), "made");
        QVERIFY(QFileInfo(dir.filePath("d.csv")).isSymLink());
        QCOMPARE(test::readFileText(dir.filePath("later.csv")), std::string("made"));
    }

    void devicesWrittenInPlace()
    {
        writeOutputFile("/dev/null", "nothing");
        struct stat st
        {
        };
        QVERIFY(::stat("/dev/null", &st) == 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }

    void uncommittedLeavesTargetAlone()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("out.csv");
        writeText(target, "old");
        {
            OutputFile f(s(target));
            f.stream() << "half";
        }
        QCOMPARE(test::readFileText(target), std::string("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void folderRefused()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(UsageError, writeOutputFile(s(dir.path()), "x"));
        QVERIFY_THROWS_EXCEPTION(Error, writeOutputFile(s(dir.filePath("missing/out.csv")), "x"));
    }

    // The commands of issue 8 point 1, run as a user would.
    void cliRefusesWorkspaceAsOutput()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath("w.kestrel");
        CliRun r = runKestrel({"--workspace", ws, "log-run", "--model", "BTST", "--symbol",
                               "TCS.NS", "--status", "completed", "--duration", "1.5"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::link(ws, dir.filePath("link.kestrel")));
        const QString csv = dir.filePath("m.csv");
        writeText(
            csv,
            "time,value\n2026-11-01T00:00:00Z,1\n2026-11-02T00:00:00Z,2\n2026-11-03T00:00:00Z,3\n");
        for (const QString& target : {ws, dir.filePath("link.kestrel"), ws + "-wal"}) {
            r = runKestrel({"--workspace", ws, "runs", "export", "--out", target});
            QVERIFY2(r.exitCode == 2 && r.err.contains("open workspace"),
                     qPrintable(target + ": " + r.err));
            r = runKestrel(
                {"--workspace", ws, "detect", "--csv", csv, "--algorithm", "mad", "--out", target});
            QVERIFY2(r.exitCode == 2 && r.err.contains("open workspace"),
                     qPrintable(target + ": " + r.err));
        }
        // (Opening a workspace may touch its header, so compare content, not bytes.)
        QVERIFY(test::readFileText(ws).rfind(std::string("SQLite format 3\0", 16), 0) == 0);
        r = runKestrel({"--workspace", ws, "runs", "stats", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("1"), qPrintable(r.out));
    }

    void cliRefusesEmptyWorkspace()
    {
        for (const QStringList& args : {QStringList{"--workspace", "", "runs", "stats"},
                                        QStringList{"--workspace=", "runs", "stats"}}) {
            const CliRun r = runKestrel(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains("--workspace"));
        }
    }

    void cliRefusesTimesOutOfRange()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath("w.kestrel");
        for (const char* t : {"1e20", "-1e20", "2200-01-01", "1969-12-31T23:59:59Z", "nonsense"}) {
            const CliRun r = runKestrel({"--workspace", ws, "runs", "stats", "--from", t});
            QVERIFY2(r.exitCode == 2 && r.err.contains(QString("'%1'").arg(t)),
                     qPrintable(QString(t) + ": " + r.err));
        }
        const CliRun ok = runKestrel({"--workspace", ws, "runs", "stats", "--from", "2199-12-31"});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    }

    void cliAiHelp()
    {
        QTemporaryDir dir;
        for (const char* sub : {"models", "usage"}) {
            const CliRun r =
                runKestrel({"--workspace", dir.filePath("w.kestrel"), "ai", sub, "--help"});
            QVERIFY2(r.exitCode == 0 && r.out.contains(QString("Usage: kestrel ai %1").arg(sub)),
                     qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "TestOutputFile.moc"
