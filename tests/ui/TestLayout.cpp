// Every panel works at 1280×720 (a 1366×768 laptop less its task bar) and
// the window can be made that small: no button cut, no widget over another,
// the AI Analysis buttons always in view, enough Anomaly Review rows.
#include "LayoutChecks.h"
#include "tests/ui_views/ViewsTestSupport.h"

#include "core/detection/AnomalyService.h"
#include "core/jobs/JobRunner.h"
#include "ui/MainWindow.h"
#include "ui/panels/ai/AiAnalysisPanel.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/panels/runhistory/RunChartsView.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/panels/runhistory/RunTableView.h"
#include "ui/widgets/DemoBanner.h"

#include <QApplication>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QTabWidget>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

using namespace kestrel;
using namespace kestrel::ui;

class TestLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    static bool idle(MainWindow& w)
    {
        return !w.isBusy() && w.jobRunner()->runningCount() == 0 && !w.overview()->isBusy() &&
               !w.panel<AnomalyReviewPanel>()->isBusy() && !w.runHistory()->isSummaryBusy();
    }

    // Shows every panel (and every tab inside one) at the window's size and checks it.
    static void checkEveryPanel(MainWindow& w)
    {
        QStringList problems;
        for (int i = 0; i < w.panels()->count(); ++i) {
            w.panels()->setCurrentIndex(i);
            QWidget* panel = w.panels()->widget(i);
            const QList<QTabWidget*> inner = panel->findChildren<QTabWidget*>();
            QList<int> tabs{-1};
            for (QTabWidget* t : inner)
                for (int k = 0; k < t->count(); ++k)
                    tabs << k + 1000 * int(inner.indexOf(t));
            for (int tab : tabs) {
                if (tab >= 0)
                    inner[tab / 1000]->setCurrentIndex(tab % 1000);
                QVERIFY(test::waitFor([&] { return idle(w); }));
                QTest::qWait(30);
                const QString where = QStringLiteral("%1 (tab %2)")
                                          .arg(w.panels()->tabText(i))
                                          .arg(tab < 0 ? QStringLiteral("-")
                                                       : inner[tab / 1000]->tabText(tab % 1000));
                for (const QString& p : test::clippedButtons(&w))
                    problems << where + QStringLiteral(": clipped ") + p;
                for (const QString& p : test::overlappingSiblings(&w))
                    problems << where + QStringLiteral(": ") + p;
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-layout"));
        m_path = m_dir.filePath(QStringLiteral("demo.kestrel"));
        test::makeDemo(m_path, 4000);
        auto ws = workspace::Workspace::open(m_path.toStdString());
        Feedback fb;
        detection::AnomalyService(ws->db()).runDetection(std::nullopt, fb);
    }

    void theWindowFitsASmallLaptop_data()
    {
        QTest::addColumn<double>("fontScale");
        QTest::newRow("default font") << 1.0;
        // A desktop with a larger interface font (GNOME and KDE default to 10–11 pt).
        QTest::newRow("larger font") << 1.25;
    }

    void theWindowFitsASmallLaptop()
    {
        QFETCH(double, fontScale);
        const QFont before = QApplication::font();
        QFont larger = before;
        larger.setPointSizeF(before.pointSizeF() * fontScale);
        QApplication::setFont(larger);
        const auto restore = qScopeGuard([&] { QApplication::setFont(before); });
        qInfo("font %.1f pt", larger.pointSizeF());
        MainWindow w;
        QVERIFY(w.openWorkspace(m_path));
        w.show();
        QVERIFY(test::waitFor([&] { return idle(w); }));
        const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
        qInfo("window minimum %dx%d", min.width(), min.height());
        // 1024×640 leaves room for a task bar and the title bar on 1366×768.
        QVERIFY2(min.width() <= 1024 && min.height() <= 640,
                 qPrintable(QStringLiteral("minimum %1x%2").arg(min.width()).arg(min.height())));
        // A run's detail shown (a tall form) and the demo note open do not
        // make it taller either.
        auto* history = w.findChild<RunHistoryPanel*>();
        QVERIFY(history);
        w.panels()->setCurrentWidget(history);
        QVERIFY(test::waitFor([&] { return idle(w) && history->model()->rowCount() > 0; }));
        history->table()->selectRow(0);
        QVERIFY(test::waitFor([&] { return history->model()->isRowLoaded(0); }));
        QCoreApplication::processEvents();
        const QSize withDetail = w.minimumSizeHint().expandedTo(w.minimumSize());
        qInfo("window minimum with a run's detail %dx%d (demo note %s)", withDetail.width(),
              withDetail.height(), w.demoBanner()->isVisible() ? "shown" : "hidden");
        QVERIFY2(withDetail.height() <= 640,
                 qPrintable(QStringLiteral("minimum %1x%2 with a run's detail")
                                .arg(withDetail.width())
                                .arg(withDetail.height())));
        // Each panel on its own, too: a tab cannot force the window larger.
        for (int i = 0; i < w.panels()->count(); ++i) {
            const QSize m = w.panels()->widget(i)->minimumSizeHint();
            qInfo("%s minimum %dx%d", qPrintable(w.panels()->tabText(i)), m.width(), m.height());
            QVERIFY2(m.width() <= 1000 && m.height() <= 580,
                     qPrintable(QStringLiteral("%1: minimum %2x%3")
                                    .arg(w.panels()->tabText(i))
                                    .arg(m.width())
                                    .arg(m.height())));
        }
    }

    void everyPanelWorksAt1280x720()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openWorkspace(m_path));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCOMPARE(w.size(), QSize(1280, 720));
        checkEveryPanel(w);
    }

    void everyPanelUsesALargeScreen()
    {
        MainWindow w;
        w.resize(2560, 1440);
        w.show();
        QVERIFY(w.openWorkspace(m_path));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        checkEveryPanel(w);
        // The Overview's chart takes the height the screen gives.
        w.panels()->setCurrentIndex(0);
        QTest::qWait(30);
        QVERIFY(w.overview()->charts()->height() > 500);
    }

    void aiButtonsStayInViewOutsideTheScrollArea()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openWorkspace(m_path));
        auto* ai = w.panel<AiAnalysisPanel>();
        w.panels()->setCurrentWidget(ai);
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QStringList seen;
        for (QPushButton* b : ai->findChildren<QPushButton*>()) {
            const QString t = b->text();
            if (t != AiAnalysisPanel::tr("Preview request") &&
                t != AiAnalysisPanel::tr("Generate") && t != AiAnalysisPanel::tr("Cancel"))
                continue;
            seen << t;
            for (QWidget* p = b->parentWidget(); p; p = p->parentWidget())
                QVERIFY2(!qobject_cast<QScrollArea*>(p), qPrintable(t + " is in a scroll area"));
            const QRect inWindow(b->mapTo(&w, QPoint(0, 0)), b->size());
            QVERIFY2(w.rect().contains(inWindow), qPrintable(t));
            QCOMPARE(b->visibleRegion().boundingRect().size(), b->size());
        }
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 3);
    }

    void anomalyReviewShowsEnoughRows()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openWorkspace(m_path));
        auto* panel = w.panel<AnomalyReviewPanel>();
        w.panels()->setCurrentWidget(panel);
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QTableView* table = panel->table();
        const int rows =
            table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= 10, qPrintable(QString::number(rows)));
    }
};

QTEST_MAIN(TestLayout)
#include "TestLayout.moc"
