// Import throughput: 1,000,000 runs from a generated CSV into a fresh workspace
// (issue 2 §9: >= 300,000 runs/s), plus the parts of it (tokenising and record
// building; error templating) so a regression points at its cause.
//
//   bench_import [--benchmark_filter=...]     KESTREL_BENCH_ROWS=N to change the size
//   /usr/bin/python3 bench/io/pandas_import.py <the CSV path printed here>
#include "core/common/Random.h"
#include "core/runs/ErrorTemplate.h"
#include "core/runs/io/CsvReader.h"
#include "core/runs/io/MappedFile.h"
#include "core/runs/io/RunFields.h"
#include "core/runs/io/RunImport.h"
#include "core/workspace/Workspace.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

using namespace kestrel;
namespace fs = std::filesystem;

namespace {

std::int64_t rowCount()
{
    const char* env = std::getenv("KESTREL_BENCH_ROWS");
    return env ? std::atoll(env) : 1'000'000;
}

// A CSV shaped like real exports: ISO times, quoted JSON parameters, a failed
// run now and then with a message holding a comma. Generated once per size.
std::string csvPath()
{
    const std::int64_t rows = rowCount();
    const std::string path =
        std::string(KESTREL_BENCH_WORK_DIR) + "/bench_import_" + std::to_string(rows) + ".csv";
    if (fs::exists(path))
        return path;
    const char* models[] = {"Stock Price Prediction", "BTST", "Options Chain Analysis",
                            "Sector Analysis", "Custom LSTM"};
    const char* symbols[] = {"RELIANCE.NS", "TCS.NS", "INFY.NS", "HDFCBANK.NS", "AAPL",
                             "MSFT",        "NVDA",   "AMZN",    "SBIN.NS",     "ITC.NS"};
    const char* sources[] = {"yfinance", "fyers", "csv"};
    Rng rng(42);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::lognormal_distribution<double> duration(1.0, 0.6);
    std::string out;
    out.reserve(static_cast<size_t>(rows) * 190);
    out += "model_name,symbol,execution_time,status,execution_duration,accuracy_score,"
           "confidence_level,input_parameters,output_results,error_message,data_source,"
           "memory_mb,cpu_percent\n";
    const EpochMs start = 1'756'684'800'000; // 2025-09-01
    char buf[512];
    for (std::int64_t i = 0; i < rows; ++i) {
        const bool failed = u(rng) < 0.05;
        const EpochMs t = start + i * 7'776 + static_cast<EpochMs>(u(rng) * 5000);
        const int n = std::snprintf(buf, sizeof buf,
                                    "%s,%s,%s,%s,%.3f,%.4f,%.4f,\"{\"\"window\"\": %d, \"\"lr\"\": "
                                    "0.0%d}\",%s,%s,%s,%.1f,%.1f\n",
                                    models[i % 5], symbols[(i * 7) % 10], toIso(t).c_str(),
                                    failed ? "failed" : "completed", duration(rng),
                                    failed ? 0.0 : 0.5 + 0.4 * u(rng), 0.5 + 0.5 * u(rng),
                                    static_cast<int>(10 + i % 50), static_cast<int>(1 + i % 9),
                                    failed ? "" : "\"{\"\"prediction\"\": 101.5}\"",
                                    failed ? "\"Timeout after 30s, fetching 'RELIANCE.NS'\"" : "",
                                    sources[i % 3], 200 + 100 * u(rng), 100 * u(rng));
        out.append(buf, static_cast<size_t>(n));
    }
    const std::string part = path + ".part";
    std::ofstream(part, std::ios::binary)
        .write(out.data(), static_cast<std::streamsize>(out.size()));
    fs::rename(part, path);
    std::fprintf(stderr, "generated %s (%zu MB)\n", path.c_str(), out.size() >> 20);
    return path;
}

void BM_ImportCsv(benchmark::State& state)
{
    const std::string csv = csvPath();
    const std::string ws = std::string(KESTREL_BENCH_WORK_DIR) + "/bench_import.kestrel";
    std::int64_t imported = 0;
    for (auto _ : state) {
        state.PauseTiming();
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(ws + suffix);
        auto workspace = workspace::Workspace::create(ws);
        state.ResumeTiming();
        runs::ImportOptions options;
        Feedback feedback;
        imported = runs::importRuns(workspace->db(), csv, options, feedback).imported;
        state.PauseTiming();
        workspace.reset();
        state.ResumeTiming();
    }
    state.counters["runs"] = static_cast<double>(imported);
    state.counters["runs_per_s"] =
        benchmark::Counter(static_cast<double>(imported) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}

// Tokenising and record building alone: the importer's share of the time.
void BM_ParseCsvOnly(benchmark::State& state)
{
    const std::string csv = csvPath();
    std::int64_t rows = 0;
    for (auto _ : state) {
        runs::io::MappedFile file(csv);
        runs::io::CsvReader reader(file.view(), ',');
        reader.next();
        std::vector<std::pair<size_t, runs::io::RunField>> columns;
        for (size_t i = 0; i < reader.size(); ++i)
            columns.emplace_back(i, *runs::io::runFieldFromName(reader.field(i)));
        runs::RunRecord run;
        rows = 0;
        while (reader.next()) {
            runs::io::clearRun(run);
            for (const auto& [i, f] : columns)
                runs::io::setFieldFromText(run, f, reader.field(i));
            benchmark::DoNotOptimize(run);
            ++rows;
        }
    }
    state.counters["runs_per_s"] =
        benchmark::Counter(static_cast<double>(rows) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}

// What RunStore::Inserter spends on errorTemplate() for the same rows.
void BM_ErrorTemplateShare(benchmark::State& state)
{
    const std::int64_t rows = rowCount();
    const std::string failedMessage = "Timeout after 30s, fetching 'RELIANCE.NS'";
    for (auto _ : state) {
        for (std::int64_t i = 0; i < rows; ++i)
            benchmark::DoNotOptimize(
                runs::errorTemplate(i % 20 == 0 ? failedMessage : std::string()));
    }
    state.counters["runs_per_s"] =
        benchmark::Counter(static_cast<double>(rows) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}

} // namespace

// Five imports: the figure to quote is the median (this machine's disk and
// CPU vary run to run by +-20 %).
BENCHMARK(BM_ImportCsv)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();
BENCHMARK(BM_ParseCsvOnly)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
BENCHMARK(BM_ErrorTemplateShare)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

BENCHMARK_MAIN();
