#pragma once

#include <string>

namespace kestrel::workspace {

class Database;

// Who is acting, for the audit trail (review events and the like): on a
// PostgreSQL team workspace the connection's role (`current_user`), which is
// what the server itself knows the person as; on a SQLite file the OS login
// name. Never empty.
std::string actingUser(Database& db);

// The OS login name ($USER, else the password entry of the effective uid,
// else "uid N").
std::string osUserName();

} // namespace kestrel::workspace
