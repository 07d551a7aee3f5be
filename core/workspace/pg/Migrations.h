#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kestrel::workspace::pg {

class Connection;

// The PostgreSQL backend's schema steps, versioned on their own (step i gives
// version i + 1). Version 1 holds the same tables, columns and indexes as the
// SQLite workspace at its schema version 5 (core/workspace/Migrations.cpp);
// each later step mirrors one SQLite step (2 = SQLite 6, 3 = SQLite 7).
// The version lives in the table kestrel_schema_version of the workspace's schema.
const std::vector<std::string_view>& migrations();
int currentSchemaVersion();

// What a schema on the server holds.
struct SchemaInfo
{
    enum class State
    {
        Missing,
        Empty,
        Foreign,
        Kestrel
    };
    State state = State::Missing;
    int version = 0; // Kestrel: the stored schema version
};

SchemaInfo inspectSchema(Connection& connection, const std::string& schema);

// Creates a team workspace in `schema` at the current version, in the
// caller's transaction when there is one. Refuses a schema that holds
// anything (another application's tables, or a Kestrel workspace already).
void createSchema(Connection& connection, const std::string& schema);

// Checks that `schema` holds a Kestrel workspace this build can write and
// migrates an older one; refuses a missing schema, another application's and
// a newer Kestrel's without writing to it. Returns the schema version. Sets
// the connection's search_path to the schema.
int openSchema(Connection& connection, const std::string& schema);

} // namespace kestrel::workspace::pg
