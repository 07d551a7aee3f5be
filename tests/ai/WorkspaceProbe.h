// What the AI suites look at in a workspace from outside a store: where a
// text is stored (a key must be nowhere, and a team workspace has no file to
// read) and the workspace's change token.
#pragma once

#include "core/workspace/Database.h"

#include <QElapsedTimer>
#include <QTest>

#include <string>

namespace kestrel::test {

// The first text column of the AI and settings tables whose value contains
// `text` ("table.column"), or empty when none does. PostgreSQL only
// (strpos); a SQLite test reads the file's bytes instead.
inline std::string columnHolding(workspace::Database& db, const std::string& text)
{
    for (const char* column : {"settings.value", "ai_usage.message", "ai_cache.response",
                               "ai_reports.analysis_content", "ai_reports.answers"}) {
        const std::string c = column;
        workspace::Statement st = db.prepare("SELECT count(*) FROM " + c.substr(0, c.find('.')) +
                                             " WHERE strpos(" + c + ", ?) > 0");
        st.bind(1, text);
        if (st.step() && st.int64(0) > 0)
            return c;
    }
    return {};
}

// The token that moves when another connection commits to the workspace
// (Dialect::changeTokenQuery), read on `db`.
inline std::int64_t changeToken(workspace::Database& db)
{
    return db.queryInt(db.dialect().changeTokenQuery()).value_or(0);
}

// Waits up to `ms` for the change token read on `db` to leave `before`;
// whether it did.
inline bool tokenMoves(workspace::Database& db, std::int64_t before, int ms = 2000)
{
    QElapsedTimer t;
    t.start();
    while (changeToken(db) == before && t.elapsed() < ms)
        QTest::qWait(20);
    return changeToken(db) != before;
}

} // namespace kestrel::test
