#include "core/detection/DetectorConfig.h"

#include "core/anomaly/TableDetector.h"
#include "core/anomaly/Typing.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "core/workspace/CurrentUser.h"

#include <cmath>
#include <type_traits>

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

constexpr const char* kSelect =
    "SELECT id, name, metrics, algorithm, detection_config, threshold_config, "
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

DetectionParams DetectorConfig::params() const
{
    DetectionParams p;
    if (!detection.is_object())
        throw Error("Detector '" + name + "': the detection configuration must be a JSON object.");
    auto bad = [&](const char* key, const std::string& need) {
        return Error("Detector '" + name + "': '" + key + "' must be " + need + ", not " +
                     dumpJson(detection[key]) + ".");
    };
    auto number = [&](const char* key, double& out) {
        if (!detection.contains(key))
            return false;
        if (!detection[key].is_number())
            throw bad(key, "a number");
        out = detection[key].get<double>();
        return true;
    };
    auto integer = [&](const char* key, auto& out, double min) {
        double x = 0;
        if (!number(key, x))
            return;
        if (x != std::floor(x) || x < min || x > 1e15)
            throw bad(key, "a whole number of at least " + std::to_string(static_cast<int>(min)));
        out = static_cast<std::remove_reference_t<decltype(out)>>(x);
    };
    if (detection.contains("direction")) {
        const Json& d = detection["direction"];
        if (!d.is_string() || (d != "up" && d != "down" && d != "both"))
            throw Error("Detector '" + name + "': direction must be \"up\", \"down\" or \"both\".");
        p.direction = d.get<std::string>();
    }
    if (detection.contains("log")) {
        if (!detection["log"].is_boolean())
            throw bad("log", "true or false");
        p.log = detection["log"].get<bool>();
    }
    integer("window", p.window, 2);
    number("z_threshold", p.zThreshold);
    integer("smoothing_hours", p.smoothingHours, 0);
    integer("min_count", p.minCount, 0);
    number("min_ratio", p.minRatio);
    number("min_delta", p.minDelta);
    number("max_p", p.maxP);
    integer("merge_gap_hours", p.mergeGapHours, 0);
    number("min_driver_z", p.minDriverZ);
    double share = 0;
    if (number("contamination", share) || number("nu", share))
        p.contamination = share;
    integer("seed", p.seed, 0);
    int trees = 0;
    integer("n_estimators", trees, 1);
    return p;
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
    params();
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
        Statement st =
            m_db.prepare("INSERT INTO detector_configs(name, metrics, algorithm, detection_config, "
                         "threshold_config, "
                         "schedule_minutes, enabled, created_at, updated_at, updated_by) "
                         "VALUES(?,?,?,?,?,?,?,?,?,?) RETURNING id");
        bindFields(st, c)
            .bind(8, static_cast<std::int64_t>(now))
            .bind(9, static_cast<std::int64_t>(now))
            .bind(10, workspace::actingUser(m_db));
        // RETURNING: see AnomalyStore::insert.
        if (!st.step())
            throw Error("The detector '" + c.name + "' was not stored.");
        return st.int64(0);
    }
    Statement st = m_db.prepare(
        "UPDATE detector_configs SET name=?, metrics=?, algorithm=?, detection_config=?, "
        "threshold_config=?, schedule_minutes=?, enabled=?, updated_at=?, updated_by=? WHERE id=?");
    bindFields(st, c)
        .bind(8, static_cast<std::int64_t>(now))
        .bind(9, workspace::actingUser(m_db))
        .bind(10, c.id);
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
