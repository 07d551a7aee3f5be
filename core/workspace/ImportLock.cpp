#include "core/workspace/ImportLock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <sstream>
#include <thread>

namespace kestrel::workspace {

namespace {

int openLockFile(const std::string& path)
{
    return ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
}

bool lockFd(int fd, int operation)
{
    for (;;) {
        if (::flock(fd, operation) == 0)
            return true;
        if (errno != EINTR)
            return false;
    }
}

// ImportLocks held by this thread.
thread_local int t_importLocks = 0;

} // namespace

bool thisThreadImports()
{
    return t_importLocks > 0;
}

ImportLock::ImportLock(const std::string& workspacePath, bool wait)
    : m_fd(openLockFile(workspacePath + "-import.lock"))
{
    // Without a lock file (a read-only folder) nobody else can import either.
    if (m_fd < 0)
        return;
    m_held = lockFd(m_fd, LOCK_EX | (wait ? 0 : LOCK_NB));
    if (m_held)
        ++t_importLocks;
}

ImportLock::~ImportLock()
{
    if (m_held)
        --t_importLocks;
    if (m_fd >= 0)
        ::close(m_fd);
}

WriterTurn::WriterTurn(const std::string& workspacePath)
    : m_fd(openLockFile(workspacePath + "-writers.lock"))
{
    if (m_fd >= 0 && !lockFd(m_fd, LOCK_SH | LOCK_NB)) {
        ::close(m_fd);
        m_fd = -1;
    }
}

WriterTurn::~WriterTurn()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void yieldToWriters(const std::string& workspacePath, int maxWaitMs)
{
    const int fd = openLockFile(workspacePath + "-writers.lock");
    if (fd < 0)
        return;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(maxWaitMs);
    // A writer holding its turn is inside SQLite's busy handler or writing;
    // staying out of the write lock until it lets go gives it the lock.
    while (!lockFd(fd, LOCK_EX | LOCK_NB) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ::close(fd);
}

void tidyInterruptedImport(Database& db, const std::string& workspacePath)
{
    const bool staging =
        db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'runs_next'").value_or(0) > 0;
    std::string pending;
    {
        Statement st =
            db.prepare("SELECT value FROM settings WHERE key = 'import_pending_indexes'");
        if (st.step())
            pending = st.text(0);
    }
    if (!staging && pending.empty())
        return;
    const ImportLock lock(workspacePath, false);
    if (!lock.held())
        return; // an import is running: these are its own, not leftovers
    Transaction tx(db);
    if (staging) {
        db.exec("DROP TABLE runs_next");
        // A small import killed while it was published in chunks: the runs
        // it had moved carry an import id that imports does not list yet.
        db.exec("DELETE FROM runs WHERE import_id IS NOT NULL AND import_id NOT IN (SELECT id "
                "FROM imports)");
    }
    std::istringstream lines(pending);
    // Statements end with ';' (an index's SQL may span lines).
    for (std::string sql; std::getline(lines, sql, ';');) {
        if (sql.find_first_not_of(" \n") == std::string::npos)
            continue;
        // The import may have built some of them before it was killed.
        const auto name = sql.find("INDEX ");
        if (name != std::string::npos && sql.compare(name + 6, 14, "IF NOT EXISTS ") != 0)
            sql.insert(name + 6, "IF NOT EXISTS ");
        db.exec(sql);
    }
    db.exec("DELETE FROM settings WHERE key = 'import_pending_indexes'");
    tx.commit();
}

} // namespace kestrel::workspace
