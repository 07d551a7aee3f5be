#pragma once

// Shared helpers for the import/export tests: a fresh workspace in a temporary
// folder, file writing, and an import that reports its ImportError.

#include "core/runs/RunStore.h"
#include "core/runs/io/RunImport.h"
#include "core/workspace/Workspace.h"
#include "common/TestBackend.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <string>

namespace iotest {

// On the suite's backend (tests/common/TestBackend.h): the file `name` in
// `dir`, or a new schema named after it.
inline std::unique_ptr<kestrel::workspace::Workspace>
newWorkspace(const QTemporaryDir& dir, const QString& name = "ws.kestrel")
{
    return kestrel::workspace::Workspace::open(
        kestrel::test::newWorkspace(dir, QString(name).remove(QStringLiteral(".kestrel"))));
}

// The location of a new workspace for the CLI to work on (created empty, so
// a team workspace's schema exists).
inline QString newLocation(const QTemporaryDir& dir, const QString& name = "ws.kestrel")
{
    return QString::fromStdString(
        kestrel::test::newWorkspace(dir, QString(name).remove(QStringLiteral(".kestrel"))));
}

// Whether the workspace has a table of that name.
inline bool hasTable(kestrel::workspace::Database& db, const std::string& table)
{
    kestrel::workspace::Statement st =
        db.prepare(kestrel::test::onPostgres()
                       ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                         "current_schema() AND table_name = ?"
                       : "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
    st.bind(1, table);
    return st.step() && st.int64(0) > 0;
}

inline std::string writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path.toStdString();
}

inline std::int64_t runCount(kestrel::workspace::Database& db)
{
    return db.queryInt("SELECT count(*) FROM runs").value_or(-1);
}

inline kestrel::runs::ImportResult importFile(kestrel::workspace::Database& db,
                                              const std::string& path,
                                              kestrel::runs::ImportFormat format,
                                              kestrel::runs::ImportOptions options = {})
{
    options.format = format;
    kestrel::Feedback feedback;
    return kestrel::runs::importRuns(db, path, options, feedback);
}

struct Failure
{
    std::int64_t line = -1;
    std::int64_t column = -1;
    QString message;
};

// The ImportError an import throws, or nothing when it succeeds.
inline std::optional<Failure> importFailure(kestrel::workspace::Database& db,
                                            const std::string& path,
                                            kestrel::runs::ImportFormat format)
{
    try {
        importFile(db, path, format);
    } catch (const kestrel::runs::ImportError& e) {
        return Failure{e.line(), e.column(), QString::fromUtf8(e.what())};
    }
    return std::nullopt;
}

// Every run, oldest first, with all fields.
inline std::vector<kestrel::runs::RunRecord> allRuns(kestrel::workspace::Database& db)
{
    kestrel::runs::RunStore store(db);
    std::vector<kestrel::runs::RunRecord> out;
    store.forEach({}, {kestrel::runs::RunSortColumn::Id, false},
                  [&](const kestrel::runs::RunRecord& r) {
                      out.push_back(r);
                      return true;
                  });
    return out;
}

} // namespace iotest
