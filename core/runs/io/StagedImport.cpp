#include "core/runs/io/StagedImport.h"

#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/workspace/CurrentUser.h"
#include "core/workspace/IndexBuild.h"

namespace kestrel::runs::io {

using workspace::Statement;

namespace {

// The runs table's columns but its id, in table order.
std::string columnsButId(workspace::Database& db)
{
    std::string cols;
    Statement st =
        db.prepare("SELECT name FROM pragma_table_info('runs') WHERE name <> 'id' ORDER BY cid");
    while (st.step())
        cols += (cols.empty() ? "" : ", ") + st.text(0);
    return cols;
}

} // namespace

StagedImport::StagedImport(workspace::Database& db, bool bulk)
    : m_db(db), m_path(db.path()), m_lock(m_path, true), m_bulk(bulk), m_startedAt(nowMs())
{
    // Each chunk's commit would otherwise copy the grown log back into the
    // file with an fsync (about 30 for a million runs, tripling the time);
    // the import checkpoints once at its end.
    m_autoCheckpoint = db.queryInt("PRAGMA wal_autocheckpoint").value_or(1000);
    db.exec("PRAGMA wal_autocheckpoint=0");
    if (workspace::isFileDatabase(m_path))
        workspace::tidyInterruptedImport(db, m_path);
    else
        db.exec("DROP TABLE IF EXISTS runs_next");
    std::string ddl;
    {
        Statement st =
            db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'runs'");
        if (!st.step())
            throw Error("The workspace has no runs table.");
        ddl = st.text(0);
    }
    const auto paren = ddl.find('(');
    begin();
    db.exec(std::string("CREATE TABLE ") + kTable + " " + ddl.substr(paren));
    commit();
    m_importId = db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM imports").value_or(1);
    if (m_bulk) {
        Statement st = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name "
                                  "= 'runs' AND sql IS NOT NULL "
                                  "ORDER BY name");
        while (st.step())
            m_indexSql.push_back(st.text(0));
        st = {};
        copyExisting();
        m_firstId = m_copiedMax + 1;
    }
}

StagedImport::~StagedImport()
{
    try {
        if (!m_published) {
            if (m_inTx)
                m_db.exec("ROLLBACK");
            if (m_publishing) {
                // Failed while published in chunks: take back what was moved.
                Statement undo = m_db.prepare("DELETE FROM runs WHERE import_id = ?");
                undo.bind(1, m_importId).run();
            }
            m_db.exec(std::string("DROP TABLE IF EXISTS ") + kTable);
        }
        m_db.exec("PRAGMA wal_autocheckpoint=" + std::to_string(m_autoCheckpoint));
        // One pass, not waiting for readers; what they still use is copied later.
        m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (...) { // Workspace::open drops the table next time
    }
}

void StagedImport::begin()
{
    m_db.exec("BEGIN IMMEDIATE");
    m_inTx = true;
    m_rowsInChunk = 0;
}

void StagedImport::commit()
{
    m_db.exec("COMMIT");
    m_inTx = false;
}

void StagedImport::pause()
{
    if (workspace::isFileDatabase(m_path))
        workspace::yieldToWriters(m_path);
}

void StagedImport::beforeWrite(std::size_t rows)
{
    if (m_inTx && m_rowsInChunk >= kChunkRuns) {
        commit();
        pause();
    }
    if (!m_inTx)
        begin();
    m_rowsInChunk += static_cast<std::int64_t>(rows);
}

void StagedImport::endWrites()
{
    if (m_inTx)
        commit();
}

// Copies the runs the workspace holds into the staging table, a chunk per
// transaction; runs logged meanwhile are picked up by the next chunk or by
// publish().
void StagedImport::copyExisting()
{
    Statement copy = m_db.prepare(std::string("INSERT INTO ") + kTable +
                                  " SELECT * FROM runs WHERE id > ? ORDER BY id LIMIT " +
                                  std::to_string(kChunkRuns * 2));
    for (;;) {
        begin();
        copy.bind(1, m_copiedMax).run();
        const std::int64_t copied = m_db.changes();
        m_copiedMax =
            m_db.queryInt(std::string("SELECT coalesce(max(id), 0) FROM ") + kTable).value_or(0);
        commit();
        if (copied == 0)
            break;
        pause();
    }
}

void StagedImport::publish(const ImportRecord& record)
{
    endWrites();
    const std::string cols = columnsButId(m_db);
    auto move = [&](std::int64_t from, std::int64_t to) {
        Statement st = m_db.prepare("INSERT INTO runs(" + cols + ") SELECT " + cols + " FROM " +
                                    kTable + " WHERE id > ? AND id <= ? ORDER BY id");
        st.bind(1, from).bind(2, to).run();
    };
    const std::int64_t last =
        m_db.queryInt(std::string("SELECT coalesce(max(id), 0) FROM ") + kTable).value_or(0);
    // A small import of up to kAtomicPublishRuns moves in the transaction that
    // records it: readers see all of it or none.
    const bool atomic = m_bulk || last <= kAtomicPublishRuns;
    if (!atomic) {
        // Into runs, whose indexes take the rows one by one, in chunks of
        // kPublishChunkRuns with the writers' turn between two: one transaction for
        // a 500,000-run import kept log-run waiting for seconds. Readers see
        // the import grow while it is published; a kill leaves the moved runs
        // without a row in imports, and Workspace::open removes them.
        m_publishing = true;
        for (std::int64_t from = 0; from < last; from += kPublishChunkRuns) {
            begin();
            move(from, from + kPublishChunkRuns);
            commit();
            pause();
        }
    }
    begin();
    if (!m_bulk && atomic)
        move(0, last);
    if (m_bulk) {
        // Runs logged while the import ran follow it, numbered after its runs.
        Statement late = m_db.prepare(std::string("INSERT INTO ") + kTable + "(" + cols +
                                      ") SELECT " + cols + " FROM runs WHERE id > ? ORDER BY id");
        late.bind(1, m_copiedMax).run();
        std::string pending;
        for (const std::string& sql : m_indexSql)
            pending += sql + ";\n";
        Statement setting =
            m_db.prepare("INSERT INTO settings(key, value) VALUES('import_pending_indexes', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        setting.bind(1, pending).run();
        m_db.exec("DROP TABLE runs");
        m_db.exec(std::string("ALTER TABLE ") + kTable + " RENAME TO runs");
    } else {
        m_db.exec(std::string("DROP TABLE ") + kTable);
    }
    Statement rec = m_db.prepare(
        "INSERT INTO imports(id, source, format, started_at, finished_at, imported, duplicates, "
        "rejected, skipped, user_name) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    rec.bind(1, m_importId)
        .bind(2, record.source)
        .bind(3, record.format)
        .bind(4, m_startedAt)
        .bind(5, nowMs())
        .bind(6, record.imported)
        .bind(7, record.duplicates)
        .bind(8, record.rejected)
        .bind(9, record.skipped)
        .bind(10, workspace::actingUser(m_db))
        .run();
    commit();
    m_published = true;
    if (m_bulk)
        rebuildIndexes();
}

// One index per transaction, the writers waiting between two. Building an
// index once by sorting is far cheaper than updating it row by row.
void StagedImport::rebuildIndexes()
{
    const workspace::IndexBuildSettings sorting(m_db);
    for (std::size_t i = 0; i < m_indexSql.size(); ++i) {
        pause();
        begin();
        m_db.exec(m_indexSql[i]);
        if (i + 1 == m_indexSql.size())
            m_db.exec("DELETE FROM settings WHERE key = 'import_pending_indexes'");
        commit();
    }
}

} // namespace kestrel::runs::io
