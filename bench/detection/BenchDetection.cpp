// All default detectors over the demo workspace (issue 3 §9: goal <= 2 s):
// hourly metrics from 100,000 runs, six detectors, anomalies stored.
// The workspace is generated once (seed 42, fixed end) in a temporary folder.
#include "core/detection/AnomalyService.h"
#include "core/detection/HourlyMetrics.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Workspace.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <unistd.h>

using namespace kestrel;

namespace {

class DemoWorkspace
{
public:
    DemoWorkspace()
    {
        m_dir = std::filesystem::temp_directory_path() /
                ("kestrel-bench-detection-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_dir);
        m_ws = workspace::Workspace::create((m_dir / "demo.kestrel").string());
        runs::DemoOptions options;
        options.seed = 42;
        options.end = 1'780'272'000'000; // 2026-06-01T00:00:00Z
        options.priceDays = 30;
        Feedback fb;
        runs::generateDemo(m_ws->db(), options, fb);
    }
    ~DemoWorkspace()
    {
        m_ws.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    workspace::Database& db() { return m_ws->db(); }

private:
    std::filesystem::path m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
};

DemoWorkspace& demo()
{
    static DemoWorkspace ws;
    return ws;
}

void BM_AllDefaultDetectors(benchmark::State& state)
{
    auto& db = demo().db();
    std::int64_t anomalies = 0;
    for (auto _ : state) {
        detection::AnomalyService service(db);
        Feedback fb;
        const auto runs = service.runDetection(std::nullopt, fb);
        anomalies = 0;
        for (const auto& r : runs)
            anomalies += r.anomaliesFound;
        benchmark::DoNotOptimize(anomalies);
    }
    state.counters["anomalies"] = static_cast<double>(anomalies);
}
BENCHMARK(BM_AllDefaultDetectors)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_HourlyMetrics(benchmark::State& state)
{
    auto& db = demo().db();
    const detection::HourRange range = detection::defaultRange(db);
    for (auto _ : state) {
        Feedback fb;
        const auto hours = detection::computeHourlyMetrics(db, range, fb);
        benchmark::DoNotOptimize(hours.data());
    }
}
BENCHMARK(BM_HourlyMetrics)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
