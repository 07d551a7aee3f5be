#pragma once

#include "core/anomaly/Detection.h"
#include "core/common/Progress.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <vector>

namespace kestrel::anomaly {

// A count or a fraction of something (rows, features), as scikit-learn takes
// max_samples and max_features: an int is a count, a float a fraction.
struct SizeSpec
{
    enum class Kind
    {
        Auto,
        Count,
        Fraction
    };
    Kind kind = Kind::Auto;
    double value = 0.0;

    static SizeSpec automatic() { return {}; }
    static SizeSpec count(int n) { return {Kind::Count, static_cast<double>(n)}; }
    static SizeSpec fraction(double f) { return {Kind::Fraction, f}; }
};

struct IsolationForestOptions
{
    int nEstimators = 100;
    SizeSpec maxSamples = SizeSpec::automatic();    // auto = min(256, n)
    SizeSpec maxFeatures = SizeSpec::fraction(1.0); // drawn without replacement per tree
    std::optional<double> contamination;            // nullopt = "auto" (offset -0.5)
    std::uint64_t seed = 0;
    int threads = 0; // 0 = all cores
};

// Isolation Forest (Liu, Ting & Zhou 2008) as scikit-learn 1.2 implements it:
// each tree is grown on max_samples rows drawn without replacement (no
// bootstrap) and a per-tree feature subset; a node splits on a feature drawn
// uniformly among those not constant in the node, at a threshold uniform
// between the node's min and max (x <= threshold goes left); nodes with one
// row, only constant features, or at depth ceil(log2(max_samples)) are leaves.
// The path length of a point is its leaf depth plus c(leaf size), and
//   score_samples = -2^(-mean path length / c(max_samples))  in [-1, 0).
// offset_ is -0.5 for contamination "auto", else the 100*contamination
// percentile of the training score_samples; a point is an anomaly when
// score_samples < offset_.
//
// score() maps a = -score_samples in (0, 1] onto [0, 1] piecewise linearly
// with a = -offset_ at 0.5 (with "auto" the mapping is the identity, i.e. the
// original paper's anomaly score s(x, n)); so 0.5 is the contamination
// threshold and the severity thresholds sit between it and 1.
//
// Trees are grown and points scored on several threads; tree t uses the seed
// deriveSeed(seed, t) and each point's sum over trees runs in tree order, so
// results do not depend on the thread count. Features are held as float, as
// scikit-learn's trees do.
//
// If every column is constant nothing can be isolated: every score is 0,
// every label normal, and notes() says so.
class IsolationForest
{
public:
    explicit IsolationForest(IsolationForestOptions options = {});

    // Requires finite values (throws kestrel::Error naming row and column) and
    // at least one row ("no data").
    void fit(const Eigen::MatrixXd& x, Feedback feedback = {});

    // scikit-learn's score_samples: lower is more abnormal.
    Eigen::VectorXd scoreSamples(const Eigen::MatrixXd& x, Feedback feedback = {}) const;
    Eigen::VectorXd decisionFunction(const Eigen::MatrixXd& x, Feedback feedback = {}) const;
    // -1 anomaly, 1 normal.
    Eigen::VectorXi predict(const Eigen::MatrixXd& x, Feedback feedback = {}) const;
    // Scores in [0, 1] (0.5 = threshold) and labels 1 anomaly / 0 normal.
    Detection detect(const Eigen::MatrixXd& x, Feedback feedback = {}) const;

    // Fits on x and scores x.
    Detection fitDetect(const Eigen::MatrixXd& x, Feedback feedback = {});

    double offset() const { return m_offset; }
    int maxSamplesUsed() const { return m_maxSamples; }
    int maxDepth() const { return m_maxDepth; }
    const std::vector<std::string>& notes() const { return m_notes; }

    // scikit-learn's _average_path_length: c(n) = 2 H(n-1) - 2 (n-1) / n with
    // H(i) ~ ln(i) + Euler's constant, c(1) = 0 (and c(0) = 0), c(2) = 1.
    static double averagePathLength(double n);

    // Where a tree sends a point: left child = left, right child = left + 1.
    // Leaves point to themselves with threshold +inf, so every point walks
    // exactly maxDepth steps without a branch and ends on its leaf.
    struct Node
    {
        float threshold;
        std::int32_t feature;
        std::int32_t left;
        float pathLength; // leaves: depth + c(leaf size)
    };

private:
    void checkFitted(const Eigen::MatrixXd& x) const;

    IsolationForestOptions m_options;
    std::vector<Node> m_nodes;         // every tree, one after another
    std::vector<std::int32_t> m_roots; // root index of each tree
    int m_nFeatures = 0;
    int m_maxSamples = 0;
    int m_maxDepth = 0;
    double m_offset = -0.5;
    bool m_allConstant = false;
    bool m_fitted = false;
    std::vector<std::string> m_notes;
};

} // namespace kestrel::anomaly
