// Detector timings; bench/anomaly/sklearn_anomaly.py runs this next to
// scikit-learn on data of the same shape and prints the ratios.
#include "core/anomaly/IsolationForest.h"
#include "core/anomaly/OneClassSvm.h"
#include "core/common/Random.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace kestrel;
using namespace kestrel::anomaly;

namespace {

// Standard normal rows, 1 % of them shifted by 5 in every column.
Eigen::MatrixXd data(Eigen::Index n, Eigen::Index d)
{
    Rng rng(20261122);
    std::normal_distribution<double> normal;
    Eigen::MatrixXd x(n, d);
    for (Eigen::Index r = 0; r < n; ++r)
        for (Eigen::Index c = 0; c < d; ++c)
            x(r, c) = normal(rng) + (r % 100 == 0 ? 5.0 : 0.0);
    return x;
}

// Isolation Forest fit + score_samples on the same rows, scikit-learn defaults.
void isolationForestFitScore(benchmark::State& state)
{
    const Eigen::MatrixXd x = data(state.range(0), 8);
    IsolationForestOptions o;
    o.threads = static_cast<int>(state.range(1));
    for (auto _ : state) {
        IsolationForest forest(o);
        forest.fit(x);
        benchmark::DoNotOptimize(forest.scoreSamples(x));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// One-Class SVM fit (nu 0.1, gamma "scale", standardised).
void oneClassSvmFit(benchmark::State& state)
{
    const Eigen::MatrixXd x = data(state.range(0), 8);
    for (auto _ : state) {
        OneClassSvm svm;
        svm.fit(x);
        benchmark::DoNotOptimize(svm.rho());
    }
}

} // namespace

BENCHMARK(isolationForestFitScore)
    ->ArgNames({"rows", "threads"})
    ->Args({1000, 2})
    ->Args({1000, 1})
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(isolationForestFitScore)
    ->ArgNames({"rows", "threads"})
    ->Args({100000, 2})
    ->Args({100000, 1})
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(oneClassSvmFit)
    ->ArgNames({"rows"})
    ->Arg(5000)
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
