// OverviewService, the Overview panel's one door into a workspace, on the
// backend CTest chose: the run figures and the open anomalies agree with
// what the stores say, read through a connection of the service's own.
#include "common/TestBackend.h"

#include "core/common/Error.h"
#include "core/detection/AnomalyService.h"
#include "core/overview/OverviewService.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/RunFilter.h"
#include "core/workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {

const EpochMs kEnd = *parseTime("2026-11-01T00:00:00Z");

} // namespace

class TestOverviewService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_location;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        KESTREL_START_BACKEND();
        m_location = test::newWorkspace(m_dir, "overview");
        auto ws = workspace::Workspace::open(m_location);
        runs::DemoOptions demo;
        demo.end = kEnd;
        demo.runs = 4000;
        demo.days = 30;
        demo.priceDays = 10;
        Feedback fb;
        runs::generateDemo(ws->db(), demo, fb);
        detection::AnomalyService(ws->db()).runDetection(std::nullopt, fb);
    }

    void runFiguresCoverTheTimeframe()
    {
        const overview::OverviewService service(m_location);
        runs::RunFilter all;
        runs::RunFilter week;
        runs::applyTimeframe(week, "7d", kEnd);
        week.to = kEnd;
        const overview::RunFigures figures = service.runFigures(all, week);
        QCOMPARE(figures.summary.runs, 4000);
        QCOMPARE(figures.summary.completed + figures.summary.failed + figures.summary.running +
                     figures.summary.cancelled,
                 4000);
        QVERIFY(figures.summary.successRate.has_value());
        QVERIFY(!figures.days.empty());
        QVERIFY(figures.days.size() <= 8);
        std::int64_t inWeek = 0;
        for (const runs::DayStats& d : figures.days) {
            QVERIFY(d.day >= *week.from - kMsPerDay && d.day < kEnd);
            inWeek += d.completed + d.failed + d.running + d.cancelled;
        }
        QVERIFY(inWeek > 0 && inWeek < 4000);
    }

    void openAnomaliesMatchTheStore()
    {
        const overview::OverviewService service(m_location);
        const detection::SeverityCounts open = service.openAnomalies();
        QVERIFY2(open.total() > 0, "the demo's planted incidents were not detected");
        auto ws = workspace::Workspace::open(m_location);
        const detection::SeverityCounts direct =
            detection::AnomalyService(ws->db()).openBySeverity();
        QCOMPARE(open.low, direct.low);
        QCOMPARE(open.medium, direct.medium);
        QCOMPARE(open.high, direct.high);
        QCOMPARE(open.critical, direct.critical);
    }

    void noWorkspaceIsAClearError()
    {
        const overview::OverviewService none{std::string()};
        QVERIFY_THROWS_EXCEPTION(Error, none.openAnomalies());
    }
};

QTEST_GUILESS_MAIN(TestOverviewService)
#include "TestOverviewService.moc"
