#include "core/workspace/IndexBuild.h"

#include "core/common/Error.h"

#include <string>

namespace kestrel::workspace {

IndexBuildSettings::IndexBuildSettings(Database& db)
    : m_db(db), m_cacheSize(db.queryInt("PRAGMA cache_size").value_or(-2000)),
      m_threads(db.queryInt("PRAGMA threads").value_or(0)),
      m_tempStore(db.queryInt("PRAGMA temp_store").value_or(0))
{
    m_db.exec("PRAGMA threads=2");
    try {
        m_db.exec("PRAGMA temp_store=FILE");
    } catch (const Error&) {
        m_tempChanged = false;
    }
    m_db.exec("PRAGMA cache_size=-4096");
}

IndexBuildSettings::~IndexBuildSettings()
{
    try {
        m_db.exec("PRAGMA cache_size=" + std::to_string(m_cacheSize));
        if (m_tempChanged)
            m_db.exec("PRAGMA temp_store=" + std::to_string(m_tempStore));
        m_db.exec("PRAGMA threads=" + std::to_string(m_threads));
    } catch (const Error&) {
        // The connection is failing; its settings go with it.
    }
}

} // namespace kestrel::workspace
