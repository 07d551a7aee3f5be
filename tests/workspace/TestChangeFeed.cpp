// The change feed on both backends: a commit by another connection is seen
// within 2 s (data_version on SQLite, LISTEN/NOTIFY on PostgreSQL), nothing
// is reported when nothing changed, and a stop ends a wait at once.
#include "common/TestBackend.h"
#include "core/workspace/ChangeFeed.h"
#include "core/workspace/Workspace.h"

#include <QElapsedTimer>
#include <QTest>

#include <stop_token>
#include <thread>

using namespace kestrel;
using namespace kestrel::workspace;

class TestChangeFeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }

    void aCommitOfAnotherConnectionIsSeenWithinTwoSeconds()
    {
        const std::string location = test::newWorkspace(m_dir, "feed_commit");
        ChangeFeed feed(location);
        std::stop_source stop;
        QVERIFY(!feed.wait(100, stop.get_token()).any);

        std::thread writer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            auto ws = Workspace::open(location);
            ws->setSetting("theme", "dark");
        });
        QElapsedTimer timer;
        timer.start();
        Changes changes;
        while (!changes.any && timer.elapsed() < 2000)
            changes = feed.wait(2000, stop.get_token());
        writer.join();
        QVERIFY2(changes.any, test::backendName());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(changes.touches("settings"));
        if (test::onPostgres()) {
            QVERIFY(changes.tablesKnown);
            QVERIFY(!changes.touches("runs")); // PostgreSQL names the table
        }
        // Seen once: the next wait reports nothing new.
        QVERIFY(!feed.wait(300, stop.get_token()).any);
    }

    void aStopEndsAWaitAtOnce()
    {
        const std::string location = test::newWorkspace(m_dir, "feed_stop");
        ChangeFeed feed(location);
        std::stop_source stop;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            stop.request_stop();
        });
        QElapsedTimer timer;
        timer.start();
        const Changes changes = feed.wait(10000, stop.get_token());
        stopper.join();
        QVERIFY(!changes.any);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "TestChangeFeed.moc"
