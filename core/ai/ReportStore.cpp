#include "core/ai/ReportStore.h"

#include "core/common/Error.h"
#include "core/common/Json.h"

#include "core/ai/Governance.h"
#include "core/net/Redaction.h"
#include "core/workspace/CurrentUser.h"

namespace kestrel::ai {

namespace {

std::string join(const std::vector<std::string>& v)
{
    std::string s;
    for (const std::string& x : v)
        s += (s.empty() ? "" : ",") + x;
    return s;
}

std::vector<std::string> split(const std::string& s)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= s.size() && !s.empty()) {
        const std::size_t comma = s.find(',', pos);
        out.push_back(s.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return out;
}

// `text` as a LIKE pattern matching it literally, with '!' as the escape.
std::string likeEscaped(const std::string& text)
{
    std::string s;
    for (char c : text) {
        if (c == '!' || c == '%' || c == '_')
            s += '!';
        s += c;
    }
    return s;
}

constexpr const char* kColumns = "id, created_at, author, analysis_type, timeframe, model_filter, "
                                 "total_runs, provider, models, input_tokens, "
                                 "output_tokens, cost_usd, template_name, template_version, "
                                 "request_hash, cached, incomplete, anonymised";

StoredReport readRow(workspace::Statement& st, bool withContent)
{
    StoredReport r;
    r.id = st.int64(0);
    r.createdAt = st.int64(1);
    r.author = st.text(2);
    r.analysisTypes = split(st.text(3));
    r.timeframe = st.text(4);
    r.modelFilter = st.text(5);
    r.totalRuns = st.int64(6);
    r.provider = st.text(7);
    r.models = split(st.text(8));
    if (!st.isNull(9))
        r.inputTokens = st.int64(9);
    if (!st.isNull(10))
        r.outputTokens = st.int64(10);
    r.costUsd = st.optReal(11);
    r.templateName = st.text(12);
    r.templateVersion = st.text(13);
    r.requestHash = st.text(14);
    r.cached = st.int64(15) != 0;
    r.incomplete = st.int64(16) != 0;
    r.anonymised = st.int64(17) != 0;
    if (withContent) {
        r.content = st.text(18);
        r.answers = Json::parse(st.text(19), nullptr, false);
        if (r.answers.is_discarded())
            r.answers = Json::array();
    }
    return r;
}

} // namespace

ReportStore::ReportStore(workspace::Database& db) : m_db(db) {}

std::int64_t ReportStore::save(const StoredReport& r)
{
    workspace::Statement st =
        m_db.prepare("INSERT INTO ai_reports(created_at, author, analysis_type, timeframe, "
                     "model_filter, total_runs, "
                     "analysis_content, provider, models, input_tokens, output_tokens, cost_usd, "
                     "template_name, template_version, "
                     "request_hash, cached, incomplete, anonymised, answers) "
                     "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
    st.bind(1, r.createdAt ? r.createdAt : nowMs())
        .bind(2, workspace::actingUser(m_db))
        .bind(3, join(r.analysisTypes));
    st.bind(4, r.timeframe)
        .bind(5, r.modelFilter)
        .bind(6, r.totalRuns)
        .bind(7, net::Redaction::redact(r.content));
    st.bind(8, r.provider).bind(9, join(r.models));
    if (r.inputTokens)
        st.bind(10, *r.inputTokens);
    else
        st.bindNull(10);
    if (r.outputTokens)
        st.bind(11, *r.outputTokens);
    else
        st.bindNull(11);
    st.bind(12, r.costUsd)
        .bind(13, r.templateName)
        .bind(14, r.templateVersion)
        .bind(15, r.requestHash);
    st.bind(16, r.cached ? 1 : 0).bind(17, r.incomplete ? 1 : 0).bind(18, r.anonymised ? 1 : 0);
    st.bind(19, net::Redaction::redact(dumpJson(r.answers)));
    // RETURNING, not lastInsertId(): on PostgreSQL lastval() would read the
    // change-token sequence the table's trigger advanced after the insert.
    if (!st.step())
        throw Error("The report was not stored.");
    return st.int64(0);
}

std::optional<StoredReport> ReportStore::get(std::int64_t id)
{
    workspace::Statement st =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     ", analysis_content, answers FROM ai_reports WHERE id=?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st, true);
}

std::vector<StoredReport> ReportStore::list(const ReportQuery& q, bool withContent)
{
    const workspace::Dialect dialect = m_db.dialect();
    workspace::Filter filter(dialect);
    if (q.from)
        filter.atLeast("created_at", *q.from);
    if (q.to)
        filter.before("created_at", *q.to);
    if (!q.provider.empty())
        filter.equals("provider", q.provider);
    std::string where = filter.where();
    std::vector<workspace::SqlValue> values = filter.values();
    int next = filter.nextIndex();
    auto add = [&](const std::string& condition) {
        where += (where.empty() ? " WHERE " : " AND ") + condition;
    };
    // Substring tests as LIKE patterns (instr() is SQLite's, strpos()
    // PostgreSQL's), both sides lowered: SQLite's LIKE ignores ASCII case,
    // PostgreSQL's does not.
    if (!q.text.empty()) {
        const std::string pattern = "lower(CAST(" + dialect.placeholder(next++) + " AS TEXT))";
        add("(lower(analysis_content) LIKE " + pattern + " ESCAPE '!' OR lower(models) LIKE " +
            pattern + " ESCAPE '!')");
        values.emplace_back("%" + likeEscaped(q.text) + "%");
    }
    if (!q.analysisType.empty()) {
        add("lower(',' || analysis_type || ',') LIKE lower(CAST(" + dialect.placeholder(next++) +
            " AS TEXT)) ESCAPE '!'");
        values.emplace_back("%," + likeEscaped(q.analysisType) + ",%");
    }
    const std::string sql = std::string("SELECT ") + kColumns +
                            ", analysis_content, answers FROM ai_reports" + where +
                            " ORDER BY created_at DESC, id DESC LIMIT " + dialect.placeholder(next);
    values.emplace_back(q.limit);
    workspace::Statement st = m_db.prepare(sql);
    workspace::bindAll(st, values);
    std::vector<StoredReport> out;
    while (st.step())
        out.push_back(readRow(st, withContent));
    return out;
}

bool ReportStore::remove(std::int64_t id)
{
    workspace::Statement st = m_db.prepare("DELETE FROM ai_reports WHERE id=?");
    st.bind(1, id);
    st.run();
    return m_db.changes() > 0;
}

std::string reportMarkdown(const StoredReport& r)
{
    std::string s = "<!-- Kestrel AI analysis report " + std::to_string(r.id) + " -->\n\n";
    s += "| | |\n|---|---|\n";
    s += "| Created | " + toIso(r.createdAt) + " |\n";
    s += "| Timeframe | " + r.timeframe + " |\n";
    s += "| Models analysed | " + r.modelFilter + " |\n";
    s += "| Runs | " + std::to_string(r.totalRuns) + " |\n";
    s += "| Analysis types | " + join(r.analysisTypes) + " |\n";
    s += "| Written by | " + join(r.models) + (r.cached ? " (cached)" : "") + " |\n";
    if (r.inputTokens || r.outputTokens)
        s += "| Tokens in / out | " + (r.inputTokens ? std::to_string(*r.inputTokens) : "-") +
             " / " + (r.outputTokens ? std::to_string(*r.outputTokens) : "-") + " |\n";
    s += "| Cost | " + (r.costUsd ? usd(*r.costUsd) : std::string("unknown")) + " |\n";
    s += "| Prompt template | " + r.templateName + " " + r.templateVersion + " |\n";
    if (r.incomplete)
        s += "| Note | the answer was cut short and is incomplete |\n";
    s += "\n" + r.content;
    if (s.back() != '\n')
        s += '\n';
    return s;
}

} // namespace kestrel::ai
