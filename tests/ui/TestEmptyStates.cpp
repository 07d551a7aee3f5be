// Empty and busy states: an empty workspace shows on every panel what goes
// there and how to fill it; a filter that matches nothing says so and
// clears; charts without data show a message, not axes; the demo
// workspace's first-start banner links to three places and stays closed.
#include "tests/ui_views/ViewsTestSupport.h"

#include "core/detection/AnomalyService.h"
#include "core/jobs/JobRunner.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/panels/Panel.h"
#include "ui/panels/ai/AiAnalysisPanel.h"
#include "ui/panels/anomaly/AnomalyChart.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/panels/runhistory/ImportDialog.h"
#include "ui/panels/runhistory/RunChartsView.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/widgets/ChartStyle.h"
#include "ui/widgets/DemoBanner.h"
#include "ui/widgets/EmptyState.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include <qcustomplot.h>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

bool idle(MainWindow& w)
{
    return !w.isBusy() && w.jobRunner()->runningCount() == 0 && !w.overview()->isBusy() &&
           !w.panel<AnomalyReviewPanel>()->isBusy() && !w.runHistory()->isSummaryBusy() &&
           !w.runHistory()->model()->isLoading();
}

QPushButton* button(QWidget* in, const QString& text)
{
    for (QPushButton* b : in->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestEmptyStates : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-empty"));
        settings::demoBannerDismissed.reset();
        m_demo = m_dir.filePath(QStringLiteral("demo.kestrel"));
        test::makeDemo(m_demo, 3000);
        auto ws = workspace::Workspace::open(m_demo.toStdString());
        Feedback fb;
        detection::AnomalyService(ws->db()).runDetection(std::nullopt, fb);
    }

    void anEmptyWorkspaceShowsAnEmptyStateOnEveryPanel()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.newWorkspace(m_dir.filePath(QStringLiteral("empty.kestrel"))));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        auto* anomalies = w.panel<AnomalyReviewPanel>();
        auto* ai = w.panel<AiAnalysisPanel>();
        QVERIFY(test::waitFor([&] { return w.overview()->showsEmptyState(); }));
        QVERIFY(test::waitFor(
            [&] { return w.runHistory()->currentPage() == w.runHistory()->emptyState(); }));
        QVERIFY(test::waitFor(
            [&] { return anomalies->currentTablePage() == anomalies->emptyState(); }));
        QVERIFY(test::waitFor([&] { return ai->showsEmptyState(); }));
        for (EmptyState* state : {w.overview()->emptyState(), w.runHistory()->emptyState(),
                                  anomalies->emptyState(), ai->emptyState()}) {
            QVERIFY(!state->title().isEmpty());
            QVERIFY(state->body().size() > 40); // says what goes here
            QVERIFY(state->importButton());
            QCOMPARE(state->importButton()->text(), EmptyState::tr("Import runs…"));
            QCOMPARE(state->demoButton()->text(), EmptyState::tr("Create demo workspace"));
        }
        // The anomaly chart says what would be there instead of "Jan 1 00:00" axes.
        QCustomPlot* plot = anomalies->chart()->plot();
        QVERIFY(ChartStyle::of(plot)->hasMessage());
        QVERIFY(!plot->xAxis->visible());
        // The charts of Run History too (an empty workspace has no day).
        QCustomPlot* runs = w.runHistory()->findChild<RunChartsView*>()->runsPlot();
        QVERIFY(ChartStyle::of(runs)->hasMessage());
        QVERIFY(!runs->xAxis->visible());

        // Import runs… opens the import dialog of the main window.
        w.panels()->setCurrentWidget(w.runHistory());
        QVERIFY(w.runHistory()->emptyState()->importButton()->isVisible());
        w.runHistory()->emptyState()->importButton()->click();
        QVERIFY(test::waitFor([&] { return w.findChild<ImportDialog*>() != nullptr; }, 5000));
        w.findChild<ImportDialog*>()->reject();
        // No state once the workspace has runs.
        QVERIFY(w.openWorkspace(m_demo));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QVERIFY(test::waitFor([&] { return !w.overview()->showsEmptyState(); }));
        QVERIFY(test::waitFor([&] { return !ai->showsEmptyState(); }));
        QCOMPARE(w.runHistory()->currentPage(), static_cast<QWidget*>(w.runHistory()->tabs()));
    }

    void theEmptyStateButtonsAskTheMainWindow()
    {
        PanelEvents events;
        EmptyState state;
        state.addWorkspaceButtons(&events);
        QSignalSpy imports(&events, &PanelEvents::importRunsRequested);
        QSignalSpy demos(&events, &PanelEvents::demoWorkspaceRequested);
        state.importButton()->click();
        state.demoButton()->click();
        QCOMPARE(imports.count(), 1);
        QCOMPARE(demos.count(), 1);
    }

    void aRunHistoryFilterThatMatchesNothingOffersToClearIt()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openWorkspace(m_demo));
        RunHistoryPanel* history = w.runHistory();
        w.panels()->setCurrentWidget(history);
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCOMPARE(history->currentPage(), static_cast<QWidget*>(history->tabs()));
        runs::RunFilter none;
        none.text = "no run has this text 7f3c";
        history->setFilter(none);
        QVERIFY(test::waitFor([&] { return history->currentPage() == history->noMatchState(); }));
        QVERIFY(history->noMatchState()->isVisible());
        QPushButton* clear =
            button(history->noMatchState(), RunHistoryPanel::tr("Clear the filter"));
        QVERIFY(clear && clear->isVisible());
        clear->click();
        QCOMPARE(history->filter(), runs::RunFilter{});
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QVERIFY(test::waitFor([&] { return history->currentPage() == history->tabs(); }));
        QVERIFY(history->model()->rowCount() > 0);
    }

    void anAnomalyFilterThatMatchesNothingOffersToClearIt()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openWorkspace(m_demo));
        auto* panel = w.panel<AnomalyReviewPanel>();
        w.panels()->setCurrentWidget(panel);
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QVERIFY(panel->model()->rowCount() > 0);
        QCOMPARE(panel->currentTablePage(), static_cast<QWidget*>(panel->table()));
        // The last 24 hours of a day long after the demo ended hold no anomaly.
        panel->setReferenceTime(test::demoEnd() + 400LL * 86'400'000);
        panel->timeFilter()->setCurrentIndex(panel->timeFilter()->findData(QStringLiteral("24h")));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QVERIFY(test::waitFor([&] { return panel->currentTablePage() == panel->noMatchState(); }));
        QVERIFY(!panel->filtersAreDefault());
        QPushButton* clear =
            button(panel->noMatchState(), AnomalyReviewPanel::tr("Clear the filters"));
        QVERIFY(clear && clear->isVisible());
        clear->click();
        QVERIFY(panel->filtersAreDefault());
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QVERIFY(test::waitFor([&] { return panel->currentTablePage() == panel->table(); }));
    }

    void overviewChartsWithoutRunsShowAMessage()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openWorkspace(m_demo));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        w.overview()->setReferenceTime(test::demoEnd());
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCustomPlot* plot = w.overview()->charts()->runsPlot();
        QVERIFY(!ChartStyle::of(plot)->hasMessage());
        QVERIFY(plot->xAxis->visible());
        // A year after the demo: the timeframe has no run, the workspace has.
        w.overview()->setReferenceTime(test::demoEnd() + 365LL * 86'400'000);
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QVERIFY(!w.overview()->showsEmptyState());
        QVERIFY(ChartStyle::of(plot)->hasMessage());
        QVERIFY(ChartStyle::of(plot)->messageLabel()->isVisible());
        QVERIFY(!plot->xAxis->visible());
        QVERIFY(!plot->legend->visible());
    }

    void theDemoBannerLinksAndStaysDismissed()
    {
        settings::demoBannerDismissed.reset();
        {
            MainWindow w;
            w.resize(1280, 720);
            w.show();
            QVERIFY(w.newWorkspace(m_dir.filePath(QStringLiteral("plain.kestrel"))));
            QVERIFY(test::waitFor([&] { return idle(w); }));
            QVERIFY(!w.demoBanner()->isVisible()); // not a demo
            QVERIFY(w.openWorkspace(m_demo));
            QVERIFY(test::waitFor([&] { return w.demoBanner()->isVisible(); }));
            QCOMPARE(w.demoBanner()->targets().size(), 3);
            QVERIFY(w.demoBanner()->linksLabel()->text().count(QStringLiteral("<a ")) == 3);

            w.demoBanner()->activate(QLatin1String(DemoBanner::kAnomalies));
            QCOMPARE(w.panels()->currentWidget(), w.panel<AnomalyReviewPanel>()->widget());
            w.demoBanner()->activate(QLatin1String(DemoBanner::kErrorPatterns));
            QCOMPARE(w.panels()->currentWidget(), static_cast<QWidget*>(w.runHistory()));
            QCOMPARE(w.runHistory()->tabs()->currentIndex(), int(RunHistoryPanel::ErrorsTab));
            w.demoBanner()->activate(QLatin1String(DemoBanner::kCharts));
            QCOMPARE(w.runHistory()->tabs()->currentIndex(), int(RunHistoryPanel::ChartsTab));

            w.demoBanner()->closeButton()->click();
            QVERIFY(!w.demoBanner()->isVisible());
            QVERIFY(settings::demoBannerDismissed.value());
        }
        // The next start on the demo does not show it again.
        MainWindow again;
        again.show();
        QVERIFY(again.openWorkspace(m_demo));
        QVERIFY(test::waitFor([&] { return idle(again); }));
        QVERIFY(again.overview()->facts().isDemo());
        QVERIFY(!again.demoBanner()->isVisible());
        settings::demoBannerDismissed.reset();
    }
};

QTEST_MAIN(TestEmptyStates)
#include "TestEmptyStates.moc"
