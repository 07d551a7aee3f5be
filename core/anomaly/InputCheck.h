#pragma once

#include <Eigen/Core>

#include <string>
#include <vector>

namespace kestrel::anomaly {

// Throws kestrel::Error "no data" for an empty matrix, and an error naming
// the first row and column (1-based, with the column's name when given) that
// holds NaN or an infinity.
void requireFinite(const Eigen::MatrixXd& x, const std::vector<std::string>& columnNames = {});

// Same for a series; `what` names it in the message.
void requireFinite(const std::vector<double>& values, const std::string& what = "series");

// True for every column whose values are all equal.
std::vector<bool> constantColumns(const Eigen::MatrixXd& x);

} // namespace kestrel::anomaly
