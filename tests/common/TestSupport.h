// Helpers shared by the test folders: the real kestrel binary run as a user
// would, and file contents read back for comparison.
#pragma once

#include "core/workspace/Database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <string>

namespace kestrel::test {

// What one run of the kestrel binary gave back; exitCode is -1 when it timed
// out or crashed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString kestrelBinary()
{
    return QStringLiteral(KESTREL_BINARY_DIR "/app/kestrel");
}

// Runs the real kestrel binary, as a user would.
inline CliRun runKestrel(const QStringList& args, int timeoutMs = 120'000)
{
    QProcess p;
    p.start(kestrelBinary(), args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// SHA-256 of a file's bytes, empty when it cannot be read.
inline QByteArray fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A file's bytes as a string, empty when it cannot be read.
inline std::string readFileText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

// Flips 64 bytes of the first index page of the runs table in the workspace
// file at `path` (closed), as a disk or another program could: SQLite's
// integrity check then fails. False when there is no such page.
inline bool damageRunsIndexPage(const QString& path)
{
    std::int64_t page = 0;
    std::int64_t pageSize = 0;
    {
        workspace::Database db(path.toStdString(), workspace::Database::Access::ReadOnly);
        page =
            db.queryInt("SELECT rootpage FROM sqlite_schema WHERE type='index' AND tbl_name='runs' "
                        "AND sql IS NOT NULL ORDER BY name LIMIT 1")
                .value_or(0);
        pageSize = db.queryInt("PRAGMA page_size").value_or(0);
    }
    QFile f(path);
    if (page <= 1 || !f.open(QIODevice::ReadWrite) || !f.seek((page - 1) * pageSize))
        return false;
    QByteArray bytes = f.read(64);
    for (char& c : bytes)
        c = static_cast<char>(~c);
    return f.seek((page - 1) * pageSize) && f.write(bytes) == bytes.size();
}

} // namespace kestrel::test
