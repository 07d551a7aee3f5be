#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "ui/JobsDock.h"

#include <QApplication>
#include <QTest>

#include <thread>

using namespace kestrel;
using namespace kestrel::jobs;

// The Jobs dock lists the user's work with its duration and message, and
// leaves view refreshes out.
class TestJobsDock : public QObject
{
    Q_OBJECT
private slots:
    void listsUserWorkWithDurationAndMessage()
    {
        JobRunner runner;
        ui::JobsDock dock(&runner);
        for (int i = 0; i < 5; ++i)
            runner.submit(
                "Refresh chart", [](JobContext&) { return QVariant(); }, {}, JobOptions::view());
        runner.submit("Import runs.csv", [](JobContext& ctx) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1200));
            ctx.setMessage("2,000 runs imported");
            return QVariant();
        });
        runner.submit(
            "Run detection",
            [](JobContext&) -> QVariant { throw Error("no runs in the last 24 hours"); }, {},
            JobOptions::bulk());
        QVERIFY(runner.waitForDone(10000));
        QCoreApplication::processEvents();
        QCOMPARE(dock.rowCount(), 2);
        // Newest first.
        QCOMPARE(dock.cellText(0, "Job"), QString("Run detection"));
        QCOMPARE(dock.cellText(0, "Message"), QString("no runs in the last 24 hours"));
        QCOMPARE(dock.cellText(1, "Job"), QString("Import runs.csv"));
        QCOMPARE(dock.cellText(1, "Message"), QString("2,000 runs imported"));
        const QString duration = dock.cellText(1, "Duration");
        QVERIFY2(duration.endsWith(" s"), qPrintable(duration));
        const double seconds = duration.chopped(2).toDouble();
        QVERIFY2(seconds >= 1.1 && seconds < 5.0, qPrintable(duration));
    }
};

QTEST_MAIN(TestJobsDock)
#include "TestJobsDock.moc"
