#pragma once

#include "core/common/Progress.h"
#include "core/detection/AnomalyStore.h"
#include "core/detection/DetectionEngine.h"
#include "core/detection/DetectorConfig.h"
#include "core/detection/MetricImport.h"
#include "core/workspace/Database.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kestrel::detection {

// The Anomaly Review panel's (and `kestrel detect`'s) one door into anomaly
// detection. Everything the panel shows or changes goes through here, so
// the GUI and the CLI cannot disagree.
//
// Threading: a service works on one connection, on the thread that owns
// it. The GUI builds the service from the workspace path inside a JobRunner
// job, so the connection is opened on the worker and no call, not even a
// review action waiting behind an import's write lock, runs on the UI thread:
//
//   jobs.submit(tr("Acknowledge anomaly"), [path, id](JobContext&) {
//       detection::AnomalyService(path).acknowledge(id);
//       return QVariant();
//   });
//
// The CLI and tests may hand it a connection they already hold.
//
// Errors are kestrel::Error with a message for a person (unknown id, a
// review move the flow does not allow, a bad detector field, ...).
class AnomalyService
{
public:
    explicit AnomalyService(workspace::Database& db);
    // Opens (and owns) a connection to the workspace at `workspacePath`: a
    // file or a team workspace URL (postgresql://).
    explicit AnomalyService(const std::string& workspacePath);
    ~AnomalyService();

    // --- Detector configurations (the detector list and editor) ---

    // Every configuration, in id order (enabled or not).
    std::vector<DetectorConfig> detectors();
    std::optional<DetectorConfig> detector(std::int64_t id);
    // Inserts (id 0) or updates after DetectorConfig::validate(); returns the id.
    std::int64_t saveDetector(const DetectorConfig& config);
    // Deletes the configuration; its anomalies stay, without a detector.
    void deleteDetector(std::int64_t id);

    // --- Detection (a background job) ---

    // Runs one detector (by id) or, with nothing, every enabled detector over
    // the whole run history and the imported series, storing anomalies and
    // detection runs. Progress in [0, 1]; a stop request throws
    // kestrel::Cancelled and stores nothing for the unfinished detector.
    std::vector<DetectionRunSummary> runDetection(std::optional<std::int64_t> detectorId,
                                                  Feedback& feedback);

    // Imports metric series (a time column plus metric columns) from CSV so
    // detectors can watch them by column name.
    MetricImportResult importMetricSeries(const std::string& path,
                                          const MetricImportOptions& options, Feedback& feedback);

    // --- The anomaly table (SQL-backed: filter, sort, page) ---

    // One page of anomalies (filter.offset / filter.limit) in filter.sort order.
    std::vector<StoredAnomaly> anomalies(const AnomalyFilter& filter);
    // How many anomalies the filter selects (ignores offset / limit).
    std::int64_t countAnomalies(const AnomalyFilter& filter);
    // Models that have anomalies, for the model filter.
    std::vector<std::string> anomalyModels();

    // --- Detail pane ---

    struct AnomalyDetail
    {
        StoredAnomaly anomaly;
        std::vector<AnomalyEvent> events; // oldest first
    };
    std::optional<AnomalyDetail> anomaly(std::int64_t id);

    // --- Chart ---

    // The anomaly's model + metric from `before` ms before its window to
    // `after` ms after it, as its detector scores it: actual values, the
    // expected value and the band [lower, upper] outside which points score
    // above the detector's threshold. Throws for an unknown id.
    ScoredSeries seriesAround(std::int64_t anomalyId, EpochMs before, EpochMs after,
                              Feedback& feedback);
    // Anomalies of the same model + metric inside [from, to), for the chart's markers.
    std::vector<StoredAnomaly> markers(const std::string& model, const std::string& metric,
                                       EpochMs from, EpochMs to);

    // --- Review actions (each recorded with the acting user and time) ---
    //
    // Optimistic concurrency: each action raises the anomaly's version. Two
    // reviewers acting on the same anomaly: the second one's action throws
    // StaleReview (who changed it, when, its state now) and writes nothing.

    // The version of anomaly `id` the caller shows (StoredAnomaly::version):
    // the next review action on `id` through this service acts on that
    // version and fails with StaleReview when the anomaly has changed since.
    // Without it an action acts on the version it reads itself.
    void expectVersion(std::int64_t id, std::int64_t version);

    void acknowledge(std::int64_t id, const std::string& note = {});
    // Notes are required: what was found and done.
    void resolve(std::int64_t id, const std::string& note);
    // A reason is required. Feeds back into detection (see DetectionEngine).
    void markFalsePositive(std::int64_t id, const std::string& reason);
    // Back to open from resolved or false positive.
    void reopen(std::int64_t id, const std::string& note = {});

    // --- What other modules may treat as real (the AI analysis) ---

    // The anomalies the filter selects that stand after review: open,
    // acknowledged and resolved ones. A false positive is a reviewer's "this
    // did not happen" and is never returned; filter.states narrows further
    // but cannot bring false positives back.
    std::vector<StoredAnomaly> standingAnomalies(AnomalyFilter filter);
    // True once detection has finished at least once on this workspace, so a
    // caller can tell "nothing found" from "never looked".
    bool detectionHasRun();

    // --- Live updates ---

    // A number that changes whenever any connection, in this process or
    // another, commits a change to the workspace (a review, a detection run):
    // a view polls it and reloads when it moves.
    std::int64_t changeToken();

    // --- Overview panel ---

    SeverityCounts openBySeverity();

    // --- Export ---

    // Every anomaly the filter selects as CSV (all fields); returns the row count.
    std::int64_t exportCsv(const AnomalyFilter& filter, const std::string& path);

private:
    std::optional<std::int64_t> takeExpected(std::int64_t id);

    std::unique_ptr<workspace::Database> m_owned; // first: m_db may refer to it
    workspace::Database& m_db;
    AnomalyStore m_store;
    DetectorStore m_detectors;
    std::optional<std::pair<std::int64_t, std::int64_t>> m_expected; // id, version
};

} // namespace kestrel::detection
