// The panel interface seen from the main window: panels come from the
// registration list, contribute menus, tiles and report sections, and
// opening another workspace resets every panel's state.
#include "ViewsTestSupport.h"

#include "core/detection/AnomalyService.h"
#include "core/jobs/JobRunner.h"
#include "common/OpenWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/panels/Panel.h"
#include "ui/panels/ai/AiAnalysisPanel.h"
#include "ui/panels/ai/AiSpendTile.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

void makeDetectedDemo(const QString& path, std::uint64_t seed)
{
    test::makeDemo(path, 4000, seed);
    auto ws = workspace::Workspace::open(path.toStdString());
    Feedback fb;
    detection::AnomalyService(ws->db()).runDetection(std::nullopt, fb);
}

bool idle(MainWindow& w)
{
    auto* anomalies = w.panel<AnomalyReviewPanel>();
    return !w.isBusy() && w.jobRunner()->runningCount() == 0 && !anomalies->isBusy();
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_a, m_b;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-panels"));
        settings::recentWorkspaces.reset();
        m_a = m_dir.filePath(QStringLiteral("a.kestrel"));
        m_b = m_dir.filePath(QStringLiteral("b.kestrel"));
        makeDetectedDemo(m_a, 7);
        makeDetectedDemo(m_b, 11);
    }

    void panelsComeFromTheRegistrations()
    {
        MainWindow w;
        QCOMPARE(w.panelList().size(), panelRegistrations().size());
        QCOMPARE(w.panels()->count(), int(panelRegistrations().size()));
        for (std::size_t i = 0; i < panelRegistrations().size(); ++i) {
            Panel* p = w.panelList()[i];
            QCOMPARE(p->widget()->objectName(), panelRegistrations()[i].id);
            QCOMPARE(w.panels()->tabText(int(i)), p->title());
        }
        // Contributed actions land in a menu named after their panel.
        QMenu* anomalies = w.menuBar()->findChild<QMenu*>(QStringLiteral("anomaly-review-menu"));
        QVERIFY(anomalies);
        QCOMPARE(anomalies->title(), w.panel<AnomalyReviewPanel>()->title());
        QVERIFY(!anomalies->actions().isEmpty());
        QVERIFY(w.menuBar()->findChild<QMenu*>(QStringLiteral("ai-analysis-menu")));
        // The AI panel's tile sits on the Overview.
        QCOMPARE(w.panel<AiAnalysisPanel>()->spendTile()->parentWidget()->window(),
                 static_cast<QWidget*>(&w));
        QVERIFY(w.overview()->isAncestorOf(w.panel<AiAnalysisPanel>()->spendTile()));
    }

    void openingAnotherWorkspaceResetsEveryPanel()
    {
        MainWindow w;
        QVERIFY(test::openAndWait(w, m_a));
        QVERIFY(test::waitFor([&] { return idle(w); }));

        RunHistoryPanel* history = w.runHistory();
        auto* anomalies = w.panel<AnomalyReviewPanel>();
        auto* ai = w.panel<AiAnalysisPanel>();
        const QStringList severities = anomalies->severityFilter()->checked();
        const int aiTimeframe = ai->timeframeBox()->currentIndex();
        const bool firstType = ai->typeBox(0)->isChecked();

        // State of A in every panel: a model filter, an anomaly filter and
        // selection, an AI form that differs from its defaults.
        runs::RunFilter f;
        f.models = {"BTST"};
        history->setFilter(f);
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCOMPARE(history->filter().models, std::vector<std::string>{"BTST"});

        QVERIFY(anomalies->model()->rowCount() > 0);
        QVERIFY(test::waitFor([&] { return anomalies->model()->anomalyAt(0) != nullptr; }));
        const std::int64_t picked = anomalies->model()->anomalyAt(0)->id;
        anomalies->showAnomaly(picked);
        QVERIFY(test::waitFor([&] { return idle(w) && anomalies->selectedId() == picked; }));
        anomalies->stateFilter()->setChecked({QStringLiteral("open")});
        anomalies->timeFilter()->setCurrentIndex(
            anomalies->timeFilter()->findData(QStringLiteral("90d")));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QVERIFY(anomalies->stateFilter()->checked() != QStringList{} || !severities.isEmpty());

        ai->timeframeBox()->setCurrentIndex(aiTimeframe == 0 ? 1 : 0);
        ai->typeBox(0)->setChecked(!firstType);
        ai->modelFilter()->setChecked({QStringLiteral("BTST")});
        ai->tabs()->setCurrentIndex(2);
        QVERIFY(w.reportText().contains(QStringLiteral("BTST")));

        QVERIFY(test::openAndWait(w, m_b));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCOMPARE(w.workspacePath(), QFileInfo(m_b).absoluteFilePath());

        // Nothing of A is left.
        QVERIFY(history->filter().models.empty());
        QCOMPARE(anomalies->selectedId(), std::int64_t(0));
        QVERIFY(!anomalies->detail()->detail().has_value());
        QCOMPARE(anomalies->severityFilter()->checked(), severities);
        QVERIFY(anomalies->stateFilter()->checked().isEmpty());
        QCOMPARE(anomalies->timeFilter()->currentData().toString(), QStringLiteral("any"));
        QVERIFY(anomalies->modelFilter()->checked().isEmpty());
        QCOMPARE(ai->timeframeBox()->currentIndex(), aiTimeframe);
        QCOMPARE(ai->typeBox(0)->isChecked(), firstType);
        QVERIFY(ai->modelFilter()->checked().isEmpty());
        QCOMPARE(ai->tabs()->currentIndex(), 0);
        QVERIFY(ai->markdown().isEmpty());
        // The table shows B's anomalies: what B's service counts.
        auto wsB = workspace::Workspace::open(m_b.toStdString());
        QCOMPARE(qint64(anomalies->model()->rowCount()),
                 detection::AnomalyService(wsB->db()).countAnomalies(anomalies->filter()));

        const QString report = w.reportText();
        for (Panel* p : w.panelList())
            QVERIFY2(report.contains(QStringLiteral("## ") + p->title()), qPrintable(report));
    }
};

QTEST_MAIN(TestPanels)
#include "TestPanels.moc"
