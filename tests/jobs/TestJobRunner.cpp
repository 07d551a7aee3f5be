#include "core/common/Error.h"
#include "core/common/Memory.h"
#include "core/jobs/JobRunner.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

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
        const int id = runner.submit("sum", [](JobContext& ctx) {
            long long sum = 0;
            for (int i = 1; i <= 100; ++i) {
                sum += i;
                ctx.setProgress(i / 100.0);
            }
            return QVariant::fromValue(sum);
        }, [&](const QVariant& result, const QString& error) {
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
        const int id = runner.submit("bad input", [](JobContext&) -> QVariant {
            throw Error("line 3, column 7: expected a number");
        }, [&](const QVariant&, const QString& error) { deliveredError = error; });
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
                runner.submit("recompute", [](JobContext&) { return QVariant(QByteArray(kPayload, 'y')); },
                              [owned, &delivered](const QVariant& result, const QString&) {
                                  delivered += result.toByteArray().size() == kPayload && owned->size() == kPayload;
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
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "TestJobRunner.moc"
