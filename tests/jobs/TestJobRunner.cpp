#include "core/common/Error.h"
#include "core/common/Memory.h"
#include "core/jobs/JobRunner.h"
#include "core/workspace/Database.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace kestrel;
using namespace kestrel::jobs;

class TestJobRunner : public QObject
{
    Q_OBJECT
private slots:
    void deliversResultAndProgress()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QSignalSpy progress(&runner, &JobRunner::jobProgress);
        QVariant delivered;
        const int id = runner.submit(
            "sum",
            [](JobContext& ctx) {
                long long sum = 0;
                for (int i = 1; i <= 100; ++i) {
                    sum += i;
                    ctx.setProgress(i / 100.0);
                }
                return QVariant::fromValue(sum);
            },
            [&](const QVariant& result, const QString& error) {
                QVERIFY(error.isEmpty());
                delivered = result;
            });
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toInt(), id);
        QCOMPARE(finished.first().at(1).toLongLong(), 5050LL);
        QCOMPARE(delivered.toLongLong(), 5050LL);
        QVERIFY(progress.size() >= 2);
        QVERIFY(runner.job(id).state == JobState::Finished);
        QCOMPARE(runner.job(id).progress, 1.0);
    }

    void propagatesErrors()
    {
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::jobFailed);
        QString deliveredError;
        const int id = runner.submit(
            "bad input",
            [](JobContext&) -> QVariant { throw Error("line 3, column 7: expected a number"); },
            [&](const QVariant&, const QString& error) { deliveredError = error; });
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toString(), QString("line 3, column 7: expected a number"));
        QCOMPARE(deliveredError, QString("line 3, column 7: expected a number"));
        QVERIFY(runner.job(id).state == JobState::Failed);
        QCOMPARE(runner.job(id).message, QString("line 3, column 7: expected a number"));
    }

    // A view that recomputes all day: each job returns 160 KB and its
    // completion callback owns another 160 KB. Memory must not grow with the
    // number of jobs, and the history stays bounded.
    void memoryStaysFlatOverManyJobs()
    {
        JobRunner runner;
        runner.setThreadCount(2);
        QList<int> forgotten;
        connect(&runner, &JobRunner::jobForgotten, this, [&](int id) { forgotten.append(id); });
        static constexpr int kPayload = 160 * 1024;
        int delivered = 0;
        auto runBatch = [&](int count) {
            for (int i = 0; i < count; ++i) {
                auto owned = std::make_shared<QByteArray>(kPayload, 'x');
                runner.submit(
                    "recompute", [](JobContext&) { return QVariant(QByteArray(kPayload, 'y')); },
                    [owned, &delivered](const QVariant& result, const QString&) {
                        delivered +=
                            result.toByteArray().size() == kPayload && owned->size() == kPayload;
                    });
                if (i % 50 == 49)
                    QVERIFY(runner.waitForDone(10000));
            }
            QVERIFY(runner.waitForDone(10000));
        };
        runBatch(500); // warm up the allocator and the pool
        const long before = processStatusKb("VmRSS");
        runBatch(5000);
        const long after = processStatusKb("VmRSS");
        QCOMPARE(delivered, 5500);
        // Kept: 5,000 x 320 KB would be 1.6 GB; allow 40 MB of allocator noise.
        QVERIFY2(after - before < 40 * 1024,
                 qPrintable(QString("resident %1 kB -> %2 kB").arg(before).arg(after)));
        QCOMPARE(runner.jobs().size(), qsizetype(JobRunner::kHistory));
        QCOMPARE(forgotten.size(), 5500 - JobRunner::kHistory);
        QCOMPARE(runner.job(forgotten.first()).id, 0);
        QVERIFY(runner.jobs().last().state == JobState::Finished);
    }

    void cancelStopsARunningJob()
    {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        std::atomic<bool> started{false};
        std::atomic<int> iterations{0};
        const int id = runner.submit("endless", [&](JobContext& ctx) {
            started = true;
            Feedback fb = ctx.feedback();
            while (true) {
                fb.throwIfStopped();
                ++iterations;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return QVariant();
        });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(runner.job(id).state == JobState::Running, 5000);
        runner.cancel(id);
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(finished.size(), 0);
        QVERIFY(runner.job(id).state == JobState::Cancelled);
        const int after = iterations.load();
        QTest::qWait(50);
        QCOMPARE(iterations.load(), after);
    }

    void cancelBeforeStartNeverRuns()
    {
        JobRunner runner;
        runner.setThreadCount(1);
        QCOMPARE(runner.threadCount(), 1);
        std::atomic<bool> release{false};
        std::atomic<bool> secondRan{false};
        runner.submit("blocker", [&](JobContext&) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return QVariant();
        });
        const int second = runner.submit("queued", [&](JobContext&) {
            secondRan = true;
            return QVariant();
        });
        runner.cancel(second);
        release = true;
        QVERIFY(runner.waitForDone(5000));
        QVERIFY(runner.job(second).state == JobState::Cancelled);
        QVERIFY(!secondRan);
    }

    void cooperativeCancelByPolling()
    {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
        const int id = runner.submit("poll", [](JobContext& ctx) {
            while (!ctx.isCancelled())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return QVariant(1);
        });
        QTest::qWait(20);
        runner.cancel(id);
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(runner.jobs().size(), 1);
        QCOMPARE(runner.runningCount(), 0);
    }
    // submit<T> hands the work's own type to the callback, on the receiver's
    // thread, and not at all once the receiver is gone.
    void typedResultOnReceiversThread()
    {
        JobRunner runner;
        QThread other;
        other.start();
        auto* receiver = new QObject;
        receiver->moveToThread(&other);
        std::vector<std::string> got;
        std::atomic<QThread*> calledOn{nullptr};
        std::atomic<bool> delivered{false};
        runner.submit<std::vector<std::string>>(
            "names", JobOptions::view(),
            [](JobContext&) {
                return std::vector<std::string>{"alpha", "beta"};
            },
            receiver,
            [&](std::vector<std::string> names) {
                got = std::move(names);
                calledOn = QThread::currentThread();
                delivered = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(delivered.load(), 5000);
        QCOMPARE(calledOn.load(), &other);
        QCOMPARE(got, (std::vector<std::string>{"alpha", "beta"}));

        // Errors reach `failed`; a destroyed receiver gets nothing.
        QString error;
        auto* local = new QObject;
        runner.submit<int>(
            "bad", JobOptions::bulk(), [](JobContext&) -> int { throw Error("no such model"); },
            local, [](int) { QFAIL("no result expected"); }, [&](const QString& e) { error = e; });
        QTRY_COMPARE_WITH_TIMEOUT(error, QString("no such model"), 5000);
        bool late = false;
        std::atomic<bool> release{false};
        runner.submit<int>(
            "late", JobOptions::view(),
            [&](JobContext&) {
                while (!release)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                return 1;
            },
            local, [&](int) { late = true; });
        delete local;
        release = true;
        QVERIFY(runner.waitForDone(5000));
        QCoreApplication::processEvents();
        QVERIFY(!late);
        QMetaObject::invokeMethod(receiver, &QObject::deleteLater);
        other.quit();
        other.wait();
    }

    // A Long job holding its lane and a full Bulk lane with more queued do not
    // delay a view refresh: the Interactive lane has its own threads.
    void lanesKeepViewsFree()
    {
        JobRunner runner;
        QCOMPARE(runner.threadCount(Lane::Long), 1);
        QVERIFY(runner.threadCount(Lane::Interactive) >= 2);
        std::atomic<bool> release{false};
        std::atomic<int> blockersRunning{0};
        auto blocker = [&](JobContext&) {
            ++blockersRunning;
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return QVariant();
        };
        runner.submit("train", blocker, {}, JobOptions::longRunning());
        const int bulkThreads = runner.threadCount(Lane::Bulk);
        for (int i = 0; i < bulkThreads + 3; ++i)
            runner.submit("import", blocker, {}, JobOptions::bulk());
        QTRY_COMPARE_WITH_TIMEOUT(blockersRunning.load(), 1 + bulkThreads, 5000);

        QElapsedTimer clock;
        clock.start();
        qint64 tookMs = -1;
        runner.submit<int>(
            "refresh", JobOptions::view(), [](JobContext&) { return 42; }, this,
            [&](int v) { tookMs = v == 42 ? clock.elapsed() : -2; });
        QTRY_VERIFY_WITH_TIMEOUT(tookMs != -1, 2000);
        QVERIFY2(tookMs >= 0 && tookMs < 500,
                 qPrintable(QString("view refresh took %1 ms").arg(tookMs)));
        // The blockers are all still there: the refresh did not wait for them.
        QCOMPARE(blockersRunning.load(), 1 + bulkThreads);
        QVERIFY(runner.runningCount() >= 1 + bulkThreads + 3);
        release = true;
        QVERIFY(runner.waitForDone(10000));
        QCOMPARE(runner.runningCount(), 0);
    }

    // Cancel reaches a statement that is running: a recursive CTE that would
    // count for tens of seconds stops within a fraction of a second.
    void cancelInterruptsARunningQuery()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("slow.sqlite").toStdString();
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
        QSignalSpy failed(&runner, &JobRunner::jobFailed);
        std::atomic<bool> started{false};
        const int id = runner.submit("slow query", [&](JobContext& ctx) {
            workspace::Database db(path, workspace::Database::Access::ReadWriteCreate);
            auto interruption = ctx.interruptOnCancel(db);
            started = true;
            return QVariant::fromValue(
                db.queryInt("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "WHERE x < 2000000000) SELECT sum(x) FROM c")
                    .value_or(0));
        });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
        QTest::qWait(200); // well inside the query
        QElapsedTimer clock;
        clock.start();
        runner.cancel(id);
        QVERIFY(cancelled.wait(5000));
        const qint64 stopMs = clock.elapsed();
        QVERIFY2(stopMs < 1000, qPrintable(QString("stopped %1 ms after cancel").arg(stopMs)));
        QCOMPARE(failed.size(), 0);
        QVERIFY(runner.job(id).state == JobState::Cancelled);
        qInfo("slow query stopped %lld ms after cancel", static_cast<long long>(stopMs));
    }

    // View refreshes are not kept for the Jobs dock; listed jobs keep their
    // duration and message.
    void unlistedJobsAreNotKept()
    {
        JobRunner runner;
        QSignalSpy forgotten(&runner, &JobRunner::jobForgotten);
        const int view = runner.submit(
            "refresh", [](JobContext&) { return QVariant(1); }, {}, JobOptions::view());
        const int import = runner.submit("import", [](JobContext& ctx) {
            std::this_thread::sleep_for(std::chrono::milliseconds(60));
            ctx.setMessage("12 runs imported");
            return QVariant(2);
        });
        QVERIFY(runner.waitForDone(5000));
        QCoreApplication::processEvents();
        QCOMPARE(runner.job(view).id, 0);
        QCOMPARE(forgotten.size(), 1);
        QCOMPARE(runner.jobs().size(), 1);
        const JobInfo info = runner.job(import);
        QVERIFY(info.listed);
        QCOMPARE(info.message, QString("12 runs imported"));
        QVERIFY2(info.durationMs() >= 50, qPrintable(QString::number(info.durationMs())));
        QVERIFY(info.durationMs() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "TestJobRunner.moc"
