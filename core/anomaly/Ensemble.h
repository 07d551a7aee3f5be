#pragma once

#include "core/anomaly/Detection.h"

#include <vector>

namespace kestrel::anomaly {

enum class Normalisation
{
    Rank,
    MinMax
};
enum class Combination
{
    Mean,
    Max,
    RankAverage
};

struct EnsembleOptions
{
    Normalisation normalisation = Normalisation::Rank;
    Combination combination = Combination::Mean;
    double contamination = 0.1; // fraction of the training points labelled anomalous
};

// Combines members' scores on the same points. Each member's scores are first
// normalised on the training scores: Rank = fraction of training scores
// below (ties counted half), MinMax = (s - min) / (max - min). They are then
// combined by their mean, their max, or (RankAverage) the mean of their rank
// normalisations whatever `normalisation` says. The threshold is the
// (1 - contamination) quantile of the combined training scores; the final
// score maps [min, threshold, max] of the training combination onto
// [0, 0.5, 1] (piecewise linear) and the label is score > 0.5.
class Ensemble
{
public:
    explicit Ensemble(EnsembleOptions options = {});

    // members[k] = member k's scores on the training points (all equally long).
    void fit(const std::vector<std::vector<double>>& members);
    // members[k] = member k's scores on the points to score.
    Detection combine(const std::vector<std::vector<double>>& members) const;
    Detection fitCombine(const std::vector<std::vector<double>>& members);

private:
    std::vector<double> combined(const std::vector<std::vector<double>>& members) const;

    EnsembleOptions m_options;
    std::vector<std::vector<double>> m_sortedTraining; // per member, ascending
    double m_lo = 0.0;
    double m_threshold = 0.5;
    double m_hi = 1.0;
    bool m_fitted = false;
};

} // namespace kestrel::anomaly
