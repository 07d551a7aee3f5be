#include "core/runs/io/IndexPause.h"

namespace kestrel::runs::io {

IndexPause::IndexPause(workspace::Database& db) : m_db(db)
{
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
    for (const std::string& sql : m_sql)
        m_db.exec(sql);
    m_sql.clear();
}

} // namespace kestrel::runs::io
