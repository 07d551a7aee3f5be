// Measures the Run History panel where a user feels it, on a 1M-run workspace:
// opening it until the first page is painted, sorting by duration and jumping
// to the last row, a cold page read, and the process's peak memory.
// Usage: bench_ui [--runs N] [--workspace PATH]
#include "core/common/Memory.h"
#include "core/common/Progress.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Workspace.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/panels/runhistory/RunTableView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <string>

using namespace kestrel;

namespace {

// Generates in a child process so the generator's memory does not count
// towards the panel's peak.
bool ensureWorkspace(const std::string& path, std::int64_t runs)
{
    if (QFile::exists(QString::fromStdString(path)))
        return true;
    std::printf("generating %lld runs into %s (once)...\n", static_cast<long long>(runs),
                path.c_str());
    std::fflush(stdout);
    const pid_t pid = ::fork();
    if (pid == 0) {
        try {
            const std::string tmp = path + ".part";
            std::remove(tmp.c_str());
            {
                auto ws = workspace::Workspace::create(tmp);
                runs::DemoOptions options;
                options.seed = 1;
                options.runs = runs;
                options.end = *parseTime("2026-11-20T12:00:00Z");
                Feedback feedback;
                runs::generateDemo(ws->db(), options, feedback);
                ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            std::rename(tmp.c_str(), path.c_str());
            ::_exit(0);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "generation failed: %s\n", e.what());
            ::_exit(1);
        }
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void waitUntil(const std::function<bool()>& done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
}

void report(const char* what, double value, const char* unit, double goal)
{
    std::printf("%-48s %10.1f %-3s (goal <= %.0f %s) %s\n", what, value, unit, goal, unit,
                value <= goal ? "ok" : "OVER");
}

} // namespace

int main(int argc, char** argv)
{
    std::int64_t runs = 1'000'000;
    std::string path;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--runs")
            runs = std::stoll(argv[i + 1]);
        else if (key == "--workspace")
            path = argv[i + 1];
    }
    if (path.empty())
        path = std::string(KESTREL_BENCH_DIR) + "/runs-" + std::to_string(runs) + ".kestrel";
    if (!ensureWorkspace(path, runs)) {
        std::fprintf(stderr, "bench_ui: cannot create %s\n", path.c_str());
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const long baseKb = processStatusKb("VmRSS");

    jobs::JobRunner runner;
    ui::RunHistoryPanel panel;
    panel.resize(1500, 900);
    panel.show();
    QCoreApplication::processEvents();
    ui::RunTableModel* model = panel.model();
    ui::RunTableView* table = panel.table();

    // 1. Open: the ids of every run (newest first) and the first page painted.
    bool reset = false;
    QObject::connect(model, &QAbstractItemModel::modelReset, [&reset] { reset = true; });
    QElapsedTimer clock;
    clock.start();
    panel.setContext(QString::fromStdString(path), &runner);
    waitUntil([&] { return model->rowCount() > 0 && model->runId(0) != 0; });
    table->viewport()->repaint();
    const double openMs = clock.nsecsElapsed() / 1e6;
    waitUntil([&] { return !model->isLoading(); });
    const double idsMs = clock.nsecsElapsed() / 1e6;
    waitUntil([&] { return !panel.isSummaryBusy(); });
    const double summaryMs = clock.nsecsElapsed() / 1e6;
    std::printf("runs in the table: %d\n", model->rowCount());
    report("open 1M-run workspace, first page painted", openMs, "ms", 300);
    std::printf("%-48s %10.1f ms (background)\n", "every id of the list loaded", idsMs);
    std::printf("%-48s %10.1f ms (background, UI stays live)\n", "summary strip figures ready",
                summaryMs);

    // Let the charts, comparison and error pattern jobs finish so they do not
    // compete with the sort measurement for the two cores.
    runner.waitForDone();
    QCoreApplication::processEvents();

    // 2. Sort by duration (ascending: the longest run is the last row) and jump there.
    reset = false;
    clock.restart();
    table->sortByColumn(ui::RunTableModel::Duration, Qt::AscendingOrder);
    waitUntil([&] { return reset; });
    table->scrollToBottom();
    table->viewport()->repaint();
    const double sortMs = clock.nsecsElapsed() / 1e6;
    const bool lastKnown = model->runId(model->rowCount() - 1) != 0;
    waitUntil([&] { return !model->isLoading(); });
    const double sortIdsMs = clock.nsecsElapsed() / 1e6;
    report("sort 1M by duration, jump to last row", sortMs, "ms", 300);
    std::printf("%-48s %10.1f ms (background)%s\n", "every id of the sorted list loaded", sortIdsMs,
                lastKnown ? "" : "  [last row was not in the preview]");
    const QVariant last =
        model->data(model->index(model->rowCount() - 1, ui::RunTableModel::Duration),
                    int(ui::RunTableModel::Role::RawValue));
    std::printf("last row duration: %.3f s\n", last.value<double>());

    // 3. A cold page read on the UI thread (what scrolling to a new place costs).
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> pick(0, model->rowCount() - 1);
    const int samples = 200;
    clock.restart();
    for (int i = 0; i < samples; ++i)
        model->data(model->index(pick(rng), ui::RunTableModel::Model));
    const double pageUs = clock.nsecsElapsed() / 1e3 / samples;
    report("cold page of 200 rows read by primary key", pageUs / 1000.0, "ms", 16);

    // 4. Scroll through the whole table in 50 jumps.
    clock.restart();
    for (int step = 0; step <= 50; ++step) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() * step / 50);
        table->viewport()->repaint();
    }
    std::printf("%-48s %10.2f ms\n", "mean jump + repaint while scrolling",
                clock.nsecsElapsed() / 1e6 / 51);
    std::printf("rows held in the page cache: %d\n", model->cachedRowCount());

    runner.waitForDone();
    const double peakMb = processStatusKb("VmHWM") / 1024.0;
    std::printf("%-48s %10.1f MB (Qt and libraries alone: %.1f MB)\n", "RSS before opening",
                baseKb / 1024.0, baseKb / 1024.0);
    report("peak memory (VmHWM) with 1M runs open", peakMb, "MB", 400);
    return 0;
}
