#include "core/common/Json.h"
#include "core/common/Json.h"
#include "core/detection/DetectorConfig.h"

#include "core/anomaly/TableDetector.h"
#include "core/anomaly/Typing.h"
#include "core/common/Error.h"
#include "core/common/Time.h"

namespace kestrel::detection {

using workspace::Statement;

namespace {

DetectorConfig readConfig(Statement& st)
{
    DetectorConfig c;
    c.id = st.int64(0);
    c.name = st.text(1);
    const Json metrics = Json::parse(st.text(2), nullptr, false);
    if (metrics.is_array())
        for (const Json& m : metrics)
            if (m.is_string())
                c.metrics.push_back(m.get<std::string>());
    c.algorithm = st.text(3);
    c.detection = Json::parse(st.text(4), nullptr, false);
    if (!c.detection.is_object())
        c.detection = Json::object();
    c.thresholds = Json::parse(st.text(5), nullptr, false);
    if (!c.thresholds.is_object())
        c.thresholds = Json::object();
    c.scheduleMinutes = static_cast<int>(st.int64(6));
    c.enabled = st.int64(7) != 0;
    return c;
}

constexpr const char* kSelect = "SELECT id, name, metrics, algorithm, detection_config, threshold_config, "
                                "schedule_minutes, enabled FROM detector_configs";

// Binds the columns INSERT and UPDATE share, in the order both list them.
Statement& bindFields(Statement& st, const DetectorConfig& c)
{
    return st.bind(1, c.name)
        .bind(2, dumpJson(Json(c.metrics)))
        .bind(3, c.algorithm)
        .bind(4, dumpJson(c.detection))
        .bind(5, dumpJson(c.thresholds))
        .bind(6, c.scheduleMinutes)
        .bind(7, c.enabled ? 1 : 0);
}

} // namespace

anomaly::SeverityThresholds DetectorConfig::severityThresholds() const
{
    anomaly::SeverityThresholds t;
    t.low = thresholds.value("low", t.low);
    t.medium = thresholds.value("medium", t.medium);
    t.high = thresholds.value("high", t.high);
    t.critical = thresholds.value("critical", t.critical);
    return t;
}

void DetectorConfig::validate() const
{
    if (name.empty())
        throw Error("A detector needs a name.");
    if (metrics.empty())
        throw Error("Detector '" + name + "' watches no metric; choose at least one.");
    if (!anomaly::algorithmFromString(algorithm))
        throw Error("Detector '" + name + "': unknown algorithm '" + algorithm +
                    "' (use iforest, ocsvm, mad, seasonal or ensemble).");
    if (!detection.is_object())
        throw Error("Detector '" + name + "': the detection configuration must be a JSON object.");
    if (!thresholds.is_object())
        throw Error("Detector '" + name + "': the threshold configuration must be a JSON object.");
    for (const char* key : {"low", "medium", "high", "critical"})
        if (thresholds.contains(key) && !thresholds[key].is_number())
            throw Error("Detector '" + name + "': threshold '" + key + "' must be a number.");
    try {
        anomaly::validate(severityThresholds());
    } catch (const Error& e) {
        throw Error("Detector '" + name + "': " + e.what() + ".");
    }
    if (detection.contains("direction")) {
        const Json& d = detection["direction"];
        if (!d.is_string() || (d != "up" && d != "down" && d != "both"))
            throw Error("Detector '" + name + "': direction must be \"up\", \"down\" or \"both\".");
    }
    for (const char* key : {"window", "z_threshold", "smoothing_hours", "min_count", "min_ratio", "min_delta",
                            "max_p", "merge_gap_hours", "min_driver_z", "contamination", "n_estimators", "seed", "nu"})
        if (detection.contains(key) && !detection[key].is_number())
            throw Error("Detector '" + name + "': '" + key + "' must be a number.");
    if (scheduleMinutes < 0)
        throw Error("Detector '" + name + "': the schedule cannot be negative minutes.");
}

std::vector<DetectorConfig> DetectorStore::list()
{
    std::vector<DetectorConfig> out;
    Statement st = m_db.prepare(std::string(kSelect) + " ORDER BY id");
    while (st.step())
        out.push_back(readConfig(st));
    return out;
}

std::optional<DetectorConfig> DetectorStore::get(std::int64_t id)
{
    Statement st = m_db.prepare(std::string(kSelect) + " WHERE id=?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readConfig(st);
}

std::optional<DetectorConfig> DetectorStore::byName(const std::string& name)
{
    Statement st = m_db.prepare(std::string(kSelect) + " WHERE name=?");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return readConfig(st);
}

std::int64_t DetectorStore::save(const DetectorConfig& c)
{
    c.validate();
    if (const auto other = byName(c.name); other && other->id != c.id)
        throw Error("A detector named '" + c.name + "' already exists; choose another name.");
    const EpochMs now = nowMs();
    if (c.id == 0) {
        Statement st = m_db.prepare(
            "INSERT INTO detector_configs(name, metrics, algorithm, detection_config, threshold_config, "
            "schedule_minutes, enabled, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?)");
        bindFields(st, c)
            .bind(8, static_cast<std::int64_t>(now))
            .bind(9, static_cast<std::int64_t>(now));
        st.run();
        return m_db.lastInsertId();
    }
    Statement st = m_db.prepare("UPDATE detector_configs SET name=?, metrics=?, algorithm=?, detection_config=?, "
                                "threshold_config=?, schedule_minutes=?, enabled=?, updated_at=? WHERE id=?");
    bindFields(st, c)
        .bind(8, static_cast<std::int64_t>(now))
        .bind(9, c.id);
    st.run();
    if (m_db.changes() == 0)
        throw Error("No detector with id " + std::to_string(c.id) + " (it may have been deleted).");
    return c.id;
}

void DetectorStore::remove(std::int64_t id)
{
    Statement st = m_db.prepare("DELETE FROM detector_configs WHERE id=?");
    st.bind(1, id).run();
}

} // namespace kestrel::detection
