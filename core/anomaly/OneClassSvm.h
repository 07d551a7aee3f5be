#pragma once

#include "core/anomaly/Detection.h"
#include "core/common/Progress.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace kestrel::anomaly {

struct OneClassSvmOptions
{
    double nu = 0.1;             // upper bound on the fraction of outliers, in (0, 1]
    std::optional<double> gamma; // RBF width; nullopt = scikit-learn's "scale"
    double tolerance = 1e-3;     // libsvm's eps (scikit-learn's tol)
    long cacheMb = 200;          // kernel cache, as scikit-learn's cache_size
};

// One-Class SVM (Schoelkopf et al.) with an RBF kernel
// K(a, b) = exp(-gamma |a - b|^2), trained with dlib's svm_one_class_trainer.
// dlib solves libsvm's nu-one-class dual exactly as scikit-learn does:
//   min 1/2 a'Qa  s.t. 0 <= a_i <= 1, sum a_i = nu * l
// by SMO with libsvm's second-order working-set selection
// (dlib::solve_qp3_using_smo), and the decision function is
//   f(x) = sum_i a_i K(x_i, x) - rho,
// a point being an anomaly when f(x) <= 0 (libsvm's predict).
//
// Features are standardised with the training mean and population standard
// deviation (scikit-learn's StandardScaler); constant columns become 0 and
// carry no information. gamma "scale" = 1 / (n_features * var(X_std)), over
// every entry of the standardised matrix (1 when that variance is 0).
//
// score(): with g = sum a_i K / (nu l) in [0, 1] and r = rho / (nu l), the
// score is 0.5 at g = r (the decision boundary), rises linearly to 1 at g = 0
// (far from every support vector) and falls linearly to 0 at g = 1.
//
// The stop token is honoured before and after dlib's solver, which itself
// cannot be interrupted (a few hundred ms at 5,000 rows).
class OneClassSvm
{
public:
    explicit OneClassSvm(OneClassSvmOptions options = {});

    // Requires finite values (error names row and column) and at least one row.
    void fit(const Eigen::MatrixXd& x, Feedback feedback = {});

    // libsvm's decision function on raw (unstandardised) rows.
    Eigen::VectorXd decisionFunction(const Eigen::MatrixXd& x) const;
    // -1 anomaly, 1 normal.
    Eigen::VectorXi predict(const Eigen::MatrixXd& x) const;
    Detection detect(const Eigen::MatrixXd& x) const;
    Detection fitDetect(const Eigen::MatrixXd& x, Feedback feedback = {});

    double gamma() const { return m_gamma; }
    double rho() const { return m_rho; }
    Eigen::Index supportVectorCount() const { return m_support.rows(); }
    const std::vector<std::string>& notes() const { return m_notes; }

    // The standardisation fitted on the training data, applied to x.
    Eigen::MatrixXd standardise(const Eigen::MatrixXd& x) const;

private:
    Eigen::VectorXd kernelSums(const Eigen::MatrixXd& x) const;

    OneClassSvmOptions m_options;
    Eigen::RowVectorXd m_mean;
    Eigen::RowVectorXd m_scale; // 0 for constant columns
    Eigen::MatrixXd m_support;  // standardised support vectors, one per row
    Eigen::VectorXd m_alpha;
    double m_gamma = 0.0;
    double m_rho = 0.0;
    double m_alphaSum = 1.0;
    bool m_allConstant = false;
    bool m_fitted = false;
    std::vector<std::string> m_notes;
};

} // namespace kestrel::anomaly
