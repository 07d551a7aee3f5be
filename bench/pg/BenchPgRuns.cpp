// A 1M-run team workspace on PostgreSQL: copy speed both ways, and the Run
// History reads against the goals of docs/benchmarks.md (first page and
// sort + jump each within 300 ms). Prints one line per figure.
#include "common/PgServer.h"
#include "core/common/Progress.h"
#include "core/common/Time.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Dialect.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceUrl.h"
#include "core/workspace/pg/Connection.h"
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

// The columns the Run History table shows.
constexpr const char* kPageColumns = "id, model_name, symbol, execution_time, status, "
                                     "execution_duration, accuracy_score, data_source";

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
        runs::DemoOptions options;
        options.seed = 1;
        options.runs = runs;
        options.end = *parseTime("2026-11-20T12:00:00Z");
        Feedback feedback;
        runs::generateDemo(ws->db(), options, feedback);
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

    pg::Connection c(team.conninfo());
    const Dialect d(Backend::Postgres);
    std::int64_t count = 0;
    report("count all runs",
           medianMs([&] { count = c.queryInt("SELECT count(*) FROM runs").value_or(0); }), 300);
    report("first page: 100 newest runs", medianMs([&] {
               c.query(std::string("SELECT ") + kPageColumns +
                       " FROM runs ORDER BY execution_time DESC, id DESC " + d.paging(100, 0));
           }),
           300);
    // Sorting by duration and jumping to the end reads the head of the
    // reversed order (RunStore::tailIds), then that page.
    report("sort by duration, jump to the last row (tail ids + page)", medianMs([&] {
               const pg::Result ids =
                   c.query("SELECT id FROM runs ORDER BY execution_duration ASC, id ASC " +
                           d.paging(100, 0));
               std::vector<SqlValue> values;
               for (int i = 0; i < ids.rows(); ++i)
                   values.emplace_back(ids.int64(i, 0));
               std::vector<pg::Param> params;
               for (const SqlValue& v : values)
                   params.push_back(toText(v));
               c.query(std::string("SELECT ") + kPageColumns + " FROM runs WHERE " +
                           d.inList("id", 1, values.size()),
                       params);
           }),
           300);
    Filter f(d);
    f.equals("status", std::string("failed"))
        .atLeast("execution_time", *parseTime("2026-10-20T00:00:00Z"));
    std::vector<pg::Param> params;
    for (const SqlValue& v : f.values())
        params.push_back(toText(v));
    report("filtered (failed, last 31 days): count + first page", medianMs([&] {
               c.queryInt("SELECT count(*) FROM runs" + f.where(), params);
               c.query(std::string("SELECT ") + kPageColumns + " FROM runs" + f.where() +
                           " ORDER BY execution_time DESC, id DESC " + d.paging(100, 0),
                       params);
           }),
           300);
    report(
        "90-day summary (count, failures, mean duration per model)", medianMs([&] {
            c.query(
                "SELECT model_name, count(*), count(*) FILTER (WHERE status = 'failed'), "
                "avg(execution_duration) FROM runs WHERE execution_time >= $1 GROUP BY model_name",
                {std::to_string(*parseTime("2026-08-22T12:00:00Z"))});
        }),
        500);
    std::printf("runs on the server: %lld\n", static_cast<long long>(count));
    return 0;
}
