// A 1M-run team workspace on PostgreSQL: copy speed both ways, a demo
// generated into a team workspace, and the Run History reads through
// RunHistoryService against the goals of issue 9 (first page and sort + jump
// each within 300 ms, a 90-day summary within 500 ms). Prints one line per
// figure.
#include "common/PgServer.h"
#include "core/common/Progress.h"
#include "core/common/Time.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/RunHistoryService.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceUrl.h"
#include "core/workspace/pg/WorkspaceCopy.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace kestrel;
using namespace kestrel::workspace;

namespace {

double seconds(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Median of five timed runs after one warm-up, in milliseconds.
double medianMs(const std::function<void()>& work)
{
    work();
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i)
        ms.push_back(seconds(work) * 1000);
    std::sort(ms.begin(), ms.end());
    return ms[2];
}

void report(const char* what, double ms, double goalMs)
{
    std::printf("%-58s %8.1f ms  (goal <= %.0f ms) %s\n", what, ms, goalMs,
                ms <= goalMs ? "ok" : "OVER");
}

// The demo both workspaces hold: `runs` runs up to 2026-11-20.
runs::DemoOptions demoOptions(std::int64_t runs)
{
    runs::DemoOptions options;
    options.seed = 1;
    options.runs = runs;
    options.end = *parseTime("2026-11-20T12:00:00Z");
    return options;
}

// The Run History table's preview and one page.
constexpr std::int64_t kPreviewRows = 200;
constexpr std::size_t kPageRows = 100;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const std::int64_t runs = qEnvironmentVariableIntValue("KESTREL_BENCH_ROWS") > 0
                                  ? qEnvironmentVariableIntValue("KESTREL_BENCH_ROWS")
                                  : 1'000'000;
    const std::string source =
        std::string(KESTREL_BENCH_DIR) + "/bench_pg_" + std::to_string(runs) + ".kestrel";
    if (!QFile::exists(QString::fromStdString(source))) {
        std::printf("generating %lld runs into %s (once)\n", static_cast<long long>(runs),
                    source.c_str());
        std::fflush(stdout);
        auto ws = Workspace::create(source + ".part");
        Feedback feedback;
        runs::generateDemo(ws->db(), demoOptions(runs), feedback);
        ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        ws.reset();
        QFile::rename(QString::fromStdString(source + ".part"), QString::fromStdString(source));
    }

    test::PgServer server;
    QString why;
    if (!server.start(why)) {
        std::fprintf(stderr, "bench_pg: the PostgreSQL server could not be started: %s\n",
                     qPrintable(why));
        return 1;
    }
    const auto team = WorkspaceUrl::parse(server.url("bench").toStdString());
    const auto there = pg::copyWorkspace(WorkspaceUrl::parse(source), team);
    std::printf("copy SQLite -> PostgreSQL (COPY): %lld rows in %.2f s, %.0f runs/s\n",
                static_cast<long long>(there.rows()), there.seconds,
                static_cast<double>(runs) / there.seconds);
    const std::string back = std::string(KESTREL_BENCH_DIR) + "/bench_pg_back.kestrel";
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(QString::fromStdString(back + suffix));
    const auto home = pg::copyWorkspace(team, WorkspaceUrl::parse(back));
    std::printf("copy PostgreSQL -> SQLite:        %lld rows in %.2f s, %.0f runs/s\n",
                static_cast<long long>(home.rows()), home.seconds,
                static_cast<double>(runs) / home.seconds);

    // Where the copy's time goes: reading and hashing every row alone.
    std::printf("read + checksum every table, SQLite:     %.2f s\n",
                seconds([&] { pg::summariseWorkspace(WorkspaceUrl::parse(source)); }));
    std::printf("read + checksum every table, PostgreSQL: %.2f s\n",
                seconds([&] { pg::summariseWorkspace(team); }));

    // The team workspace the reads run on, made the way a user makes one:
    // `kestrel demo --runs N --workspace URL` (the generator, a COPY into runs).
    const std::string demoUrl = server.url("demo").toStdString();
    auto demo = Workspace::create(demoUrl);
    const double demoSeconds = seconds([&] {
        Feedback feedback;
        runs::generateDemo(demo->db(), demoOptions(runs), feedback);
    });
    // What autovacuum does within a minute of a load that size (its insert
    // threshold): statistics, and the visibility map index-only scans need.
    demo->db().exec("VACUUM ANALYZE");
    std::printf("demo of %lld runs into a team workspace (COPY): %.2f s, %.0f runs/s\n",
                static_cast<long long>(runs), demoSeconds, static_cast<double>(runs) / demoSeconds);
    demo.reset();

    // The Run History panel's reads, through its facade (each call opens its
    // own connection, as the panel's jobs do).
    const runs::RunHistoryService service(demoUrl);
    auto reader = service.openReader();
    auto firstRows = [](const std::vector<std::int64_t>& ids) {
        return std::vector<std::int64_t>(ids.begin(),
                                         ids.begin() + std::min(ids.size(), kPageRows));
    };
    auto lastRows = [](const std::vector<std::int64_t>& ids) {
        return std::vector<std::int64_t>(ids.end() - std::min(ids.size(), kPageRows), ids.end());
    };
    std::int64_t count = 0;
    report("first page: count + head ids (preview) + 100 rows", medianMs([&] {
               const runs::IdPreview p =
                   service.preview({}, {runs::RunSortColumn::Time, true}, kPreviewRows);
               count = p.count;
               reader->byIds(firstRows(p.head));
           }),
           300);
    // Sorting by duration and jumping to the end reads the head of the
    // reversed order (RunStore::tailIds), then that page.
    report("sort by duration, jump to the last row (preview + page)", medianMs([&] {
               const runs::IdPreview p =
                   service.preview({}, {runs::RunSortColumn::Duration, false}, kPreviewRows);
               reader->byIds(lastRows(p.tail));
           }),
           300);
    runs::RunFilter failed;
    failed.statuses = {"failed"};
    failed.from = *parseTime("2026-10-20T00:00:00Z");
    report("filtered (failed, last 31 days): preview + first page", medianMs([&] {
               const runs::IdPreview p =
                   service.preview(failed, {runs::RunSortColumn::Time, true}, kPreviewRows);
               reader->byIds(firstRows(p.head));
           }),
           300);
    runs::RunFilter days90;
    days90.from = *parseTime("2026-08-22T12:00:00Z");
    report("90-day summary + model comparison (RunHistoryService::stats)",
           medianMs([&] { service.stats(days90); }), 500);
    report("90-day charts: per day and accuracy per model-day",
           medianMs([&] { service.charts(days90); }), 500);
    std::printf("runs on the server: %lld\n", static_cast<long long>(count));
    return 0;
}
