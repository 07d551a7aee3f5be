#include "core/anomaly/IsolationForest.h"

#include "core/anomaly/InputCheck.h"
#include "core/anomaly/Parallel.h"
#include "core/anomaly/ScoreScale.h"
#include "core/common/Error.h"
#include "core/common/Random.h"
#include "core/stats/Descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kestrel::anomaly {

namespace {

constexpr double kEulerGamma = 0.57721566490153286; // numpy.euler_gamma, as scikit-learn
constexpr Eigen::Index kRowsPerChunk = 1024;

double uniform01(Rng& rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

std::size_t uniformIndex(Rng& rng, std::size_t n)
{
    return static_cast<std::size_t>(rng() % n);
}

// Row-major float copy: one row is contiguous, as the trees read it.
std::vector<float> toRowMajorFloat(const Eigen::MatrixXd& x)
{
    std::vector<float> out(static_cast<std::size_t>(x.rows() * x.cols()));
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            out[static_cast<std::size_t>(r * x.cols() + c)] = static_cast<float>(x(r, c));
    return out;
}

// Grows one tree on the sampled rows. `columns` holds the sample column-major
// (feature f of sample i at columns[f * m + i]).
class TreeBuilder
{
public:
    TreeBuilder(const std::vector<float>& columns, std::size_t m, std::vector<int> features,
                int maxDepth, Rng& rng)
        : m_columns(columns), m_m(m), m_features(std::move(features)), m_maxDepth(maxDepth),
          m_rng(rng)
    {
        m_index.resize(m);
        std::iota(m_index.begin(), m_index.end(), 0);
    }

    std::vector<IsolationForest::Node> build()
    {
        m_nodes.push_back({});
        grow(0, 0, m_m, 0);
        return std::move(m_nodes);
    }

private:
    float value(int feature, std::size_t sample) const
    {
        return m_columns[static_cast<std::size_t>(feature) * m_m + sample];
    }

    void makeLeaf(std::size_t node, std::size_t size, int depth)
    {
        m_nodes[node] = {std::numeric_limits<float>::infinity(), 0, static_cast<std::int32_t>(node),
                         static_cast<float>(depth + IsolationForest::averagePathLength(
                                                        static_cast<double>(size)))};
    }

    void grow(std::size_t node, std::size_t begin, std::size_t end, int depth)
    {
        const std::size_t size = end - begin;
        if (size < 2 || depth >= m_maxDepth) {
            makeLeaf(node, size, depth);
            return;
        }
        // Draw features without replacement until one is not constant here,
        // i.e. a uniform choice among the non-constant features.
        int feature = -1;
        float lo = 0.0f;
        float hi = 0.0f;
        for (std::size_t k = 0; k < m_features.size(); ++k) {
            const std::size_t pick = k + uniformIndex(m_rng, m_features.size() - k);
            std::swap(m_features[k], m_features[pick]);
            const int f = m_features[k];
            lo = hi = value(f, m_index[begin]);
            for (std::size_t i = begin + 1; i < end; ++i) {
                const float v = value(f, m_index[i]);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            if (hi > lo) {
                feature = f;
                break;
            }
        }
        if (feature < 0) {
            makeLeaf(node, size, depth);
            return;
        }
        auto threshold = static_cast<float>(lo + (static_cast<double>(hi) - lo) * uniform01(m_rng));
        if (threshold >= hi) // as scikit-learn: never a split with an empty right side
            threshold = lo;
        const auto mid = static_cast<std::size_t>(
            std::partition(m_index.begin() + static_cast<std::ptrdiff_t>(begin),
                           m_index.begin() + static_cast<std::ptrdiff_t>(end),
                           [&](std::size_t s) { return value(feature, s) <= threshold; }) -
            m_index.begin());
        const std::size_t left = m_nodes.size();
        m_nodes.push_back({});
        m_nodes.push_back({});
        m_nodes[node] = {threshold, feature, static_cast<std::int32_t>(left), 0.0f};
        grow(left, begin, mid, depth + 1);
        grow(left + 1, mid, end, depth + 1);
    }

    const std::vector<float>& m_columns;
    std::size_t m_m;
    std::vector<int> m_features;
    int m_maxDepth;
    Rng& m_rng;
    std::vector<std::size_t> m_index;
    std::vector<IsolationForest::Node> m_nodes;
};

// Floyd's algorithm: k distinct values of [0, n), k <= n.
std::vector<std::size_t> sampleWithoutReplacement(Rng& rng, std::size_t n, std::size_t k)
{
    std::vector<std::size_t> chosen;
    chosen.reserve(k);
    if (k == n) {
        chosen.resize(n);
        std::iota(chosen.begin(), chosen.end(), 0);
        return chosen;
    }
    if (k > 4096) { // partial Fisher-Yates: linear in n, no quadratic inserts
        std::vector<std::size_t> all(n);
        std::iota(all.begin(), all.end(), 0);
        for (std::size_t i = 0; i < k; ++i)
            std::swap(all[i], all[i + uniformIndex(rng, n - i)]);
        all.resize(k);
        return all;
    }
    // Open addressing on a power-of-two table at most half full.
    std::size_t capacity = 16;
    while (capacity < 2 * k)
        capacity *= 2;
    constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);
    std::vector<std::size_t> table(capacity, kEmpty);
    auto insert = [&](std::size_t v) {
        std::size_t h = (v * 0x9E3779B97F4A7C15ULL) & (capacity - 1);
        while (table[h] != kEmpty) {
            if (table[h] == v)
                return false;
            h = (h + 1) & (capacity - 1);
        }
        table[h] = v;
        return true;
    };
    for (std::size_t j = n - k; j < n; ++j) {
        const std::size_t t = uniformIndex(rng, j + 1);
        const std::size_t v = insert(t) ? t : j;
        if (v == j)
            insert(j);
        chosen.push_back(v);
    }
    return chosen;
}

} // namespace

IsolationForest::IsolationForest(IsolationForestOptions options) : m_options(options)
{
    if (m_options.nEstimators < 1)
        throw Error("Isolation Forest needs at least one tree (n_estimators >= 1)");
    if (m_options.contamination &&
        !(*m_options.contamination > 0.0 && *m_options.contamination <= 0.5))
        throw Error("contamination must be 'auto' or a fraction in (0, 0.5]");
}

double IsolationForest::averagePathLength(double n)
{
    if (n <= 1.0)
        return 0.0;
    if (n <= 2.0)
        return 1.0;
    return 2.0 * (std::log(n - 1.0) + kEulerGamma) - 2.0 * (n - 1.0) / n;
}

void IsolationForest::fit(const Eigen::MatrixXd& x, Feedback feedback)
{
    requireFinite(x);
    m_notes.clear();
    m_nodes.clear();
    m_roots.clear();
    const auto n = static_cast<std::size_t>(x.rows());
    const auto d = static_cast<int>(x.cols());
    m_nFeatures = d;

    switch (m_options.maxSamples.kind) {
    case SizeSpec::Kind::Auto:
        m_maxSamples = static_cast<int>(std::min<std::size_t>(256, n));
        break;
    case SizeSpec::Kind::Count:
        if (m_options.maxSamples.value < 1)
            throw Error("max_samples must be at least 1");
        m_maxSamples = static_cast<int>(m_options.maxSamples.value);
        if (static_cast<std::size_t>(m_maxSamples) > n) {
            m_notes.push_back("max_samples (" + std::to_string(m_maxSamples) +
                              ") is more than the " + std::to_string(n) +
                              " rows: every tree uses all rows");
            m_maxSamples = static_cast<int>(n);
        }
        break;
    case SizeSpec::Kind::Fraction:
        if (!(m_options.maxSamples.value > 0.0 && m_options.maxSamples.value <= 1.0))
            throw Error("max_samples as a fraction must be in (0, 1]");
        m_maxSamples =
            std::max(1, static_cast<int>(m_options.maxSamples.value * static_cast<double>(n)));
        break;
    }
    int nFeatures = d;
    if (m_options.maxFeatures.kind == SizeSpec::Kind::Count) {
        nFeatures = static_cast<int>(m_options.maxFeatures.value);
        if (nFeatures < 1 || nFeatures > d)
            throw Error("max_features must be between 1 and the number of columns (" +
                        std::to_string(d) + ")");
    } else if (m_options.maxFeatures.kind == SizeSpec::Kind::Fraction) {
        if (!(m_options.maxFeatures.value > 0.0 && m_options.maxFeatures.value <= 1.0))
            throw Error("max_features as a fraction must be in (0, 1]");
        nFeatures = std::max(1, static_cast<int>(m_options.maxFeatures.value * d));
    }
    m_maxDepth = static_cast<int>(std::ceil(std::log2(std::max(m_maxSamples, 2))));

    const std::vector<bool> constant = constantColumns(x);
    m_allConstant = std::all_of(constant.begin(), constant.end(), [](bool c) { return c; });
    if (m_allConstant)
        m_notes.push_back("every column is constant: nothing can be isolated, every score is 0");
    else if (std::any_of(constant.begin(), constant.end(), [](bool c) { return c; }))
        m_notes.push_back("constant columns are ignored: they cannot separate points");

    const auto m = static_cast<std::size_t>(m_maxSamples);
    const auto trees = static_cast<std::size_t>(m_options.nEstimators);
    std::vector<std::vector<Node>> grown(trees);
    parallelChunks(
        trees, m_options.threads,
        [&](std::size_t t) {
            Rng rng(deriveSeed(m_options.seed, t));
            const std::vector<std::size_t> rows = sampleWithoutReplacement(rng, n, m);
            std::vector<int> features(static_cast<std::size_t>(d));
            std::iota(features.begin(), features.end(), 0);
            if (nFeatures < d) {
                const auto picked = sampleWithoutReplacement(rng, static_cast<std::size_t>(d),
                                                             static_cast<std::size_t>(nFeatures));
                features.assign(picked.begin(), picked.end());
            }
            std::vector<float> columns(static_cast<std::size_t>(d) * m);
            for (int f : features)
                for (std::size_t i = 0; i < m; ++i)
                    columns[static_cast<std::size_t>(f) * m + i] =
                        static_cast<float>(x(static_cast<Eigen::Index>(rows[i]), f));
            grown[t] = TreeBuilder(columns, m, std::move(features), m_maxDepth, rng).build();
        },
        feedback, 0.0, m_options.contamination ? 0.5 : 1.0);

    for (const std::vector<Node>& tree : grown) {
        const auto base = static_cast<std::int32_t>(m_nodes.size());
        m_roots.push_back(base);
        for (Node node : tree) {
            node.left += base;
            m_nodes.push_back(node);
        }
    }
    m_fitted = true;
    m_offset = -0.5;
    if (m_options.contamination && !m_allConstant) {
        const Eigen::VectorXd s = scoreSamples(x, feedback);
        // As scikit-learn: numpy.percentile(scores, 100 * contamination).
        m_offset =
            *stats::quantile(std::span<const double>(s.data(), static_cast<std::size_t>(s.size())),
                             *m_options.contamination);
    }
}

void IsolationForest::checkFitted(const Eigen::MatrixXd& x) const
{
    if (!m_fitted)
        throw Error("the Isolation Forest has not been fitted");
    if (x.cols() != m_nFeatures)
        throw Error("the data has " + std::to_string(x.cols()) +
                    " columns, the Isolation Forest was fitted on " + std::to_string(m_nFeatures));
    requireFinite(x);
}

Eigen::VectorXd IsolationForest::scoreSamples(const Eigen::MatrixXd& x, Feedback feedback) const
{
    checkFitted(x);
    const Eigen::Index n = x.rows();
    Eigen::VectorXd out(n);
    if (m_allConstant) {
        out.setConstant(-0.5);
        return out;
    }
    const std::vector<float> data = toRowMajorFloat(x);
    const auto d = static_cast<std::size_t>(x.cols());
    const double norm = static_cast<double>(m_roots.size()) * averagePathLength(m_maxSamples);
    const Node* nodes = m_nodes.data();
    const int depth = m_maxDepth;
    const auto chunks = static_cast<std::size_t>((n + kRowsPerChunk - 1) / kRowsPerChunk);

    parallelChunks(
        chunks, m_options.threads,
        [&](std::size_t chunk) {
            const Eigen::Index begin = static_cast<Eigen::Index>(chunk) * kRowsPerChunk;
            const Eigen::Index end = std::min(n, begin + kRowsPerChunk);
            // Tree-major: one tree (a few KB) stays in L1 while the chunk's
            // rows walk it, eight at a time so their independent loads
            // overlap. Each row still sums its path lengths in tree order.
            const auto rows = static_cast<std::size_t>(end - begin);
            std::vector<double> sums(rows, 0.0);
            const float* base = &data[static_cast<std::size_t>(begin) * d];
            constexpr std::size_t kLanes = 8;
            const std::size_t full = rows - rows % kLanes;
            for (std::int32_t root : m_roots) {
                for (std::size_t r = 0; r < full; r += kLanes) {
                    std::int32_t node[kLanes];
                    const float* x[kLanes];
                    for (std::size_t l = 0; l < kLanes; ++l) {
                        node[l] = root;
                        x[l] = base + (r + l) * d;
                    }
                    for (int k = 0; k < depth; ++k) {
                        for (std::size_t l = 0; l < kLanes; ++l) {
                            const Node& nd = nodes[node[l]];
                            node[l] = nd.left + (x[l][nd.feature] > nd.threshold);
                        }
                    }
                    for (std::size_t l = 0; l < kLanes; ++l)
                        sums[r + l] += nodes[node[l]].pathLength;
                }
                for (std::size_t r = full; r < rows; ++r) {
                    const float* xr = base + r * d;
                    std::int32_t node = root;
                    for (int k = 0; k < depth; ++k)
                        node = nodes[node].left + (xr[nodes[node].feature] > nodes[node].threshold);
                    sums[r] += nodes[node].pathLength;
                }
            }
            for (std::size_t r = 0; r < rows; ++r)
                out[begin + static_cast<Eigen::Index>(r)] = -std::exp2(-sums[r] / norm);
        },
        feedback);
    return out;
}

Eigen::VectorXd IsolationForest::decisionFunction(const Eigen::MatrixXd& x, Feedback feedback) const
{
    return scoreSamples(x, std::move(feedback)).array() - m_offset;
}

Eigen::VectorXi IsolationForest::predict(const Eigen::MatrixXd& x, Feedback feedback) const
{
    const Eigen::VectorXd dec = decisionFunction(x, std::move(feedback));
    Eigen::VectorXi out(dec.size());
    for (Eigen::Index i = 0; i < dec.size(); ++i)
        out[i] = (!m_allConstant && dec[i] < 0.0) ? -1 : 1;
    return out;
}

Detection IsolationForest::detect(const Eigen::MatrixXd& x, Feedback feedback) const
{
    Detection out;
    out.notes = m_notes;
    const Eigen::VectorXd s = scoreSamples(x, std::move(feedback));
    out.scores.resize(static_cast<std::size_t>(s.size()));
    out.labels.resize(static_cast<std::size_t>(s.size()));
    for (Eigen::Index i = 0; i < s.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        if (m_allConstant) {
            out.scores[k] = 0.0;
            out.labels[k] = 0;
            continue;
        }
        out.scores[k] = scaleAroundThreshold(-s[i], 0.0, -m_offset, 1.0);
        out.labels[k] = s[i] < m_offset ? 1 : 0;
    }
    return out;
}

Detection IsolationForest::fitDetect(const Eigen::MatrixXd& x, Feedback feedback)
{
    fit(x, feedback);
    return detect(x, std::move(feedback));
}

} // namespace kestrel::anomaly
