#include "core/anomaly/InputCheck.h"

#include "core/common/Error.h"

#include <cmath>

namespace kestrel::anomaly {

void requireFinite(const Eigen::MatrixXd& x, const std::vector<std::string>& columnNames)
{
    if (x.rows() == 0 || x.cols() == 0)
        throw Error("no data: the input has no rows or no columns");
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        for (Eigen::Index c = 0; c < x.cols(); ++c) {
            const double v = x(r, c);
            if (std::isfinite(v))
                continue;
            std::string column = "column " + std::to_string(c + 1);
            if (static_cast<std::size_t>(c) < columnNames.size())
                column += " (" + columnNames[static_cast<std::size_t>(c)] + ")";
            throw Error("row " + std::to_string(r + 1) + ", " + column + " is " +
                        (std::isnan(v) ? "NaN" : "infinite") +
                        ": remove or fill missing values before detection");
        }
    }
}

void requireFinite(const std::vector<double>& values, const std::string& what)
{
    if (values.empty())
        throw Error("no data: the " + what + " is empty");
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            throw Error("point " + std::to_string(i + 1) + " of the " + what + " is " +
                        (std::isnan(values[i]) ? "NaN" : "infinite") +
                        ": remove or fill missing values before detection");
    }
}

std::vector<bool> constantColumns(const Eigen::MatrixXd& x)
{
    std::vector<bool> out(static_cast<std::size_t>(x.cols()), true);
    for (Eigen::Index c = 0; c < x.cols(); ++c) {
        for (Eigen::Index r = 1; r < x.rows(); ++r) {
            if (x(r, c) != x(0, c)) {
                out[static_cast<std::size_t>(c)] = false;
                break;
            }
        }
    }
    return out;
}

} // namespace kestrel::anomaly
