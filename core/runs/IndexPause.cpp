#include "core/runs/IndexPause.h"

#include "core/common/Error.h"
#include "core/workspace/IndexBuild.h"

namespace kestrel::runs {

IndexPause::IndexPause(workspace::Database& db) : m_db(db)
{
    // SQLite only: PostgreSQL keeps its indexes through a COPY, and its
    // catalogue is not sqlite_master.
    if (!db.handle())
        return;
    std::vector<std::string> names;
    {
        workspace::Statement st = db.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'runs' "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name");
        while (st.step()) {
            names.push_back(st.text(0));
            m_sql.push_back(st.text(1));
        }
    }
    for (const std::string& name : names)
        db.exec("DROP INDEX \"" + name + "\"");
}

void IndexPause::restore()
{
    if (m_sql.empty())
        return;
    const workspace::IndexBuildSettings sorting(m_db);
    for (const std::string& sql : m_sql)
        m_db.exec(sql);
    m_sql.clear();
}

} // namespace kestrel::runs
