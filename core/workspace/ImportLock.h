#pragma once

#include "core/workspace/Database.h"

#include <string>

namespace kestrel::workspace {

// Cross-process coordination between a bulk import, which commits in chunks
// for minutes, and the short writers (kestrel log-run, the GUI) that must get
// their turn within a second or two. Both are advisory flock(2) locks on small
// side files next to the workspace, released by the kernel when a process
// dies, so a killed import never leaves a stale lock.
//
//   <workspace>-import.lock   held exclusively by the one running import
//   <workspace>-writers.lock  held shared by every short writer that wants to
//                             write; the importer, between two chunks, waits
//                             while anyone holds it.

// The exclusive lock of the running import. One import at a time per
// workspace: a second one waits for the first (wait = true) or is told.
// While it is held, the holding thread's Transactions take no WriterTurn
// (the import must not wait for itself between its chunks).
class ImportLock
{
public:
    // wait false: held() says whether the lock was free.
    ImportLock(const std::string& workspacePath, bool wait);
    ~ImportLock();
    ImportLock(const ImportLock&) = delete;
    ImportLock& operator=(const ImportLock&) = delete;
    bool held() const { return m_fd >= 0 && m_held; }

private:
    int m_fd = -1;
    bool m_held = false;
};

// Held by a short writer while it writes: tells a running import to pause
// at its next chunk boundary until the writer is done. Never blocks. Every
// Transaction on a workspace file takes one (Database.cpp), so every writer
// (log-run, reviews, detection, AI reports, settings) gets its turn.
class WriterTurn
{
public:
    explicit WriterTurn(const std::string& workspacePath);
    ~WriterTurn();
    WriterTurn(const WriterTurn&) = delete;
    WriterTurn& operator=(const WriterTurn&) = delete;

private:
    int m_fd = -1;
};

// True while this thread holds an ImportLock.
bool thisThreadImports();

// Called by the importer between two committed chunks: returns once no
// short writer holds its WriterTurn, or after maxWaitMs (so a stream of
// writers slows an import down but never stops it).
void yieldToWriters(const std::string& workspacePath, int maxWaitMs = 300);

// What a killed import leaves, put right when no import is running: drops
// the staging table runs_next with the runs a chunked publish had already
// moved (their import is not in imports yet) and builds the indexes a published bulk import
// had not rebuilt yet (listed in the setting import_pending_indexes). Called
// by Workspace::open; does nothing (and writes nothing) when all is tidy.
void tidyInterruptedImport(Database& db, const std::string& workspacePath);

} // namespace kestrel::workspace
