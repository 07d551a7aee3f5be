#include "core/detection/AnomalyStore.h"

#include "core/common/Error.h"
#include "core/common/Json.h"
#include "core/common/OutputFile.h"
#include "core/workspace/CurrentUser.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace kestrel::detection {

using workspace::Filter;
using workspace::SqlValue;
using workspace::Statement;
using workspace::Transaction;

namespace {

constexpr const char* kColumns = "a.id, a.detector_id, coalesce(d.name, ''), a.detection_run_id, "
                                 "a.time, a.start_time, a.end_time, "
                                 "a.component_type, a.model_name, a.metric, a.type, a.score, "
                                 "a.confidence, a.severity, a.actual, a.expected, "
                                 "a.deviation, a.threshold, a.band, a.context, a.recommendations, "
                                 "a.state, coalesce(a.note, ''), a.created_at, "
                                 "a.updated_at, a.version";

StoredAnomaly readAnomaly(Statement& st)
{
    StoredAnomaly a;
    a.id = st.int64(0);
    if (!st.isNull(1))
        a.detectorId = st.int64(1);
    a.detectorName = st.text(2);
    if (!st.isNull(3))
        a.detectionRunId = st.int64(3);
    a.time = st.int64(4);
    a.start = st.int64(5);
    a.end = st.int64(6);
    a.componentType = st.text(7);
    a.model = st.text(8);
    a.metric = st.text(9);
    a.type = st.text(10);
    a.score = st.real(11);
    a.confidence = st.real(12);
    a.severity = st.text(13);
    a.actual = st.optReal(14).value_or(0.0);
    a.expected = st.optReal(15).value_or(0.0);
    a.deviation = st.optReal(16).value_or(0.0);
    a.threshold = st.optReal(17).value_or(0.5);
    a.band = st.optReal(18).value_or(0.0);
    a.context = Json::parse(st.text(19), nullptr, false);
    if (a.context.is_discarded())
        a.context = Json::object();
    const Json recs = Json::parse(st.text(20), nullptr, false);
    if (recs.is_array())
        for (const Json& r : recs)
            if (r.is_string())
                a.recommendations.push_back(r.get<std::string>());
    a.state = st.text(21);
    a.note = st.text(22);
    a.createdAt = st.int64(23);
    a.updatedAt = st.int64(24);
    a.version = st.int64(25);
    return a;
}

// The filter's conditions. Columns are unqualified (Filter quotes each as
// one identifier): every one is a column of anomalies alone, so the join with
// detector_configs leaves them unambiguous.
Filter filterOf(const workspace::Dialect& dialect, const AnomalyFilter& f)
{
    Filter w(dialect);
    auto inList = [&](const char* column, const std::vector<std::string>& values) {
        if (values.empty())
            return;
        w.in(column, std::vector<SqlValue>(values.begin(), values.end()));
    };
    inList("severity", f.severities);
    inList("state", f.states);
    inList("type", f.types);
    inList("model_name", f.models);
    if (!f.metric.empty())
        w.equals("metric", f.metric);
    if (f.detectorId)
        w.equals("detector_id", *f.detectorId);
    if (f.detectionRunId)
        w.equals("detection_run_id", *f.detectionRunId);
    // Windows overlapping [from, to): end_time > from, that is >= from + 1 ms.
    if (f.from)
        w.atLeast("end_time", static_cast<std::int64_t>(*f.from) + 1);
    if (f.to)
        w.before("start_time", static_cast<std::int64_t>(*f.to));
    return w;
}

// ORDER BY for the filter's sort, the same on both backends: text byte by
// byte, anomalies without a detector first when ascending (SQLite's NULL
// order). Columns are unqualified, as in filterOf: `name` is only the
// detector's.
std::string orderOf(const workspace::Dialect& dialect, const AnomalyFilter& f)
{
    const char* dir = f.descending ? " DESC" : " ASC";
    std::string col;
    switch (f.sort) {
    case AnomalySortColumn::Time:
        col = "a.time";
        break;
    case AnomalySortColumn::Score:
        col = "a.score";
        break;
    case AnomalySortColumn::Severity:
        col = "a.severity_rank";
        break;
    case AnomalySortColumn::Model:
        col = dialect.bytewise("model_name");
        break;
    case AnomalySortColumn::Metric:
        col = dialect.bytewise("metric");
        break;
    case AnomalySortColumn::Type:
        col = dialect.bytewise("type");
        break;
    case AnomalySortColumn::State:
        col = dialect.bytewise("state");
        break;
    case AnomalySortColumn::Detector:
        col = std::string("CASE WHEN d.name IS NULL THEN 0 ELSE 1 END") + dir + ", " +
              dialect.bytewise("name");
        break;
    }
    // The id breaks ties so pages are stable.
    return " ORDER BY " + col + dir + ", a.id" + dir;
}

// A state as the panel names it.
std::string stateLabel(const std::string& s)
{
    if (s == state::kOpen)
        return "open";
    if (s == state::kAcknowledged)
        return "acknowledged";
    if (s == state::kResolved)
        return "resolved";
    if (s == state::kFalsePositive)
        return "marked a false positive";
    return s;
}

bool allowed(const std::string& from, const std::string& to)
{
    if (from == state::kOpen)
        return to == state::kAcknowledged || to == state::kResolved || to == state::kFalsePositive;
    if (from == state::kAcknowledged)
        return to == state::kResolved || to == state::kFalsePositive;
    if (from == state::kResolved || from == state::kFalsePositive)
        return to == state::kOpen;
    return false;
}

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string number(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

} // namespace

int severityRank(const std::string& s)
{
    if (s == "low")
        return 0;
    if (s == "medium")
        return 1;
    if (s == "high")
        return 2;
    if (s == "critical")
        return 3;
    return -1;
}

std::string AnomalyStore::osUser()
{
    return workspace::osUserName();
}

std::int64_t AnomalyStore::insert(const StoredAnomaly& a)
{
    Statement st = m_db.prepare(
        "INSERT INTO anomalies(detector_id, detection_run_id, time, start_time, end_time, "
        "component_type, "
        "model_name, metric, type, score, confidence, severity, severity_rank, actual, expected, "
        "deviation, "
        "threshold, band, context, recommendations, state, note, created_at, updated_at) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
    if (a.detectorId)
        st.bind(1, *a.detectorId);
    else
        st.bindNull(1);
    if (a.detectionRunId)
        st.bind(2, *a.detectionRunId);
    else
        st.bindNull(2);
    const EpochMs now = nowMs();
    const Json recs = a.recommendations;
    st.bind(3, static_cast<std::int64_t>(a.time))
        .bind(4, static_cast<std::int64_t>(a.start))
        .bind(5, static_cast<std::int64_t>(a.end))
        .bind(6, a.componentType)
        .bind(7, a.model)
        .bind(8, a.metric)
        .bind(9, a.type)
        .bind(10, a.score)
        .bind(11, a.confidence)
        .bind(12, a.severity)
        .bind(13, severityRank(a.severity))
        .bind(14, a.actual)
        .bind(15, a.expected)
        .bind(16, a.deviation)
        .bind(17, a.threshold)
        .bind(18, a.band)
        .bind(19, dumpJson(a.context))
        .bind(20, dumpJson(recs))
        .bind(21, a.state)
        .bindTextOrNull(22, a.note)
        .bind(23, static_cast<std::int64_t>(a.createdAt ? a.createdAt : now))
        .bind(24, static_cast<std::int64_t>(a.updatedAt ? a.updatedAt : now));
    // RETURNING, not lastInsertId(): on PostgreSQL the change trigger's
    // nextval() runs after the insert and would be what lastval() reports.
    if (!st.step())
        throw Error("The anomaly was not stored.");
    return st.int64(0);
}

std::vector<StoredAnomaly> AnomalyStore::query(const AnomalyFilter& filter)
{
    const workspace::Dialect dialect = m_db.dialect();
    const Filter where = filterOf(dialect, filter);
    std::string sql = std::string("SELECT ") + kColumns +
                      " FROM anomalies a LEFT JOIN detector_configs d ON d.id = a.detector_id" +
                      where.where() + orderOf(dialect, filter);
    if (filter.limit >= 0 || filter.offset > 0)
        sql += " " + dialect.paging(filter.limit >= 0 ? std::optional(filter.limit) : std::nullopt,
                                    filter.offset);
    Statement st = m_db.prepare(sql);
    workspace::bindAll(st, where.values());
    std::vector<StoredAnomaly> out;
    while (st.step())
        out.push_back(readAnomaly(st));
    return out;
}

std::int64_t AnomalyStore::count(const AnomalyFilter& filter)
{
    const Filter where = filterOf(m_db.dialect(), filter);
    Statement st = m_db.prepare("SELECT count(*) FROM anomalies a" + where.where());
    workspace::bindAll(st, where.values());
    return st.step() ? st.int64(0) : 0;
}

std::optional<StoredAnomaly> AnomalyStore::get(std::int64_t id)
{
    Statement st =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM anomalies a LEFT JOIN detector_configs d ON d.id = a.detector_id "
                     "WHERE a.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readAnomaly(st);
}

std::vector<AnomalyEvent> AnomalyStore::events(std::int64_t anomalyId)
{
    Statement st = m_db.prepare(
        "SELECT id, anomaly_id, coalesce(from_state, ''), to_state, coalesce(note, ''), "
        "\"user\", time FROM anomaly_events WHERE anomaly_id = ? ORDER BY time, id");
    st.bind(1, anomalyId);
    std::vector<AnomalyEvent> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5),
                       st.int64(6)});
    return out;
}

void AnomalyStore::staleReview(std::int64_t id)
{
    std::optional<StoredAnomaly> now = get(id);
    if (!now)
        throw Error("Anomaly " + std::to_string(id) +
                    " was deleted by someone else (a new detection run); reload the list.");
    Statement st = m_db.prepare("SELECT \"user\", time FROM anomaly_events WHERE anomaly_id = ? "
                                "ORDER BY time DESC, id DESC LIMIT 1");
    st.bind(1, id);
    std::string who = "someone";
    std::string when;
    if (st.step()) {
        who = st.text(0);
        when = " at " + toIso(st.int64(1));
    }
    throw StaleReview("Someone else (" + who + ") changed this anomaly" + when + ": it is now " +
                      stateLabel(now->state) + ". Reload to see their change.");
}

void AnomalyStore::transition(std::int64_t id, const std::string& toState, const std::string& note,
                              std::optional<std::int64_t> seenVersion)
{
    Transaction tx(m_db);
    const auto a = get(id);
    if (!a)
        throw Error("No anomaly with id " + std::to_string(id) + ".");
    if (seenVersion && *seenVersion != a->version)
        staleReview(id);
    if (!allowed(a->state, toState))
        throw Error("Anomaly " + std::to_string(id) + " is " + a->state +
                    " and cannot be moved to " + toState +
                    " (open -> acknowledged -> resolved; open or acknowledged -> false_positive; "
                    "resolved or false_positive -> open).");
    if (toState == state::kFalsePositive && note.empty())
        throw Error("Marking a false positive needs a reason.");
    const EpochMs now = nowMs();
    // The version in the WHERE clause makes the check and the write one step:
    // on PostgreSQL a concurrent review of the row holds it until its commit,
    // after which this update finds the raised version and changes nothing.
    Statement up = m_db.prepare(
        "UPDATE anomalies SET state = ?, note = coalesce(CAST(? AS TEXT), note), updated_at = ?, "
        "version = version + 1 WHERE id = ? AND version = ?");
    up.bind(1, toState)
        .bindTextOrNull(2, note)
        .bind(3, static_cast<std::int64_t>(now))
        .bind(4, id)
        .bind(5, a->version);
    up.run();
    if (m_db.changes() == 0)
        staleReview(id);
    Statement ev = m_db.prepare(
        "INSERT INTO anomaly_events(anomaly_id, from_state, to_state, note, \"user\", time) "
        "VALUES(?,?,?,?,?,?)");
    ev.bind(1, id)
        .bind(2, a->state)
        .bind(3, toState)
        .bindTextOrNull(4, note)
        .bind(5, workspace::actingUser(m_db))
        .bind(6, static_cast<std::int64_t>(now));
    ev.run();
    if (toState == state::kFalsePositive && a->detectorId) {
        Statement fb = m_db.prepare(
            "INSERT INTO detector_feedback(detector_id, model_name, metric, score_threshold, "
            "updated_at) "
            "VALUES(?,?,?,?,?) ON CONFLICT(detector_id, model_name, metric) DO UPDATE SET "
            "score_threshold = " +
            m_db.dialect().greatest("detector_feedback.score_threshold",
                                    "excluded.score_threshold") +
            ", updated_at = excluded.updated_at");
        fb.bind(1, *a->detectorId)
            .bind(2, a->model)
            .bind(3, a->metric)
            .bind(4, a->score)
            .bind(5, static_cast<std::int64_t>(now));
        fb.run();
    }
    tx.commit();
}

std::optional<double> AnomalyStore::feedbackThreshold(std::int64_t detectorId,
                                                      const std::string& model,
                                                      const std::string& metric)
{
    Statement st =
        m_db.prepare("SELECT score_threshold FROM detector_feedback WHERE detector_id = ? AND "
                     "model_name = ? AND metric = ?");
    st.bind(1, detectorId).bind(2, model).bind(3, metric);
    if (!st.step())
        return std::nullopt;
    return st.real(0);
}

std::vector<std::pair<EpochMs, EpochMs>>
AnomalyStore::falsePositiveWindows(const std::string& model, const std::string& metric)
{
    Statement st = m_db.prepare(
        "SELECT start_time, end_time FROM anomalies WHERE state = 'false_positive' AND "
        "model_name = ? AND metric = ? ORDER BY start_time");
    st.bind(1, model).bind(2, metric);
    std::vector<std::pair<EpochMs, EpochMs>> out;
    while (st.step())
        out.emplace_back(st.int64(0), st.int64(1));
    return out;
}

bool AnomalyStore::reviewedOverlap(std::int64_t detectorId, const std::string& model,
                                   const std::string& metric, EpochMs start, EpochMs end)
{
    Statement st = m_db.prepare(
        "SELECT EXISTS(SELECT 1 FROM anomalies WHERE detector_id = ? AND model_name = ? "
        "AND metric = ? AND (state <> 'open' OR version > 0) AND start_time < ? AND end_time > ?)");
    st.bind(1, detectorId)
        .bind(2, model)
        .bind(3, metric)
        .bind(4, static_cast<std::int64_t>(end))
        .bind(5, static_cast<std::int64_t>(start));
    return st.step() && st.int64(0) != 0;
}

void AnomalyStore::removeUnreviewed(std::int64_t detectorId)
{
    Statement st = m_db.prepare(
        "DELETE FROM anomalies WHERE detector_id = ? AND state = 'open' AND version = 0");
    st.bind(1, detectorId).run();
}

bool AnomalyStore::removeIfUnreviewed(std::int64_t id)
{
    Statement st = m_db.prepare(
        "DELETE FROM anomalies WHERE id = ? AND state = 'open' AND version = 0 RETURNING id");
    st.bind(1, id);
    return st.step();
}

void AnomalyStore::setContext(std::int64_t id, const Json& context)
{
    Statement st = m_db.prepare("UPDATE anomalies SET context = ?, updated_at = ? WHERE id = ?");
    st.bind(1, dumpJson(context)).bind(2, static_cast<std::int64_t>(nowMs())).bind(3, id);
    st.run();
}

bool AnomalyStore::hasFinishedDetection()
{
    Statement st =
        m_db.prepare("SELECT EXISTS(SELECT 1 FROM detection_runs WHERE finished_at IS NOT NULL)");
    return st.step() && st.int64(0) != 0;
}

SeverityCounts AnomalyStore::openCountsBySeverity()
{
    SeverityCounts c;
    Statement st =
        m_db.prepare("SELECT severity_rank, count(*) FROM anomalies WHERE state = 'open' "
                     "GROUP BY severity_rank");
    while (st.step()) {
        const std::int64_t n = st.int64(1);
        switch (st.int64(0)) {
        case 0:
            c.low = n;
            break;
        case 1:
            c.medium = n;
            break;
        case 2:
            c.high = n;
            break;
        case 3:
            c.critical = n;
            break;
        default:
            break;
        }
    }
    return c;
}

std::int64_t AnomalyStore::exportCsv(const AnomalyFilter& filter, const std::string& path)
{
    AnomalyFilter all = filter;
    all.offset = 0;
    all.limit = -1;
    const std::vector<StoredAnomaly> rows = query(all);
    OutputFile file(path);
    {
        std::ostream& out = file.stream();
        out << "id,time,start,end,detector,model,metric,type,score,confidence,severity,actual,"
               "expected,"
               "deviation,threshold,state,note,context,recommendations\n";
        for (const StoredAnomaly& a : rows) {
            const Json recs = a.recommendations;
            out << a.id << ',' << toIso(a.time) << ',' << toIso(a.start) << ',' << toIso(a.end)
                << ',' << csvField(a.detectorName) << ',' << csvField(a.model) << ','
                << csvField(a.metric) << ',' << a.type << ',' << number(a.score) << ','
                << number(a.confidence) << ',' << a.severity << ',' << number(a.actual) << ','
                << number(a.expected) << ',' << number(a.deviation) << ',' << number(a.threshold)
                << ',' << a.state << ',' << csvField(a.note) << ',' << csvField(dumpJson(a.context))
                << ',' << csvField(dumpJson(recs)) << '\n';
        }
    }
    file.commit();
    return static_cast<std::int64_t>(rows.size());
}

} // namespace kestrel::detection
