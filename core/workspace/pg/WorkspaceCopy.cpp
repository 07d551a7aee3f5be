#include "core/workspace/pg/WorkspaceCopy.h"

#include "core/common/Error.h"
#include "core/workspace/Dialect.h"
#include "core/workspace/Migrations.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/pg/Connection.h"
#include "core/workspace/pg/Migrations.h"

#include <QCryptographicHash>

#include <sqlite3.h>

#include <charconv>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>

namespace kestrel::workspace::pg {

namespace {

// The tables of the workspace schema, parents before the tables that refer to
// them, with the primary key that orders their rows.
struct TableSpec
{
    const char* name;
    std::vector<std::string> key;
};

const std::vector<TableSpec>& tableSpecs()
{
    static const std::vector<TableSpec> specs = {
        {"settings", {"key"}},
        {"imports", {"id"}},
        {"runs", {"id"}},
        {"demo_incidents", {"id"}},
        {"prices", {"symbol", "day"}},
        {"ai_usage", {"id"}},
        {"ai_cache", {"cache_key"}},
        {"ai_reports", {"id"}},
        {"metric_series", {"model_name", "metric", "time"}},
        {"detector_configs", {"id"}},
        {"detection_runs", {"id"}},
        {"anomalies", {"id"}},
        {"anomaly_events", {"id"}},
        {"detector_feedback", {"detector_id", "model_name", "metric"}},
    };
    return specs;
}

// detector_configs starts with the default detectors on both backends.
constexpr std::int64_t kSeededDetectors = 6;

enum class Kind
{
    Int,
    Real,
    Text
};

struct Column
{
    std::string name;
    Kind kind;
};

// A row as canonical text per column; nothing for NULL.
using Row = std::vector<std::optional<std::string>>;

std::string canonicalReal(double v)
{
    char buf[32];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

class TableHash
{
public:
    void add(const Row& row)
    {
        m_line.clear();
        for (const auto& v : row) {
            if (!v) {
                m_line.push_back('N');
                continue;
            }
            m_line += 'V' + std::to_string(v->size()) + ':';
            m_line += *v;
        }
        m_line.push_back('\n');
        m_hash.addData(QByteArrayView(m_line.data(), static_cast<qsizetype>(m_line.size())));
        ++m_rows;
    }
    TableSummary summary(const std::string& name) const
    {
        return {name, m_rows, m_hash.result().toHex().toStdString()};
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    std::string m_line;
    std::int64_t m_rows = 0;
};

std::string columnList(const std::vector<Column>& columns)
{
    std::string s;
    for (const Column& c : columns)
        s += (s.empty() ? "" : ", ") + Dialect::quote(c.name);
    return s;
}

// The primary key, text compared byte by byte on both backends.
std::string orderBy(const Dialect& d, const TableSpec& spec, const std::vector<Column>& columns)
{
    std::string s;
    for (const std::string& k : spec.key) {
        bool text = false;
        for (const Column& c : columns)
            text = text || (c.name == k && c.kind == Kind::Text);
        s += (s.empty() ? "" : ", ") + (text ? d.bytewise(k) : Dialect::quote(k));
    }
    return s;
}

using RowSink = std::function<void(const Row&)>;

// One side of a copy: a SQLite file or a PostgreSQL schema, read in one
// snapshot or written in one transaction.
class Side
{
public:
    virtual ~Side() = default;
    virtual std::vector<Column> columns(const std::string& table) = 0;
    virtual std::vector<std::string> tables() = 0;
    virtual void read(const TableSpec& spec, const std::vector<Column>& columns,
                      const RowSink& sink) = 0;
};

class SqliteSide : public Side
{
public:
    explicit SqliteSide(Database& db) : m_db(db) {}

    std::vector<Column> columns(const std::string& table) override
    {
        std::vector<Column> out;
        Statement st =
            m_db.prepare("SELECT name, upper(type) FROM pragma_table_info(?1) ORDER BY cid");
        st.bind(1, table);
        while (st.step()) {
            const std::string type = st.text(1);
            out.push_back({st.text(0), type.find("INT") != std::string::npos ? Kind::Int
                                       : type == "REAL"                      ? Kind::Real
                                                                             : Kind::Text});
        }
        return out;
    }

    std::vector<std::string> tables() override
    {
        std::vector<std::string> out;
        Statement st = m_db.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (st.step())
            out.push_back(st.text(0));
        return out;
    }

    void read(const TableSpec& spec, const std::vector<Column>& columns,
              const RowSink& sink) override
    {
        Statement st =
            m_db.prepare("SELECT " + columnList(columns) + " FROM " + Dialect::quote(spec.name) +
                         " ORDER BY " + orderBy(Dialect(Backend::Sqlite), spec, columns));
        Row row(columns.size());
        while (st.step()) {
            for (int i = 0; i < static_cast<int>(columns.size()); ++i) {
                const int type = sqlite3_column_type(st.handle(), i);
                auto& v = row[static_cast<std::size_t>(i)];
                if (type == SQLITE_NULL) {
                    v.reset();
                    continue;
                }
                switch (columns[static_cast<std::size_t>(i)].kind) {
                case Kind::Int:
                    if (type != SQLITE_INTEGER)
                        throw Error("Table " + std::string(spec.name) + ", column " +
                                    columns[i].name +
                                    " holds a value that is not a whole number (" + st.text(i) +
                                    "); PostgreSQL cannot take it.");
                    v = std::to_string(st.int64(i));
                    break;
                case Kind::Real:
                    v = canonicalReal(st.real(i));
                    break;
                case Kind::Text:
                    v = std::string(st.textView(i));
                    break;
                }
            }
            sink(row);
        }
    }

private:
    Database& m_db;
};

class PgSide : public Side
{
public:
    PgSide(Connection& c, std::string schema) : m_c(c), m_schema(std::move(schema)) {}

    std::vector<Column> columns(const std::string& table) override
    {
        std::vector<Column> out;
        const Result r =
            m_c.query("SELECT column_name, data_type FROM information_schema.columns "
                      "WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
                      {m_schema, table});
        for (int i = 0; i < r.rows(); ++i) {
            const std::string_view type = r.text(i, 1);
            out.push_back({std::string(r.text(i, 0)), type == "bigint" || type == "integer"
                                                          ? Kind::Int
                                                      : type == "double precision" ? Kind::Real
                                                                                   : Kind::Text});
        }
        return out;
    }

    std::vector<std::string> tables() override
    {
        std::vector<std::string> out;
        const Result r = m_c.query("SELECT tablename FROM pg_tables WHERE schemaname = $1 "
                                   "AND tablename <> 'kestrel_schema_version'",
                                   {m_schema});
        for (int i = 0; i < r.rows(); ++i)
            out.emplace_back(r.text(i, 0));
        return out;
    }

    void read(const TableSpec& spec, const std::vector<Column>& columns,
              const RowSink& sink) override
    {
        Row row(columns.size());
        m_c.forEachRow("SELECT " + columnList(columns) + " FROM " + Dialect::quote(spec.name) +
                           " ORDER BY " + orderBy(Dialect(Backend::Postgres), spec, columns),
                       {}, [&](const Result& r, int n) {
                           for (int i = 0; i < static_cast<int>(columns.size()); ++i) {
                               auto& v = row[static_cast<std::size_t>(i)];
                               if (r.isNull(n, i))
                                   v.reset();
                               else if (columns[static_cast<std::size_t>(i)].kind == Kind::Real)
                                   v = canonicalReal(r.real(n, i));
                               else
                                   v = std::string(r.text(n, i));
                           }
                           sink(row);
                       });
    }

    Connection& connection() { return m_c; }
    const std::string& schema() const { return m_schema; }

private:
    Connection& m_c;
    std::string m_schema;
};

// The columns of `table` on the reading side, checked against the other side.
std::vector<Column> sharedColumns(Side& a, Side& b, const std::string& table)
{
    std::vector<Column> ca = a.columns(table);
    const std::vector<Column> cb = b.columns(table);
    bool same = ca.size() == cb.size();
    for (std::size_t i = 0; same && i < ca.size(); ++i) {
        bool found = false;
        for (const Column& c : cb)
            found = found || (c.name == ca[i].name && c.kind == ca[i].kind);
        same = found;
    }
    if (!same)
        throw Error("The table " + table +
                    " has different columns in the two workspaces; copy needs both at "
                    "the current schema version.");
    return ca;
}

void requireKnownTables(Side& side, const std::string& where)
{
    for (const std::string& t : side.tables()) {
        bool known = false;
        for (const TableSpec& s : tableSpecs())
            known = known || t == s.name;
        if (!known)
            throw Error(where + " has a table this Kestrel does not know (" + t +
                        "); nothing was copied.");
    }
}

std::vector<TableSummary> summarise(Side& side, Side& reference)
{
    std::vector<TableSummary> out;
    for (const TableSpec& spec : tableSpecs()) {
        TableHash hash;
        side.read(spec, sharedColumns(reference, side, spec.name),
                  [&](const Row& r) { hash.add(r); });
        out.push_back(hash.summary(spec.name));
    }
    return out;
}

// An open SQLite workspace read in one snapshot.
std::unique_ptr<Workspace> openSqliteSource(const WorkspaceUrl& url)
{
    if (!std::filesystem::exists(url.path()))
        throw Error("No workspace at " + url.path() + ".");
    auto ws = Workspace::openReadOnly(url.path());
    if (ws->schemaVersion() != workspace::currentSchemaVersion())
        throw Error("The workspace " + url.path() + " has schema version " +
                    std::to_string(ws->schemaVersion()) +
                    "; open it once with this Kestrel (which migrates it to version " +
                    std::to_string(workspace::currentSchemaVersion()) + ") before copying it.");
    return ws;
}

Connection connectTo(const WorkspaceUrl& url)
{
    return Connection(url.conninfo());
}

// Rows written into an empty destination, table by table.
class Loader
{
public:
    virtual ~Loader() = default;
    virtual void load(const TableSpec& spec, const std::vector<Column>& columns,
                      const std::function<void(const RowSink&)>& rows) = 0;
};

class PgLoader : public Loader
{
public:
    explicit PgLoader(Connection& c) : m_c(c) {}
    void load(const TableSpec& spec, const std::vector<Column>& columns,
              const std::function<void(const RowSink&)>& rows) override
    {
        std::vector<std::string> names;
        for (const Column& c : columns)
            names.push_back(c.name);
        // The plain indexes are built once after the load instead of row by
        // row during it (in the same transaction: a failure restores them).
        const Result indexes =
            m_c.query("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = "
                      "current_schema() "
                      "AND i.tablename = $1 AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
                      "WHERE k.conindid = (quote_ident(i.schemaname) || '.' || "
                      "quote_ident(i.indexname))::regclass)",
                      {std::string(spec.name)});
        for (int i = 0; i < indexes.rows(); ++i)
            m_c.exec("DROP INDEX " + m_c.quoteIdentifier(indexes.text(i, 0)));
        CopyIn copy(m_c, spec.name, names);
        rows([&](const Row& row) {
            for (const auto& v : row)
                v ? copy.field(*v) : copy.null();
            copy.endRow();
        });
        copy.finish();
        for (int i = 0; i < indexes.rows(); ++i)
            m_c.exec(indexes.text(i, 1));
        // Fresh statistics, so the first queries after a bulk load plan well.
        m_c.exec("ANALYZE " + Dialect::quote(spec.name));
        // Identity columns go on after the highest copied id.
        if (spec.key.size() == 1 && spec.key[0] == "id")
            m_c.exec("SELECT setval(pg_get_serial_sequence(" + std::string("'") + spec.name +
                     "', 'id'), max(id)) FROM " + Dialect::quote(spec.name) +
                     " HAVING max(id) IS NOT NULL");
    }

private:
    Connection& m_c;
};

class SqliteLoader : public Loader
{
public:
    explicit SqliteLoader(Database& db) : m_db(db) {}
    void load(const TableSpec& spec, const std::vector<Column>& columns,
              const std::function<void(const RowSink&)>& rows) override
    {
        const Dialect d(Backend::Sqlite);
        std::string marks;
        for (std::size_t i = 0; i < columns.size(); ++i)
            marks += (i ? ", " : "") + d.placeholder(static_cast<int>(i) + 1);
        Statement insert = m_db.prepare("INSERT INTO " + Dialect::quote(spec.name) + " (" +
                                        columnList(columns) + ") VALUES (" + marks + ")");
        rows([&](const Row& row) {
            for (std::size_t i = 0; i < row.size(); ++i) {
                const int index = static_cast<int>(i) + 1;
                if (!row[i]) {
                    insert.bindNull(index);
                    continue;
                }
                const std::string& v = *row[i];
                switch (columns[i].kind) {
                case Kind::Int: {
                    std::int64_t n = 0;
                    std::from_chars(v.data(), v.data() + v.size(), n);
                    insert.bind(index, n);
                    break;
                }
                case Kind::Real:
                    insert.bind(index, std::strtod(v.c_str(), nullptr));
                    break;
                case Kind::Text:
                    insert.bind(index, std::string_view(v), Statement::Text::Borrowed);
                    break;
                }
            }
            insert.run();
        });
    }

private:
    Database& m_db;
};

// Copies every table from `source` through `loader`, hashing as it reads;
// then reads `dest` back and compares. Throws on any difference.
std::vector<TableSummary> copyTables(Side& source, Side& dest, Loader& loader)
{
    std::vector<TableSummary> copied;
    for (const TableSpec& spec : tableSpecs()) {
        const std::vector<Column> columns = sharedColumns(source, dest, spec.name);
        TableHash hash;
        loader.load(spec, columns, [&](const RowSink& sink) {
            source.read(spec, columns, [&](const Row& r) {
                hash.add(r);
                sink(r);
            });
        });
        copied.push_back(hash.summary(spec.name));
    }
    const std::vector<TableSummary> written = summarise(dest, source);
    for (std::size_t i = 0; i < copied.size(); ++i)
        if (!(copied[i] == written[i]))
            throw Error("The copy of table " + copied[i].name + " does not match its source (" +
                        std::to_string(copied[i].rows) + " rows read, " +
                        std::to_string(written[i].rows) + " found); nothing was written.");
    return copied;
}

// The destination's seeded rows (default detectors) give way to the source's.
// Refuses a destination anything else was written to.
void requireFreshDestination(const std::function<std::int64_t(const std::string&)>& count,
                             const std::string& where)
{
    for (const TableSpec& spec : tableSpecs()) {
        const std::int64_t n = count(spec.name);
        const bool seeded = std::string(spec.name) == "detector_configs" &&
                            count("detector_configs WHERE created_at <> updated_at") == 0 &&
                            n <= kSeededDetectors;
        if (n > 0 && !seeded)
            throw Error(where + " is not empty (table " + spec.name + " holds " +
                        std::to_string(n) + " rows); copy into a new workspace.");
    }
}

} // namespace

std::int64_t CopyReport::rows() const
{
    std::int64_t n = 0;
    for (const TableSummary& t : tables)
        n += t.rows;
    return n;
}

std::vector<TableSummary> summariseWorkspace(const WorkspaceUrl& url)
{
    if (!url.isPostgres()) {
        auto ws = openSqliteSource(url);
        workspace::ReadTransaction snapshot(ws->db());
        SqliteSide side(ws->db());
        auto out = summarise(side, side);
        snapshot.end();
        return out;
    }
    Connection c = connectTo(url);
    Transaction t(c, "ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    if (SchemaInfo info = inspectSchema(c, url.schema());
        info.state != SchemaInfo::State::Kestrel || info.version != currentSchemaVersion())
        openSchema(c, url.schema()); // throws with the reason
    c.exec("SET LOCAL search_path TO " + c.quoteIdentifier(url.schema()));
    PgSide side(c, url.schema());
    return summarise(side, side);
}

CopyReport copyWorkspace(const WorkspaceUrl& from, const WorkspaceUrl& to)
{
    const auto started = std::chrono::steady_clock::now();
    if (from.display() == to.display())
        throw UsageError("The source and the destination are the same workspace.");

    // The source, open in one read snapshot.
    std::unique_ptr<Workspace> sqliteSource;
    std::optional<workspace::ReadTransaction> sqliteSnapshot;
    std::optional<Connection> pgSource;
    std::optional<Transaction> pgSnapshot;
    std::unique_ptr<Side> source;
    if (!from.isPostgres()) {
        sqliteSource = openSqliteSource(from);
        sqliteSnapshot.emplace(sqliteSource->db());
        source = std::make_unique<SqliteSide>(sqliteSource->db());
    } else {
        pgSource.emplace(connectTo(from));
        {
            const SchemaInfo info = inspectSchema(*pgSource, from.schema());
            if (info.state != SchemaInfo::State::Kestrel || info.version != currentSchemaVersion())
                openSchema(*pgSource, from.schema()); // throws with the reason, or migrates
        }
        pgSnapshot.emplace(*pgSource, "ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        pgSource->exec("SET LOCAL search_path TO " + pgSource->quoteIdentifier(from.schema()));
        source = std::make_unique<PgSide>(*pgSource, from.schema());
    }
    requireKnownTables(*source, from.display());

    CopyReport report;
    if (to.isPostgres()) {
        Connection c = connectTo(to);
        Transaction t(c);
        const SchemaInfo info = inspectSchema(c, to.schema());
        if (info.state == SchemaInfo::State::Missing || info.state == SchemaInfo::State::Empty)
            createSchema(c, to.schema());
        else
            openSchema(c, to.schema());
        c.exec("SET LOCAL search_path TO " + c.quoteIdentifier(to.schema()));
        PgSide dest(c, to.schema());
        requireKnownTables(dest, to.display());
        requireFreshDestination(
            [&](const std::string& table) {
                return c.queryInt("SELECT count(*) FROM " + table).value_or(0);
            },
            to.display());
        c.exec("TRUNCATE detector_configs CASCADE");
        c.exec("SET LOCAL maintenance_work_mem = '256MB'");
        PgLoader loader(c);
        report.tables = copyTables(*source, dest, loader);
        t.commit();
    } else {
        const std::string path = to.path();
        if (std::filesystem::exists(path) && std::filesystem::file_size(path) > 0)
            throw Error(path + " already exists; copy into a new workspace.");
        bool created = false;
        try {
            auto ws = Workspace::create(path);
            created = true;
            Database& db = ws->db();
            workspace::Transaction t(db);
            SqliteSide dest(db);
            requireFreshDestination(
                [&](const std::string& table) {
                    return db.queryInt("SELECT count(*) FROM " + table).value_or(0);
                },
                path);
            db.exec("DELETE FROM detector_configs");
            SqliteLoader loader(db);
            report.tables = copyTables(*source, dest, loader);
            t.commit();
        } catch (...) {
            if (created)
                for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                    std::filesystem::remove(path + suffix);
            throw;
        }
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace kestrel::workspace::pg
