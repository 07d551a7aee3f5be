// Helpers shared by the test folders: the real kestrel binary run as a user
// would, and file contents read back for comparison.
#pragma once

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

} // namespace kestrel::test
