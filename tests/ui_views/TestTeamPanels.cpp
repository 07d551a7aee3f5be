// Every panel on a team workspace: the main window opens a PostgreSQL
// workspace (a throw-away server) and the Overview, Run History, Anomaly
// Review and AI Analysis show its runs and anomalies, the same figures SQL
// counts on the server, the AI report is stored there; a run another
// connection logs reaches the window.
#include "ViewsTestSupport.h"

#include "common/OpenWorkspace.h"
#include "common/PgServer.h"
#include "core/detection/AnomalyService.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/RunStore.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/panels/ai/AiAnalysisPanel.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/panels/runhistory/ModelComparisonView.h"
#include "ui/panels/runhistory/ModelIntervalChart.h"
#include "ui/panels/runhistory/RunChartsView.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/widgets/KpiTile.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

constexpr std::int64_t kRuns = 3000;

bool idle(MainWindow& w)
{
    return !w.isBusy() && w.jobRunner()->runningCount() == 0 &&
           !w.panel<AnomalyReviewPanel>()->isBusy() && !w.overview()->isBusy();
}

} // namespace

class TestTeamPanels : public QObject
{
    Q_OBJECT
    test::PgServer m_server;
    QString m_url;
    std::unique_ptr<workspace::Workspace> m_ws; // a second user's connection

    std::int64_t count(const std::string& sql) { return m_ws->db().queryInt(sql).value_or(-1); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-team-panels"));
        settings::recentWorkspaces.reset();
        KESTREL_START_PG_SERVER(m_server);
        m_url = m_server.url(QStringLiteral("desk"));
        m_ws = workspace::Workspace::create(m_url.toStdString());
        runs::DemoOptions options;
        options.seed = 5;
        options.runs = kRuns;
        options.end = nowMs(); // the Overview's default timeframe has runs
        options.priceDays = 30;
        Feedback feedback;
        runs::generateDemo(m_ws->db(), options, feedback);
        detection::AnomalyService(m_ws->db()).runDetection(std::nullopt, feedback);
        QVERIFY(count("SELECT count(*) FROM anomalies") > 0);
    }

    void everyPanelShowsTheServersRuns()
    {
        MainWindow w;
        QVERIFY(test::openAndWait(w, m_url));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCOMPARE(w.workspacePath(), m_url);
        QCOMPARE(w.runCount(), kRuns);

        // Run History: every run listed, the summary over all of them, a
        // model filter the server's count.
        RunHistoryPanel* history = w.runHistory();
        QVERIFY(test::waitFor([&] { return history->model()->rowCount() == kRuns; }));
        QVERIFY(test::waitFor([&] { return !history->isSummaryBusy(); }));
        QCOMPARE(history->summary().runs, kRuns);
        runs::RunFilter btst;
        btst.models = {"BTST"};
        history->setFilter(btst);
        const std::int64_t btstRuns = count("SELECT count(*) FROM runs WHERE model_name = 'BTST'");
        QVERIFY(btstRuns > 0);
        QVERIFY(test::waitFor([&] {
            return idle(w) && history->model()->rowCount() == btstRuns &&
                   history->summary().runs == btstRuns;
        }));

        // Overview: a tile per figure, every model of the timeframe in the
        // comparison chart, the daily charts drawn.
        OverviewPanel* overview = w.overview();
        QVERIFY(!overview->showsEmptyState());
        QVERIFY(!overview->runsTile()->value().isEmpty());
        {
            workspace::Statement st =
                m_ws->db().prepare("SELECT DISTINCT model_name FROM runs ORDER BY 1");
            int models = 0;
            while (st.step()) {
                ++models;
                QVERIFY2(
                    overview->models()->chart()->intervalOf(QString::fromStdString(st.text(0))),
                    st.text(0).c_str());
            }
            QCOMPARE(models, 5);
        }
        QVERIFY(overview->charts()->statusBars(QStringLiteral("completed"))->data()->size() > 0);

        // Anomaly Review: the detected anomalies, one opened in the detail.
        auto* anomalies = w.panel<AnomalyReviewPanel>();
        QVERIFY(test::waitFor([&] { return anomalies->model()->rowCount() > 0; }));
        QVERIFY(anomalies->model()->rowCount() <= count("SELECT count(*) FROM anomalies"));
        QVERIFY(test::waitFor([&] { return anomalies->model()->anomalyAt(0) != nullptr; }));
        const std::int64_t picked = anomalies->model()->anomalyAt(0)->id;
        anomalies->showAnomaly(picked);
        QVERIFY(test::waitFor([&] {
            return idle(w) && anomalies->detail()->detail().has_value() &&
                   anomalies->detail()->detail()->anomaly.id == picked;
        }));

        // AI Analysis: the built-in analyst (no provider configured) reads
        // the same runs and stores its report on the server.
        auto* ai = w.panel<AiAnalysisPanel>();
        QCOMPARE(ai->request().models.front().provider, std::string("builtin"));
        const std::int64_t reports = count("SELECT count(*) FROM ai_reports");
        QSignalSpy generated(ai, &AiAnalysisPanel::generated);
        ai->generateButton()->click();
        QVERIFY(generated.wait(120'000));
        QVERIFY(ai->markdown().contains(QStringLiteral("## Model comparison")));
        QVERIFY(ai->markdown().contains(QStringLiteral("BTST")));
        QCOMPARE(count("SELECT count(*) FROM ai_reports"), reports + 1);
    }

    // Another user logs a run on the server; the open window counts it
    // without being told (WorkspaceWatcher on the change token).
    void aRunLoggedElsewhereArrives()
    {
        MainWindow w;
        QVERIFY(test::openAndWait(w, m_url));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        const qint64 before = w.runCount();
        {
            workspace::Transaction tx(m_ws->db());
            runs::RunStore::Inserter inserter(m_ws->db());
            runs::RunRecord r;
            r.model = "BTST";
            r.symbol = "NSE:INFY";
            r.status = "completed";
            r.startedAt = nowMs();
            r.createdAt = r.startedAt;
            r.durationSec = 3.5;
            r.dataSource = "yahoo";
            inserter.add(r);
            tx.commit();
        }
        QElapsedTimer clock;
        clock.start();
        QVERIFY(test::waitFor([&] { return w.runCount() == before + 1; }, 10'000));
        qInfo("a run logged on the server reached the window in %lld ms", clock.elapsed());
        QVERIFY(test::waitFor([&] { return w.runHistory()->model()->rowCount() == before + 1; }));
    }
};

QTEST_MAIN(TestTeamPanels)
#include "TestTeamPanels.moc"
