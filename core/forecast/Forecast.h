#pragma once

#include "core/common/Progress.h"

#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <vector>

// The types every forecasting model shares: a fitted model answers with point
// forecasts, prediction intervals at any level, its in-sample one-step fitted
// values and its fit statistics. ARIMA, ETS and the baselines implement
// Model; WalkForward and the command line work only with this interface.
namespace kestrel::forecast {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A two-sided prediction interval at `level` (0.95 for 95 %), one bound per step.
struct Interval
{
    double level = 0.95;
    std::vector<double> lower;
    std::vector<double> upper;
};

struct Forecast
{
    std::vector<double> mean;          // h-step point forecasts, steps 1..h
    std::vector<double> standardError; // of the h-step forecast error (NaN when not Gaussian)
    std::vector<Interval> intervals;   // one per requested level, in the order asked
};

struct Parameter
{
    std::string name; // "ar.L1", "ma.S.L12", "sigma2", "alpha", ... (statsmodels' names)
    double value = kNaN;
    double standardError = kNaN; // NaN when not estimated
};

struct FitStats
{
    int nobs = 0;           // observations that entered the likelihood
    int parameterCount = 0; // k in the information criteria (sigma2 included)
    double llf = kNaN;      // maximised log-likelihood
    double aic = kNaN;
    double aicc = kNaN;
    double bic = kNaN;
    double sse = kNaN; // in-sample sum of squared one-step errors
    std::vector<Parameter> parameters;
};

class Model
{
public:
    virtual ~Model() = default;
    // What a person reads: "ARIMA(1,1,1)", "SARIMA(0,1,1)(0,1,1)12", "ETS(A,Ad,M)", "Seasonal
    // naive".
    virtual std::string name() const = 0;
    // Point forecasts for steps 1..horizon after the end of the fitted series,
    // with intervals at each level in `levels` (each in (0, 1)).
    virtual Forecast forecast(int horizon, std::span<const double> levels) const = 0;
    // One-step-ahead in-sample predictions, one per observation (NaN where none).
    virtual std::vector<double> fitted() const = 0;
    virtual const FitStats& stats() const = 0;
};

// Fits a model to y; WalkForward refits with it at every origin.
using Fitter = std::function<std::unique_ptr<Model>(std::span<const double> y, Feedback& feedback)>;

// Gaussian intervals around `mean` with the given forecast standard errors.
std::vector<Interval> gaussianIntervals(std::span<const double> mean,
                                        std::span<const double> standardError,
                                        std::span<const double> levels);

// AIC, AICc and BIC from llf, the parameter count and nobs (statsmodels' formulas).
void setInformationCriteria(FitStats& stats);

} // namespace kestrel::forecast
