#pragma once

#include "core/anomaly/Detection.h"
#include "core/common/Progress.h"
#include "core/common/Time.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::anomaly {

enum class Algorithm
{
    IsolationForest,
    OneClassSvm,
    Mad,
    Seasonal,
    Ensemble
};

// "iforest", "ocsvm", "mad", "seasonal", "ensemble".
std::string toString(Algorithm algorithm);
std::optional<Algorithm> algorithmFromString(std::string_view name);

struct TableDetectOptions
{
    Algorithm algorithm = Algorithm::IsolationForest;
    // iforest: scikit-learn's contamination (nullopt = "auto"); ocsvm: nu
    // (default 0.1); ensemble: the fraction labelled (default 0.1); mad and
    // seasonal ignore it (they threshold the robust z at 3.5).
    std::optional<double> contamination;
    std::uint64_t seed = 0;
    int threads = 0;
};

// Scores every row of a table of metric columns with one algorithm: the
// multivariate detectors (iforest, ocsvm) see all columns at once; mad and
// seasonal score each column as a series in row order and keep, per row, the
// highest score (label 1 if any column is anomalous); ensemble combines
// iforest, ocsvm and mad (and seasonal when times are given) by the mean of
// their ranks. Seasonal needs `times`. Errors name the column for NaN/inf.
Detection detectTable(const Eigen::MatrixXd& x, const std::vector<std::string>& columnNames,
                      const std::vector<EpochMs>* times, const TableDetectOptions& options,
                      Feedback feedback = {});

} // namespace kestrel::anomaly
