#include "core/anomaly/OneClassSvm.h"

#include "core/anomaly/InputCheck.h"
#include "core/anomaly/ScoreScale.h"
#include "core/common/Error.h"

#include <dlib/svm.h>

#include <cmath>

namespace kestrel::anomaly {

namespace {

using Sample = dlib::matrix<double, 0, 1>;
using Kernel = dlib::radial_basis_kernel<Sample>;

} // namespace

OneClassSvm::OneClassSvm(OneClassSvmOptions options) : m_options(options)
{
    if (!(m_options.nu > 0.0 && m_options.nu <= 1.0))
        throw Error("nu must be in (0, 1]");
    if (m_options.gamma && !(*m_options.gamma > 0.0))
        throw Error("gamma must be positive");
}

Eigen::MatrixXd OneClassSvm::standardise(const Eigen::MatrixXd& x) const
{
    Eigen::MatrixXd out = x.rowwise() - m_mean;
    for (Eigen::Index c = 0; c < x.cols(); ++c)
        out.col(c) = m_scale[c] > 0.0 ? Eigen::VectorXd(out.col(c) / m_scale[c])
                                      : Eigen::VectorXd::Zero(x.rows());
    return out;
}

void OneClassSvm::fit(const Eigen::MatrixXd& x, Feedback feedback)
{
    requireFinite(x);
    m_notes.clear();
    const Eigen::Index n = x.rows();
    const Eigen::Index d = x.cols();
    m_mean = x.colwise().mean();
    m_scale =
        ((x.rowwise() - m_mean).array().square().colwise().sum() / static_cast<double>(n)).sqrt();
    const std::vector<bool> constant = constantColumns(x);
    int nConstant = 0;
    for (Eigen::Index c = 0; c < d; ++c) {
        if (constant[static_cast<std::size_t>(c)]) {
            m_scale[c] = 0.0;
            ++nConstant;
        }
    }
    m_allConstant = nConstant == d;
    m_fitted = true;
    if (m_allConstant) {
        m_notes.push_back("every column is constant: nothing to learn, every score is 0");
        m_support.resize(0, d);
        m_alpha.resize(0);
        return;
    }
    if (nConstant > 0)
        m_notes.push_back("constant columns are ignored: they cannot separate points");

    const Eigen::MatrixXd z = standardise(x);
    const double mean = z.mean();
    const double var = (z.array() - mean).square().mean();
    m_gamma = m_options.gamma ? *m_options.gamma
                              : (var > 0.0 ? 1.0 / (static_cast<double>(d) * var) : 1.0);

    std::vector<Sample> samples(static_cast<std::size_t>(n));
    for (Eigen::Index r = 0; r < n; ++r) {
        Sample& s = samples[static_cast<std::size_t>(r)];
        s.set_size(d);
        for (Eigen::Index c = 0; c < d; ++c)
            s(c) = z(r, c);
    }
    feedback.throwIfStopped();
    feedback.report(0.05);

    dlib::svm_one_class_trainer<Kernel> trainer(Kernel(m_gamma), m_options.nu);
    trainer.set_epsilon(m_options.tolerance);
    trainer.set_cache_size(std::max(1L, m_options.cacheMb)); // megabytes
    const dlib::decision_function<Kernel> df = trainer.train(samples);
    feedback.throwIfStopped();

    const long sv = df.basis_vectors.size();
    m_support.resize(sv, d);
    m_alpha.resize(sv);
    for (long i = 0; i < sv; ++i) {
        m_alpha[i] = df.alpha(i);
        for (Eigen::Index c = 0; c < d; ++c)
            m_support(i, c) = df.basis_vectors(i)(c);
    }
    m_rho = df.b;
    m_alphaSum = m_options.nu * static_cast<double>(n);
    feedback.report(1.0);
}

Eigen::VectorXd OneClassSvm::kernelSums(const Eigen::MatrixXd& x) const
{
    if (!m_fitted)
        throw Error("the One-Class SVM has not been fitted");
    if (x.cols() != m_mean.size())
        throw Error("the data has " + std::to_string(x.cols()) +
                    " columns, the One-Class SVM was fitted on " + std::to_string(m_mean.size()));
    requireFinite(x);
    const Eigen::MatrixXd z = standardise(x);
    Eigen::VectorXd out = Eigen::VectorXd::Zero(x.rows());
    if (m_support.rows() == 0)
        return out;
    const Eigen::VectorXd zn = z.rowwise().squaredNorm();
    const Eigen::VectorXd sn = m_support.rowwise().squaredNorm();
    // |a - b|^2 = |a|^2 + |b|^2 - 2 a.b, one matrix product for all pairs.
    const Eigen::MatrixXd cross = z * m_support.transpose();
    for (Eigen::Index r = 0; r < z.rows(); ++r) {
        double s = 0.0;
        for (Eigen::Index k = 0; k < m_support.rows(); ++k)
            s += m_alpha[k] * std::exp(-m_gamma * std::max(0.0, zn[r] + sn[k] - 2.0 * cross(r, k)));
        out[r] = s;
    }
    return out;
}

Eigen::VectorXd OneClassSvm::decisionFunction(const Eigen::MatrixXd& x) const
{
    return kernelSums(x).array() - m_rho;
}

Eigen::VectorXi OneClassSvm::predict(const Eigen::MatrixXd& x) const
{
    const Eigen::VectorXd f = decisionFunction(x);
    Eigen::VectorXi out(f.size());
    for (Eigen::Index i = 0; i < f.size(); ++i)
        out[i] = (!m_allConstant && f[i] <= 0.0) ? -1 : 1;
    return out;
}

Detection OneClassSvm::detect(const Eigen::MatrixXd& x) const
{
    const Eigen::VectorXd sums = kernelSums(x);
    Detection out;
    out.notes = m_notes;
    out.scores.resize(static_cast<std::size_t>(sums.size()));
    out.labels.resize(static_cast<std::size_t>(sums.size()));
    const double r = m_rho / m_alphaSum;
    for (Eigen::Index i = 0; i < sums.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        if (m_allConstant) {
            out.scores[k] = 0.0;
            out.labels[k] = 0;
            continue;
        }
        const double g = sums[i] / m_alphaSum;
        // Higher anomaly-ness for lower kernel density: a = 1 - g, threshold 1 - r.
        out.scores[k] = scaleAroundThreshold(1.0 - g, 0.0, 1.0 - r, 1.0);
        out.labels[k] = sums[i] - m_rho <= 0.0 ? 1 : 0;
    }
    return out;
}

Detection OneClassSvm::fitDetect(const Eigen::MatrixXd& x, Feedback feedback)
{
    fit(x, std::move(feedback));
    return detect(x);
}

} // namespace kestrel::anomaly
