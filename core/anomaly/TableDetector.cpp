#include "core/anomaly/TableDetector.h"

#include "core/anomaly/Ensemble.h"
#include "core/anomaly/InputCheck.h"
#include "core/anomaly/IsolationForest.h"
#include "core/anomaly/OneClassSvm.h"
#include "core/anomaly/RobustZScore.h"
#include "core/anomaly/SeasonalResidual.h"
#include "core/common/Error.h"

#include <algorithm>
#include <array>

namespace kestrel::anomaly {

namespace {

constexpr std::array<std::pair<Algorithm, std::string_view>, 5> kNames{{
    {Algorithm::IsolationForest, "iforest"},
    {Algorithm::OneClassSvm, "ocsvm"},
    {Algorithm::Mad, "mad"},
    {Algorithm::Seasonal, "seasonal"},
    {Algorithm::Ensemble, "ensemble"},
}};

// Per-column series detection, the row's highest score and any label.
template <typename Fn>
Detection perColumn(const Eigen::MatrixXd& x, Feedback& feedback, Fn detectColumn)
{
    const auto n = static_cast<std::size_t>(x.rows());
    Detection out;
    out.scores.assign(n, 0.0);
    out.labels.assign(n, 0);
    for (Eigen::Index c = 0; c < x.cols(); ++c) {
        feedback.throwIfStopped();
        const std::vector<double> column(x.col(c).begin(), x.col(c).end());
        const SeriesDetection d = detectColumn(column);
        for (std::size_t i = 0; i < n; ++i) {
            out.scores[i] = std::max(out.scores[i], d.scores[i]);
            out.labels[i] = std::max(out.labels[i], d.labels[i]);
        }
        for (const std::string& note : d.notes)
            if (std::find(out.notes.begin(), out.notes.end(), note) == out.notes.end())
                out.notes.push_back(note);
        feedback.report(static_cast<double>(c + 1) / static_cast<double>(x.cols()));
    }
    return out;
}

} // namespace

std::string toString(Algorithm algorithm)
{
    for (const auto& [a, name] : kNames)
        if (a == algorithm)
            return std::string(name);
    return {};
}

std::optional<Algorithm> algorithmFromString(std::string_view name)
{
    for (const auto& [a, n] : kNames)
        if (n == name)
            return a;
    return std::nullopt;
}

Detection detectTable(const Eigen::MatrixXd& x, const std::vector<std::string>& columnNames,
                      const std::vector<EpochMs>* times, const TableDetectOptions& options,
                      Feedback feedback)
{
    requireFinite(x, columnNames);
    if (times && times->size() != static_cast<std::size_t>(x.rows()))
        throw Error("the seasonal detector needs one time per row");
    const std::vector<bool> constant = constantColumns(x);
    if (std::all_of(constant.begin(), constant.end(), [](bool c) { return c; })) {
        Detection flat;
        flat.scores.assign(static_cast<std::size_t>(x.rows()), 0.0);
        flat.labels.assign(static_cast<std::size_t>(x.rows()), 0);
        flat.notes.push_back(
            "every column is constant: nothing can be anomalous, every score is 0");
        return flat;
    }

    switch (options.algorithm) {
    case Algorithm::IsolationForest: {
        IsolationForestOptions o;
        o.contamination = options.contamination;
        o.seed = options.seed;
        o.threads = options.threads;
        IsolationForest forest(o);
        return forest.fitDetect(x, feedback);
    }
    case Algorithm::OneClassSvm: {
        OneClassSvmOptions o;
        o.nu = options.contamination.value_or(0.1);
        OneClassSvm svm(o);
        return svm.fitDetect(x, feedback);
    }
    case Algorithm::Mad: {
        const RobustZScore mad;
        return perColumn(x, feedback, [&](const std::vector<double>& v) { return mad.detect(v); });
    }
    case Algorithm::Seasonal: {
        if (!times)
            throw Error(
                "the seasonal detector needs a time column (named time, timestamp or date)");
        const SeasonalResidual seasonal;
        return perColumn(x, feedback,
                         [&](const std::vector<double>& v) { return seasonal.detect(*times, v); });
    }
    case Algorithm::Ensemble: {
        std::vector<std::vector<double>> members;
        std::vector<std::string> notes;
        TableDetectOptions member = options;
        member.contamination.reset();
        for (Algorithm a : {Algorithm::IsolationForest, Algorithm::OneClassSvm, Algorithm::Mad,
                            Algorithm::Seasonal}) {
            if (a == Algorithm::Seasonal && !times)
                continue;
            feedback.throwIfStopped();
            member.algorithm = a;
            Detection d = detectTable(x, columnNames, times, member);
            members.push_back(std::move(d.scores));
            for (std::string& note : d.notes)
                if (std::find(notes.begin(), notes.end(), note) == notes.end())
                    notes.push_back(std::move(note));
            feedback.report(0.25 * static_cast<double>(members.size()));
        }
        EnsembleOptions eo;
        eo.combination = Combination::RankAverage;
        eo.contamination = options.contamination.value_or(0.1);
        Ensemble ensemble(eo);
        Detection out = ensemble.fitCombine(members);
        out.notes = std::move(notes);
        feedback.report(1.0);
        return out;
    }
    }
    throw Error("unknown algorithm");
}

} // namespace kestrel::anomaly
