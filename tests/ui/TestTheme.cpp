// A theme switch at runtime repaints every tile and chart from the palette:
// light, dark and back to the system theme, on real widgets, offscreen.
#include "tests/ui_views/ViewsTestSupport.h"

#include "core/detection/AnomalyService.h"
#include "core/jobs/JobRunner.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/panels/anomaly/AnomalyChart.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/panels/runhistory/RunChartsView.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunSummaryStrip.h"
#include "ui/settings/Theme.h"
#include "ui/widgets/ChartStyle.h"
#include "ui/widgets/KpiTile.h"
#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>

#include <qcustomplot.h>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

QColor base()
{
    return QApplication::palette().color(QPalette::Base);
}

QColor pixel(QWidget* w, QPoint at)
{
    return w->grab().toImage().pixelColor(at);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QPalette m_system;

    // The tile and the charts show the palette now in effect.
    void checkFollowsPalette(MainWindow& w, const char* theme)
    {
        QTest::qWait(50); // queued restyles and replots
        const QColor background = base();
        const QColor text = QApplication::palette().color(QPalette::Text);
        KpiTile* tile = w.overview()->runsTile();
        QCOMPARE(tile->background(), background);
        // Inside the tile's margin, left of every label: the tile's own fill.
        QCOMPARE(pixel(tile, QPoint(6, tile->height() / 2)), background);
        // Captions read on that background (near-invisible before: palette(dark)).
        for (QLabel* label : tile->findChildren<QLabel*>()) {
            const QColor fg = label->palette().color(QPalette::WindowText);
            QVERIFY2(theme::contrastRatio(fg, background) >= 4.5,
                     qPrintable(QStringLiteral("%1: '%2' contrast %3")
                                    .arg(QLatin1String(theme), label->text())
                                    .arg(theme::contrastRatio(fg, background))));
        }

        w.panels()->setCurrentIndex(1);
        w.runHistory()->tabs()->setCurrentIndex(RunHistoryPanel::ChartsTab);
        QCustomPlot* overviewPlot = w.overview()->charts()->runsPlot();
        QCustomPlot* historyPlot = w.runHistory()->findChild<RunChartsView*>()->accuracyPlot();
        QCustomPlot* anomalyPlot = w.panel<AnomalyReviewPanel>()->chart()->plot();
        for (QCustomPlot* plot : {overviewPlot, historyPlot, anomalyPlot}) {
            QVERIFY(ChartStyle::of(plot));
            QCOMPARE(plot->toPixmap(plot->width(), plot->height()).toImage().pixelColor(2, 2),
                     background);
            QCOMPARE(plot->xAxis->tickLabelColor(), text);
            QCOMPARE(plot->yAxis->labelColor(), text);
            QVERIFY(theme::contrastRatio(plot->xAxis->basePen().color(), background) >= 3.0);
        }
        QCOMPARE(w.runHistory()->summaryStrip()->palette().color(QPalette::Base), background);
        QCOMPARE(pixel(w.runHistory()->summaryStrip(), QPoint(4, 4)), background);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-theme"));
        m_system = QApplication::palette();
        m_path = m_dir.filePath(QStringLiteral("demo.kestrel"));
        test::makeDemo(m_path, 3000);
    }

    void switchingThemeRepaintsTilesAndCharts()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(w.openWorkspace(m_path));
        QVERIFY(test::waitFor([&] {
            return !w.isBusy() && w.jobRunner()->runningCount() == 0 && !w.overview()->isBusy();
        }));
        checkFollowsPalette(w, "system");

        applyTheme(QStringLiteral("dark"));
        QVERIFY(theme::isDark(QApplication::palette()));
        checkFollowsPalette(w, "dark");
        // Tones are lighter on a dark background, and stay readable.
        KpiTile* failures = w.overview()->failuresTile();
        QVERIFY(theme::contrastRatio(theme::toneColor(failures->tone(), QApplication::palette()),
                                     base()) >= 3.0);

        applyTheme(QStringLiteral("light"));
        QVERIFY(!theme::isDark(QApplication::palette()));
        checkFollowsPalette(w, "light");

        applyTheme(QStringLiteral("system"));
        QCOMPARE(base(), m_system.color(QPalette::Base));
        checkFollowsPalette(w, "system again");
    }

    void aChartWithoutDataShowsAMessageNotAxes()
    {
        QCustomPlot plot;
        plot.resize(400, 300);
        ChartStyle* style = ChartStyle::attach(&plot);
        QCOMPARE(ChartStyle::attach(&plot), style);
        QVERIFY(plot.xAxis->visible());
        style->setMessage(QStringLiteral("Nothing here"));
        plot.show();
        QVERIFY(!plot.xAxis->visible());
        QVERIFY(!plot.yAxis->visible());
        QVERIFY(style->messageLabel()->isVisible());
        QCOMPARE(style->messageLabel()->geometry(), plot.rect());
        style->setMessage({});
        QVERIFY(plot.xAxis->visible());
        QVERIFY(!style->messageLabel()->isVisible());
    }
};

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
