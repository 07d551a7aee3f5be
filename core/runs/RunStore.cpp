#include "core/runs/RunStore.h"

#include "core/common/Error.h"
#include "core/runs/ErrorTemplate.h"
#include "core/workspace/BulkInsert.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace kestrel::runs {

using workspace::Database;
using workspace::Statement;

namespace {

constexpr const char* kLightColumns =
    "id, model_name, symbol, execution_time, status, execution_duration, accuracy_score, "
    "confidence_level, error_message, data_source, memory_mb, cpu_percent, created_at";
constexpr const char* kAllColumns =
    "id, model_name, symbol, execution_time, status, execution_duration, accuracy_score, "
    "confidence_level, error_message, data_source, memory_mb, cpu_percent, created_at, "
    "input_parameters, output_results, experiment, run_name, external_id, tags";

RunRecord readRow(const Statement& st, bool withPayload)
{
    RunRecord r;
    r.id = st.int64(0);
    r.model = st.text(1);
    r.symbol = st.text(2);
    r.startedAt = st.int64(3);
    r.status = st.text(4);
    r.durationSec = st.optReal(5);
    r.accuracy = st.optReal(6);
    r.confidence = st.optReal(7);
    r.errorMessage = st.text(8);
    r.dataSource = st.text(9);
    r.memoryMb = st.optReal(10);
    r.cpuPercent = st.optReal(11);
    r.createdAt = st.int64(12);
    if (withPayload) {
        r.inputParams = st.text(13);
        r.outputResults = st.text(14);
        r.experiment = st.text(15);
        r.runName = st.text(16);
        r.externalId = st.text(17);
        r.tags = st.text(18);
    }
    return r;
}

std::string sortColumn(RunSortColumn c, const Database& db)
{
    switch (c) {
    case RunSortColumn::Id:
        return "id";
    case RunSortColumn::Time:
        return "execution_time";
    case RunSortColumn::Model:
        return "model_name";
    case RunSortColumn::Symbol:
        return "symbol";
    case RunSortColumn::Status:
        return "status";
    // The key of the index runs_duration: on SQLite whole microseconds, an
    // integer key (schema v5, SQLite tuning); on PostgreSQL the column.
    case RunSortColumn::Duration:
        return db.handle() ? "CAST(execution_duration * 1000000 AS INTEGER)" : "execution_duration";
    case RunSortColumn::Accuracy:
        return "accuracy_score";
    case RunSortColumn::Confidence:
        return "confidence_level";
    case RunSortColumn::DataSource:
        return "data_source";
    }
    return "id";
}

std::string orderBy(const RunSort& sort, const Database& db)
{
    const std::string dir = sort.descending ? " DESC" : " ASC";
    std::string s = " ORDER BY " + sortColumn(sort.column, db) + dir;
    if (sort.column != RunSortColumn::Id)
        s += ", id" + dir;
    return s;
}

void addIn(std::string& sql, SqlWhere& w, const char* column,
           const std::vector<std::string>& values)
{
    if (values.empty())
        return;
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += column;
    sql += " IN (";
    for (size_t i = 0; i < values.size(); ++i) {
        sql += i ? ",?" : "?";
        w.textArgs.push_back(values[i]);
        w.isInt.push_back(false);
    }
    sql += ")";
}

std::vector<std::string> distinct(Database& db, const char* column)
{
    std::vector<std::string> out;
    Statement st = db.prepare(std::string("SELECT DISTINCT ") + db.dialect().bytewise(column) +
                              " FROM runs WHERE " + column + " IS NOT NULL AND " + column +
                              " <> '' ORDER BY 1");
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

} // namespace

SqlWhere whereClause(const RunFilter& f)
{
    SqlWhere w;
    std::string& sql = w.sql;
    auto addTime = [&](const char* cond, EpochMs t) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += cond;
        w.textArgs.push_back(std::to_string(t));
        w.isInt.push_back(true);
    };
    if (f.from)
        addTime("execution_time >= ?", *f.from);
    if (f.to)
        addTime("execution_time < ?", *f.to);
    addIn(sql, w, "model_name", f.models);
    addIn(sql, w, "status", f.statuses);
    addIn(sql, w, "symbol", f.symbols);
    addIn(sql, w, "data_source", f.dataSources);
    if (!f.errorTemplate.empty()) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += "error_template = ?";
        w.textArgs.push_back(f.errorTemplate);
        w.isInt.push_back(false);
    }
    if (!f.text.empty()) {
        sql += sql.empty() ? " WHERE " : " AND ";
        // LIKE, which both backends have (instr() is SQLite's, strpos()
        // PostgreSQL's), with the text's own wildcards escaped.
        sql += "(lower(error_message) LIKE lower(?) ESCAPE '\\' OR "
               "lower(input_parameters) LIKE lower(?) ESCAPE '\\')";
        std::string pattern = "%";
        for (char c : f.text) {
            if (c == '%' || c == '_' || c == '\\')
                pattern.push_back('\\');
            pattern.push_back(c);
        }
        pattern.push_back('%');
        for (int i = 0; i < 2; ++i) {
            w.textArgs.push_back(pattern);
            w.isInt.push_back(false);
        }
    }
    return w;
}

void bindWhere(Statement& st, const SqlWhere& where, int firstIndex)
{
    for (size_t i = 0; i < where.textArgs.size(); ++i) {
        const int index = firstIndex + static_cast<int>(i);
        if (where.isInt[i])
            st.bind(index, static_cast<std::int64_t>(std::stoll(where.textArgs[i])));
        else
            st.bind(index, where.textArgs[i]);
    }
}

RunStore::RunStore(Database& db) : m_db(db) {}

namespace {

constexpr int kRunColumns = 21;

// A word-at-a-time multiply-xorshift hash: a fingerprint per run costs well
// under a microsecond, so a million-run import barely notices it.
class Hasher
{
public:
    void add(std::string_view text)
    {
        mix(text.size());
        std::size_t i = 0;
        for (; i + 8 <= text.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, text.data() + i, 8);
            mix(w);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, text.data() + i, text.size() - i);
        mix(tail);
    }
    void add(std::int64_t v) { mix(static_cast<std::uint64_t>(v)); }
    void add(const std::optional<double>& v)
    {
        if (!v) {
            mix(0x6e756c6cULL); // "null"
            return;
        }
        const double x = *v == 0.0 ? 0.0 : *v; // -0.0 and 0.0 are the same value
        std::uint64_t bits;
        std::memcpy(&bits, &x, 8);
        mix(bits);
    }
    std::int64_t value() const
    {
        std::uint64_t h = m_h;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        return static_cast<std::int64_t>(h);
    }

private:
    void mix(std::uint64_t w)
    {
        m_h = (m_h ^ w) * 0x9e3779b97f4a7c15ULL;
        m_h ^= m_h >> 29;
    }
    std::uint64_t m_h = 0x4b53545246505231ULL;
};

} // namespace

std::int64_t runFingerprint(const RunRecord& r)
{
    Hasher h;
    h.add(r.model);
    h.add(r.symbol);
    h.add(static_cast<std::int64_t>(r.startedAt));
    h.add(r.status.empty() ? status::kCompleted : std::string_view(r.status));
    h.add(r.durationSec);
    h.add(r.accuracy);
    h.add(r.confidence);
    h.add(r.inputParams);
    h.add(r.outputResults);
    h.add(r.errorMessage);
    h.add(r.dataSource);
    h.add(r.memoryMb);
    h.add(r.cpuPercent);
    h.add(r.experiment);
    h.add(r.runName);
    h.add(r.externalId);
    h.add(r.tags);
    return h.value();
}

namespace {

// The columns an insert fills, in bind order (after the id when it is given).
constexpr std::array<const char*, kRunColumns> kInsertColumns = {
    "model_name",         "symbol",         "execution_time",   "status",
    "execution_duration", "accuracy_score", "confidence_level", "input_parameters",
    "output_results",     "error_message",  "error_template",   "data_source",
    "memory_mb",          "cpu_percent",    "experiment",       "run_name",
    "external_id",        "tags",           "created_at",       "fingerprint",
    "import_id"};

} // namespace

std::string RunStore::Inserter::sql(std::size_t rows) const
{
    const bool withId = m_nextId > 0;
    std::string sql = "INSERT INTO " + m_table + "(" + (withId ? "id" : "");
    for (std::size_t i = 0; i < kInsertColumns.size(); ++i)
        sql += std::string(i == 0 && !withId ? "" : ", ") + kInsertColumns[i];
    sql += ") VALUES";
    std::string row = withId ? "(?," : "(";
    for (int i = 0; i < kRunColumns; ++i)
        row += i == 0 ? "?" : ",?";
    row += ")";
    for (std::size_t i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ",";
        sql += row;
    }
    return sql;
}

// Binds run `r` after parameter `base` and returns the parameters used.
// Every text is borrowed: `r` and `errorTemplateText` must live until the
// statement is reset.
int RunStore::Inserter::bindRow(Statement& st, int base, const RunRecord& r,
                                const std::string& errorTemplateText)
{
    if (r.model.empty())
        throw Error("A run needs a model name.");
    int used = kRunColumns;
    if (m_nextId > 0) {
        st.bind(++base, m_nextId++);
        ++used;
    }
    constexpr auto kBorrowed = Statement::Text::Borrowed;
    st.bind(base + 1, r.model, kBorrowed)
        .bindTextOrNull(base + 2, r.symbol, kBorrowed)
        .bind(base + 3, static_cast<std::int64_t>(r.startedAt))
        .bind(base + 4, r.status.empty() ? status::kCompleted : std::string_view(r.status),
              kBorrowed)
        .bind(base + 5, r.durationSec)
        .bind(base + 6, r.accuracy)
        .bind(base + 7, r.confidence)
        .bindTextOrNull(base + 8, r.inputParams, kBorrowed)
        .bindTextOrNull(base + 9, r.outputResults, kBorrowed)
        .bindTextOrNull(base + 10, r.errorMessage, kBorrowed)
        .bindTextOrNull(base + 11, errorTemplateText, kBorrowed)
        .bindTextOrNull(base + 12, r.dataSource, kBorrowed)
        .bind(base + 13, r.memoryMb)
        .bind(base + 14, r.cpuPercent)
        .bindTextOrNull(base + 15, r.experiment, kBorrowed)
        .bindTextOrNull(base + 16, r.runName, kBorrowed)
        .bindTextOrNull(base + 17, r.externalId, kBorrowed)
        .bindTextOrNull(base + 18, r.tags, kBorrowed)
        .bind(base + 19, static_cast<std::int64_t>(r.createdAt ? r.createdAt : nowMs()))
        .bind(base + 20, runFingerprint(r));
    if (m_importId > 0)
        st.bind(base + 21, m_importId);
    else
        st.bindNull(base + 21);
    return used;
}

// The same values as bindRow, into a bulk load.
void RunStore::Inserter::loadRow(workspace::BulkInsert& load, const RunRecord& r)
{
    if (r.model.empty())
        throw Error("A run needs a model name.");
    if (m_nextId > 0)
        load.value(m_nextId++);
    const std::string tmpl = errorTemplate(r.errorMessage);
    load.text(r.model)
        .textOrNull(r.symbol)
        .value(static_cast<std::int64_t>(r.startedAt))
        .text(r.status.empty() ? status::kCompleted : std::string_view(r.status))
        .value(r.durationSec)
        .value(r.accuracy)
        .value(r.confidence)
        .textOrNull(r.inputParams)
        .textOrNull(r.outputResults)
        .textOrNull(r.errorMessage)
        .textOrNull(tmpl)
        .textOrNull(r.dataSource)
        .value(r.memoryMb)
        .value(r.cpuPercent)
        .textOrNull(r.experiment)
        .textOrNull(r.runName)
        .textOrNull(r.externalId)
        .textOrNull(r.tags)
        .value(static_cast<std::int64_t>(r.createdAt ? r.createdAt : nowMs()))
        .value(runFingerprint(r));
    if (m_importId > 0)
        load.value(m_importId);
    else
        load.null();
    load.endRow();
}

RunStore::Inserter::Inserter(Database& db, const std::string& table, std::int64_t importId,
                             std::int64_t firstId)
    : m_db(db), m_table(table), m_importId(importId), m_nextId(firstId),
      m_stmt(db.prepare(sql(1) + " RETURNING id"))
{
}

RunStore::Inserter::~Inserter() = default;

void RunStore::Inserter::flush()
{
    if (m_load)
        m_load->finish();
}

std::int64_t RunStore::Inserter::add(const RunRecord& r)
{
    flush();
    m_templates[0] = errorTemplate(r.errorMessage);
    bindRow(m_stmt, 0, r, m_templates[0]);
    // RETURNING, not lastInsertId(): on PostgreSQL lastval() would be the
    // change trigger's sequence.
    if (!m_stmt.step())
        throw Error("Inserting a run into " + m_table + " returned no id.");
    const std::int64_t id = m_stmt.int64(0);
    m_stmt.reset();
    return id;
}

void RunStore::Inserter::addAll(std::span<const RunRecord> runs)
{
    if (!m_db.handle()) {
        // PostgreSQL: one COPY for all the rows until flush().
        if (!m_load) {
            std::vector<std::string> columns;
            if (m_nextId > 0)
                columns.emplace_back("id");
            columns.insert(columns.end(), kInsertColumns.begin(), kInsertColumns.end());
            m_load = std::make_unique<workspace::BulkInsert>(m_db, m_table, std::move(columns));
        }
        for (const RunRecord& r : runs)
            loadRow(*m_load, r);
        return;
    }
    while (runs.size() >= kRowsPerStatement) {
        if (!m_multiRow)
            m_multiRow = m_db.prepare(sql(kRowsPerStatement));
        int base = 0;
        for (std::size_t i = 0; i < kRowsPerStatement; ++i) {
            m_templates[i] = errorTemplate(runs[i].errorMessage);
            base += bindRow(*m_multiRow, base, runs[i], m_templates[i]);
        }
        m_multiRow->run();
        runs = runs.subspan(kRowsPerStatement);
    }
    for (const RunRecord& r : runs)
        add(r);
}

std::int64_t RunStore::insert(const RunRecord& run)
{
    Inserter inserter(m_db);
    return inserter.add(run);
}

std::optional<RunRecord> RunStore::get(std::int64_t id)
{
    Statement st = m_db.prepare(std::string("SELECT ") + kAllColumns + " FROM runs WHERE id=?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st, true);
}

std::int64_t RunStore::count(const RunFilter& filter)
{
    const SqlWhere w = whereClause(filter);
    Statement st = m_db.prepare("SELECT count(*) FROM runs" + w.sql);
    bindWhere(st, w);
    st.step();
    return st.int64(0);
}

std::int64_t RunStore::maxId()
{
    return m_db.queryInt("SELECT max(id) FROM runs").value_or(0);
}

std::vector<RunRecord> RunStore::page(const RunFilter& filter, const RunSort& sort,
                                      std::int64_t offset, std::int64_t limit, bool withPayload)
{
    const SqlWhere w = whereClause(filter);
    Statement st =
        m_db.prepare(std::string("SELECT ") + (withPayload ? kAllColumns : kLightColumns) +
                     " FROM runs" + w.sql + orderBy(sort, m_db) + " LIMIT ? OFFSET ?");
    bindWhere(st, w);
    const int n = static_cast<int>(w.textArgs.size());
    st.bind(n + 1, limit).bind(n + 2, offset);
    std::vector<RunRecord> out;
    out.reserve(static_cast<size_t>(std::max<std::int64_t>(0, limit)));
    while (st.step())
        out.push_back(readRow(st, withPayload));
    return out;
}

std::vector<std::int64_t> RunStore::ids(const RunFilter& filter, const RunSort& sort)
{
    const SqlWhere w = whereClause(filter);
    Statement st = m_db.prepare("SELECT id FROM runs" + w.sql + orderBy(sort, m_db));
    bindWhere(st, w);
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::vector<std::int64_t> RunStore::headIds(const RunFilter& filter, const RunSort& sort,
                                            std::int64_t limit)
{
    const SqlWhere w = whereClause(filter);
    Statement st = m_db.prepare("SELECT id FROM runs" + w.sql + orderBy(sort, m_db) + " LIMIT ?");
    bindWhere(st, w);
    st.bind(static_cast<int>(w.textArgs.size()) + 1, limit);
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::vector<std::int64_t> RunStore::tailIds(const RunFilter& filter, const RunSort& sort,
                                            std::int64_t limit)
{
    RunSort reversed = sort;
    reversed.descending = !sort.descending;
    std::vector<std::int64_t> out = headIds(filter, reversed, limit);
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<RunRecord> RunStore::byIds(const std::vector<std::int64_t>& ids, bool withPayload)
{
    // One IN (...) query per chunk rather than a look-up per id, then put the
    // rows back in the order asked for.
    constexpr size_t kChunk = 500;
    std::unordered_map<std::int64_t, RunRecord> found;
    found.reserve(ids.size());
    for (size_t start = 0; start < ids.size(); start += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - start);
        std::string sql = std::string("SELECT ") + (withPayload ? kAllColumns : kLightColumns) +
                          " FROM runs WHERE id IN (";
        for (size_t i = 0; i < n; ++i)
            sql += i ? ",?" : "?";
        sql += ")";
        Statement st = m_db.prepare(sql);
        for (size_t i = 0; i < n; ++i)
            st.bind(static_cast<int>(i + 1), ids[start + i]);
        while (st.step()) {
            RunRecord r = readRow(st, withPayload);
            const std::int64_t id = r.id;
            found.emplace(id, std::move(r));
        }
    }
    std::vector<RunRecord> out;
    out.reserve(found.size());
    for (std::int64_t id : ids) {
        auto it = found.find(id);
        if (it != found.end())
            out.push_back(it->second);
    }
    return out;
}

void RunStore::forEach(const RunFilter& filter, const RunSort& sort,
                       const std::function<bool(const RunRecord&)>& visit)
{
    const SqlWhere w = whereClause(filter);
    Statement st = m_db.prepare(std::string("SELECT ") + kAllColumns + " FROM runs" + w.sql +
                                orderBy(sort, m_db));
    bindWhere(st, w);
    while (st.step()) {
        if (!visit(readRow(st, true)))
            break;
    }
}

std::vector<std::string> RunStore::models()
{
    return distinct(m_db, "model_name");
}

std::vector<std::string> RunStore::symbols()
{
    return distinct(m_db, "symbol");
}

std::vector<std::string> RunStore::dataSources()
{
    return distinct(m_db, "data_source");
}

std::vector<std::string> RunStore::statuses()
{
    return distinct(m_db, "status");
}

} // namespace kestrel::runs
