#pragma once

// Shared helpers for the anomaly tests: the reference numbers written by
// tests/data/anomaly/make_reference.py, the labelled data sets, and ROC-AUC.

#include "core/anomaly/CsvTable.h"
#include "core/common/Json.h"

#include <Eigen/Core>

#include <algorithm>
#include <fstream>
#include <numeric>
#include <string>
#include <vector>

namespace kestrel::anomaly::testing {

inline std::string dataPath(const std::string& name)
{
    return std::string(KESTREL_TEST_DATA_DIR) + "/anomaly/" + name;
}

inline Json reference()
{
    std::ifstream in(dataPath("reference.json"));
    return Json::parse(in);
}

struct Labelled
{
    Eigen::MatrixXd x;
    std::vector<int> y; // 1 = anomaly
};

// A data set with the label column `is_anomaly`.
inline Labelled loadLabelled(const std::string& name)
{
    const CsvTable table = CsvTable::read(dataPath(name));
    const std::size_t label = *table.column("is_anomaly");
    std::vector<std::size_t> features;
    for (std::size_t c = 0; c < table.header().size(); ++c)
        if (c != label)
            features.push_back(c);
    Labelled out{table.matrix(features), {}};
    const Eigen::MatrixXd y = table.matrix({label});
    for (Eigen::Index i = 0; i < y.rows(); ++i)
        out.y.push_back(static_cast<int>(y(i, 0)));
    return out;
}

// ROC-AUC of `score` (higher = more anomalous) by the Mann-Whitney U
// statistic with average ranks for ties.
inline double rocAuc(const std::vector<int>& y, const std::vector<double>& score)
{
    const std::size_t n = y.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return score[a] < score[b]; });
    std::vector<double> rank(n);
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && score[order[j]] == score[order[i]])
            ++j;
        const double avg =
            (static_cast<double>(i) + static_cast<double>(j) + 1.0) / 2.0; // 1-based ranks
        for (std::size_t k = i; k < j; ++k)
            rank[order[k]] = avg;
        i = j;
    }
    double positives = 0.0;
    double rankSum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (y[i] == 1) {
            positives += 1.0;
            rankSum += rank[i];
        }
    }
    const double negatives = static_cast<double>(n) - positives;
    return (rankSum - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

} // namespace kestrel::anomaly::testing
