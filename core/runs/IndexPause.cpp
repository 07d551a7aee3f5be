#include "core/runs/IndexPause.h"

#include "core/common/Error.h"

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
    // SQLite's sorter hands full batches to a second thread only when they
    // outgrow its memory, which follows cache_size, and only when its
    // temporary files may be real files: a small cache and file temp storage
    // for the rebuild let both cores sort (~25 % off the rebuild of 1M runs).
    const std::int64_t cacheSize = m_db.queryInt("PRAGMA cache_size").value_or(-2000);
    const std::int64_t threads = m_db.queryInt("PRAGMA threads").value_or(0);
    const std::int64_t tempStore = m_db.queryInt("PRAGMA temp_store").value_or(0);
    m_db.exec("PRAGMA threads=2");
    // SQLite refuses the change inside a transaction once the connection has
    // used its temporary database (e.g. for the integrity check on opening);
    // the rebuild then sorts in memory, on one thread.
    bool tempChanged = true;
    try {
        m_db.exec("PRAGMA temp_store=FILE");
    } catch (const Error&) {
        tempChanged = false;
    }
    m_db.exec("PRAGMA cache_size=-4096");
    for (const std::string& sql : m_sql)
        m_db.exec(sql);
    m_sql.clear();
    m_db.exec("PRAGMA cache_size=" + std::to_string(cacheSize));
    if (tempChanged)
        m_db.exec("PRAGMA temp_store=" + std::to_string(tempStore));
    m_db.exec("PRAGMA threads=" + std::to_string(threads));
}

} // namespace kestrel::runs
