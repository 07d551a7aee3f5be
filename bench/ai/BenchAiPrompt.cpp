// How long building the AI request takes, and how large it is, as the run
// history grows from 10k to 1M runs. Demo workspaces are generated once and
// kept in the build folder (bench-data/).
//
//   BM_BuildRequest      aggregates from the workspace + prompt + request body
//   BM_BuildPromptOnly   prompt + request body from aggregates already read
// Counters: prompt_tokens (estimated) and cap (the default 8,000).
#include "core/ai/AnalysisData.h"
#include "core/ai/AnthropicProvider.h"
#include "core/ai/PromptBuilder.h"
#include "core/ai/PromptTemplate.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Workspace.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <filesystem>
#include <map>
#include <memory>

using namespace kestrel;

namespace {

const EpochMs kEnd = *parseTime("2026-11-01T00:00:00Z");

workspace::Workspace& demoWorkspace(std::int64_t runs)
{
    static std::map<std::int64_t, std::unique_ptr<workspace::Workspace>> cache;
    auto& ws = cache[runs];
    if (ws)
        return *ws;
    std::filesystem::create_directories(KESTREL_BENCH_CACHE_DIR);
    const std::string path =
        std::string(KESTREL_BENCH_CACHE_DIR) + "/demo-" + std::to_string(runs) + ".kestrel";
    if (std::filesystem::exists(path)) {
        ws = workspace::Workspace::open(path);
    } else {
        ws = workspace::Workspace::create(path + ".part");
        runs::DemoOptions options;
        options.runs = runs;
        options.end = kEnd;
        Feedback fb;
        runs::generateDemo(ws->db(), options, fb);
        ws.reset();
        std::filesystem::rename(path + ".part", path);
        ws = workspace::Workspace::open(path);
    }
    return *ws;
}

ai::AnalysisOptions options(const char* timeframe = "all")
{
    ai::AnalysisOptions o;
    o.timeframe = timeframe;
    o.now = kEnd;
    return o;
}

std::string requestBody(const ai::Prompt& p)
{
    ai::ProviderConfig config;
    config.apiKey = "bench-key-not-sent";
    ai::AnthropicProvider provider(config);
    ai::CompletionRequest r;
    r.model = "any-model";
    r.system = p.system;
    r.prompt = p.user;
    return provider.requestBody(r).dump();
}

// Aggregates from the workspace over `timeframe`, then prompt and request body.
void buildRequest(benchmark::State& state, const char* timeframe)
{
    workspace::Workspace& ws = demoWorkspace(state.range(0));
    const ai::PromptTemplate tmpl = ai::PromptTemplate::builtin(ai::PromptTemplate::kRunAnalysis);
    int tokens = 0;
    for (auto _ : state) {
        const ai::AnalysisData data = ai::collectAnalysisData(ws.db(), options(timeframe));
        const ai::Prompt p = ai::buildPrompt(data, tmpl);
        const std::string body = requestBody(p);
        benchmark::DoNotOptimize(body.data());
        tokens = p.estimatedTokens;
    }
    state.counters["prompt_tokens"] = tokens;
    state.counters["cap"] = options().tokenCap;
}

void BM_BuildRequest(benchmark::State& state)
{
    buildRequest(state, "all");
}

// The panel's default: the last 7 days of a 90-day history.
void BM_BuildRequest7d(benchmark::State& state)
{
    buildRequest(state, "7d");
}

void BM_BuildPromptOnly(benchmark::State& state)
{
    workspace::Workspace& ws = demoWorkspace(state.range(0));
    const ai::PromptTemplate tmpl = ai::PromptTemplate::builtin(ai::PromptTemplate::kRunAnalysis);
    const ai::AnalysisData data = ai::collectAnalysisData(ws.db(), options());
    int tokens = 0;
    for (auto _ : state) {
        const ai::Prompt p = ai::buildPrompt(data, tmpl);
        const std::string body = requestBody(p);
        benchmark::DoNotOptimize(body.data());
        tokens = p.estimatedTokens;
    }
    state.counters["prompt_tokens"] = tokens;
    state.counters["cap"] = options().tokenCap;
}

} // namespace

BENCHMARK(BM_BuildRequest)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK(BM_BuildRequest7d)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK(BM_BuildPromptOnly)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    // The compiled-in prompt templates are Qt resources.
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
