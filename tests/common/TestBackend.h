// Runs a store or service suite against the backend CTest chose: a SQLite
// file, or a schema on a throw-away PostgreSQL server when
// KESTREL_TEST_BACKEND=postgres (kestrel_add_backend_test registers both).
// The suite calls KESTREL_START_BACKEND() in initTestCase and makes each
// workspace with newWorkspace(); everything else is the same code on both.
#pragma once

#include "common/PgServer.h"

#include <QString>
#include <QTemporaryDir>

#include <string>

namespace kestrel::test {

// True when this run of the suite is against PostgreSQL.
bool onPostgres();

// "SQLite" or "PostgreSQL", for messages.
const char* backendName();

// Starts the PostgreSQL server once per process when the suite runs against
// it; false with the reason when it cannot start. On SQLite: true.
bool startBackend(QString& error);

// The location of a new workspace created with Workspace::create: a file
// `name`.kestrel in `dir`, or a new schema on the suite's server.
std::string newWorkspace(const QTemporaryDir& dir, const QString& name);

// The location of a workspace that does not exist yet (a file in `dir` that
// is not there, or a schema never created), for code that creates its own.
std::string unusedWorkspace(const QTemporaryDir& dir, const QString& name);

} // namespace kestrel::test

// In initTestCase: starts the suite's backend or fails the suite loudly
// (KESTREL_TEST_SKIP_PG=1 skips the PostgreSQL run knowingly).
#define KESTREL_START_BACKEND()                                                                    \
    do {                                                                                           \
        if (::kestrel::test::onPostgres() && ::kestrel::test::PgServer::skipRequested())           \
            QSKIP("PostgreSQL run SKIPPED because KESTREL_TEST_SKIP_PG=1");                        \
        QString why_;                                                                              \
        if (!::kestrel::test::startBackend(why_)) {                                                \
            qCritical("\n*** The PostgreSQL test server could not be started: %s",                 \
                      qPrintable(why_));                                                           \
            QFAIL("no PostgreSQL test server");                                                    \
        }                                                                                          \
    } while (false)
