#pragma once

#include <string>
#include <string_view>

namespace kestrel::workspace {

// Where a workspace lives: a SQLite file (`path.kestrel`) or a schema on a
// PostgreSQL server (`postgresql://user@host:port/db?schema=team`).
//
// A URL with a password is refused: Kestrel never stores or logs one. The
// password comes from PGPASSWORD, ~/.pgpass (libpq reads both) or, later, the
// keychain. Only `schema`, `sslmode` and `connect_timeout` are accepted as
// query parameters; the schema name is a plain lower-case identifier
// (default "kestrel") so it never needs quoting in a message.
class WorkspaceUrl
{
public:
    enum class Kind
    {
        SqliteFile,
        Postgres
    };

    // Throws kestrel::Error saying what is wrong with `text`.
    static WorkspaceUrl parse(std::string_view text);
    static bool looksLikePostgres(std::string_view text);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // SQLite: the file's path.
    const std::string& path() const { return m_path; }

    // PostgreSQL parts; empty user or database: libpq's defaults (the login name).
    const std::string& host() const { return m_host; }
    int port() const { return m_port; }
    const std::string& user() const { return m_user; }
    const std::string& database() const { return m_database; }
    const std::string& schema() const { return m_schema; }

    // libpq's key=value connection string, with search_path set to the schema.
    std::string conninfo() const;
    // The URL as Kestrel shows and stores it (the path for a SQLite file).
    std::string display() const;
    // The name the login's password is kept under in the keychain.
    std::string credentialName() const;

private:
    Kind m_kind = Kind::SqliteFile;
    std::string m_path;
    std::string m_host = "localhost";
    int m_port = 5432;
    std::string m_user;
    std::string m_database;
    std::string m_schema = "kestrel";
    std::string m_sslmode;
    std::string m_connectTimeout = "10";
};

// A value quoted for libpq's key=value connection string.
std::string conninfoQuoted(std::string_view value);

// "postgresql://user@host:port/db": the keychain entry of a server login's
// password (what pg::Connection's password source is asked for). An empty
// user or database is the login name, as libpq defaults them.
std::string credentialName(std::string_view user, std::string_view host, int port,
                           std::string_view database);

} // namespace kestrel::workspace
