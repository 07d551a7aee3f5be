// Live updates between processes and users: what another connection commits
// reaches the panels as PanelEvents within 2 s, on both backends, and only
// the events of what changed on a team workspace.
#include "common/TestBackend.h"
#include "core/workspace/Workspace.h"
#include "ui/WorkspaceWatcher.h"
#include "ui/panels/Panel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace kestrel;

class TestWorkspaceWatcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }

    void anotherConnectionsRunReachesThePanelsWithinTwoSeconds()
    {
        const std::string location = test::newWorkspace(m_dir, "watch_runs");
        ui::PanelEvents events;
        ui::WorkspaceWatcher watcher(&events);
        QSignalSpy runs(&events, &ui::PanelEvents::runsChanged);
        QSignalSpy settings(&events, &ui::PanelEvents::settingsChanged);
        watcher.watch(QString::fromStdString(location));
        QTest::qWait(300); // the feed is listening

        QElapsedTimer timer;
        timer.start();
        {
            workspace::Database db = workspace::Workspace::connect(location);
            db.prepare("INSERT INTO runs (model_name, execution_time, status, created_at) "
                       "VALUES (?, ?, 'completed', ?)")
                .bind(1, "momentum")
                .bind(2, std::int64_t(1'700'000'000'000))
                .bind(3, std::int64_t(1'700'000'000'000))
                .run();
        }
        QVERIFY(runs.wait(2000));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        if (test::onPostgres())
            QCOMPARE(settings.count(), 0); // the team workspace names the table

        runs.clear();
        workspace::Workspace::open(location)->setSetting("budget", "5");
        QVERIFY(settings.wait(2000));
        if (test::onPostgres())
            QCOMPARE(runs.count(), 0);
    }

    void watchingAnotherWorkspaceForgetsTheFirst()
    {
        const std::string first = test::newWorkspace(m_dir, "watch_first");
        const std::string second = test::newWorkspace(m_dir, "watch_second");
        ui::PanelEvents events;
        ui::WorkspaceWatcher watcher(&events);
        QSignalSpy settings(&events, &ui::PanelEvents::settingsChanged);
        watcher.watch(QString::fromStdString(first));
        watcher.watch(QString::fromStdString(second));
        QTest::qWait(300);
        workspace::Workspace::open(first)->setSetting("a", "1");
        QTest::qWait(1200);
        QCOMPARE(settings.count(), 0);
        workspace::Workspace::open(second)->setSetting("a", "1");
        QVERIFY(settings.wait(2000));
        watcher.watch(QString());
    }
};

QTEST_MAIN(TestWorkspaceWatcher)
#include "TestWorkspaceWatcher.moc"
