#pragma once

#include "core/common/Error.h"
#include "core/common/Json.h"
#include "core/common/Time.h"
#include "core/workspace/Database.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::detection {

// Review states of an anomaly. open -> acknowledged -> resolved; open or
// acknowledged -> false_positive; resolved or false_positive -> open (reopen).
namespace state {
inline constexpr const char* kOpen = "open";
inline constexpr const char* kAcknowledged = "acknowledged";
inline constexpr const char* kResolved = "resolved";
inline constexpr const char* kFalsePositive = "false_positive";
} // namespace state

// One stored anomaly: seed 001's AnomalyResult fields (time, component,
// metric, type, score, confidence, severity, actual, expected, deviation,
// threshold, context, recommendations) plus the window it covers, the band
// half-width around `expected` that counts as normal, where it came from and
// its review state. Consecutive flagged hours of one model + metric + type are
// one anomaly: `time` is its peak hour, [start, end) the whole window.
struct StoredAnomaly
{
    std::int64_t id = 0;
    std::optional<std::int64_t> detectorId;
    std::string detectorName; // filled by queries (empty when the detector was deleted)
    std::optional<std::int64_t> detectionRunId;
    EpochMs time = 0;
    EpochMs start = 0;
    EpochMs end = 0;
    std::string componentType = "model";
    std::string model;
    std::string metric;
    std::string type; // anomaly::toString(AnomalyType)
    double score = 0;
    double confidence = 0;
    std::string severity; // anomaly::toString(Severity)
    double actual = 0;
    double expected = 0;
    double deviation = 0;
    double threshold = 0.5; // score threshold that made it an anomaly
    double band = 0;        // |actual - expected| that would have scored the threshold
    Json context = Json::object();
    std::vector<std::string> recommendations;
    std::string state = state::kOpen;
    std::string note; // resolution note or false-positive reason
    EpochMs createdAt = 0;
    EpochMs updatedAt = 0;
    // Raised by one with every review action: a reviewer's action names the
    // version it saw, so two people acting on one anomaly cannot overwrite
    // each other (optimistic concurrency, AnomalyStore::transition).
    std::int64_t version = 0;
};

// A review action on a version of an anomaly that someone else has changed
// since. The message names who, when and the state it is in now, and asks
// the reviewer to reload; nothing was written.
class StaleReview : public Error
{
public:
    explicit StaleReview(const std::string& message) : Error(message) {}
};

// One review step.
struct AnomalyEvent
{
    std::int64_t id = 0;
    std::int64_t anomalyId = 0;
    std::string fromState;
    std::string toState;
    std::string note;
    std::string user;
    EpochMs time = 0;
};

enum class AnomalySortColumn
{
    Time,
    Score,
    Severity,
    Model,
    Metric,
    Type,
    State,
    Detector
};

// Which anomalies a query returns. Empty lists and unset optionals match all.
struct AnomalyFilter
{
    std::vector<std::string> severities; // e.g. {"high","critical"}
    std::vector<std::string> states;
    std::vector<std::string> types;
    std::optional<std::int64_t> detectorId;
    std::optional<std::int64_t> detectionRunId;
    std::vector<std::string> models;
    std::string metric;
    std::optional<EpochMs> from; // anomalies whose window overlaps [from, to)
    std::optional<EpochMs> to;
    AnomalySortColumn sort = AnomalySortColumn::Time;
    bool descending = true;
    std::int64_t offset = 0;
    std::int64_t limit = -1; // -1 = no limit
};

// Open anomalies per severity, low to critical.
struct SeverityCounts
{
    std::int64_t low = 0;
    std::int64_t medium = 0;
    std::int64_t high = 0;
    std::int64_t critical = 0;
    std::int64_t total() const { return low + medium + high + critical; }
};

// The anomalies, anomaly_events and detector_feedback tables.
class AnomalyStore
{
public:
    explicit AnomalyStore(workspace::Database& db) : m_db(db) {}

    std::int64_t insert(const StoredAnomaly& a);
    std::vector<StoredAnomaly> query(const AnomalyFilter& filter);
    std::int64_t count(const AnomalyFilter& filter);
    std::optional<StoredAnomaly> get(std::int64_t id);
    std::vector<AnomalyEvent> events(std::int64_t anomalyId);

    // Moves an anomaly to `toState`, raising its version and recording an
    // event with the acting user (workspace::actingUser) and the time.
    // `seenVersion` is the version the reviewer acted on; without it, the one
    // read here. Throws StaleReview when the stored version differs or
    // another connection changes the anomaly first, kestrel::Error for an
    // unknown id or a move the review flow does not allow (e.g. resolved ->
    // acknowledged). Marking a false positive also records feedback for its
    // detector, model and metric: the score threshold rises to the anomaly's
    // score, so later runs flag that detector + model + metric only above it.
    // One transaction.
    void transition(std::int64_t id, const std::string& toState, const std::string& note,
                    std::optional<std::int64_t> seenVersion = std::nullopt);

    // The feedback score threshold for a detector + model + metric, if any.
    std::optional<double> feedbackThreshold(std::int64_t detectorId, const std::string& model,
                                            const std::string& metric);
    // Windows [start, end) of anomalies marked false positive on a model +
    // metric (any detector): left out of the baseline of later runs.
    std::vector<std::pair<EpochMs, EpochMs>> falsePositiveWindows(const std::string& model,
                                                                  const std::string& metric);
    // True when a reviewed anomaly (acknowledged, resolved, false positive,
    // or reopened after review) of the detector on the model + metric
    // overlaps [start, end).
    bool reviewedOverlap(std::int64_t detectorId, const std::string& model,
                         const std::string& metric, EpochMs start, EpochMs end);
    // Removes the detector's open anomalies that nobody has reviewed yet
    // (version 0: every review step raises it): a new run of the detector
    // replaces them. The condition is on the row itself, so on PostgreSQL a
    // review committed while the delete waits for the row keeps it.
    void removeUnreviewed(std::int64_t detectorId);
    // Removes one anomaly if it is still open and nobody has reviewed it;
    // true when it did.
    bool removeIfUnreviewed(std::int64_t id);
    // Replaces an anomaly's context (not a review step: the version stays).
    void setContext(std::int64_t id, const Json& context);

    SeverityCounts openCountsBySeverity();
    // True once a detection run has finished on this workspace.
    bool hasFinishedDetection();

    // Writes the anomalies the filter selects (offset/limit ignored) as CSV,
    // through a temporary file renamed into place. Returns the row count.
    std::int64_t exportCsv(const AnomalyFilter& filter, const std::string& path);

    // The OS user name (workspace::osUserName), what a SQLite workspace
    // records with review events.
    static std::string osUser();

private:
    // Throws StaleReview for `id` with who changed it last, when and its state now.
    [[noreturn]] void staleReview(std::int64_t id);
    workspace::Database& m_db;
};

// 0 low .. 3 critical, -1 for anything else.
int severityRank(const std::string& severity);

} // namespace kestrel::detection
