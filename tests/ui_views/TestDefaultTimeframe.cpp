// One default timeframe across panels (issue 10 §5): the setting chosen in
// Settings › General is where the Overview and AI Analysis start, on start
// and whenever a workspace is opened; a change waits for the next reset.
#include "ViewsTestSupport.h"

#include "common/OpenWorkspace.h"
#include "core/jobs/JobRunner.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/panels/ai/AiAnalysisPanel.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

QString overviewPreset(MainWindow& w)
{
    return w.overview()->timeframe();
}

QString aiPreset(MainWindow& w)
{
    return w.panel<AiAnalysisPanel>()->timeframeBox()->currentData().toString();
}

bool idle(MainWindow& w)
{
    return !w.isBusy() && w.jobRunner()->runningCount() == 0;
}

} // namespace

class TestDefaultTimeframe : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_a, m_b;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-default-timeframe"));
        QVERIFY(m_dir.isValid());
        m_a = m_dir.filePath(QStringLiteral("a.kestrel"));
        m_b = m_dir.filePath(QStringLiteral("b.kestrel"));
        test::makeDemo(m_a, 400, 3);
        test::makeDemo(m_b, 400, 5);
    }

    void init()
    {
        QSettings().clear();
        settings::demoBannerDismissed.setValue(true);
    }

    void cleanupTestCase() { QSettings().clear(); }

    void defaultIsSevenDaysAndStoredValuesAreChecked()
    {
        QCOMPARE(settings::defaultTimeframePreset(), QStringLiteral("7d"));
        settings::defaultTimeframe.setValue(QStringLiteral("3w"));
        QCOMPARE(settings::defaultTimeframePreset(), QStringLiteral("7d"));
        settings::defaultTimeframe.setValue(QStringLiteral("24h"));
        QCOMPARE(settings::defaultTimeframePreset(), QStringLiteral("24h"));
    }

    // Every panel with a timeframe starts at the setting: here 30 days.
    void panelsStartAtTheDefault()
    {
        settings::defaultTimeframe.setValue(QStringLiteral("30d"));
        MainWindow w;
        QCOMPARE(overviewPreset(w), QStringLiteral("30d"));
        QCOMPARE(aiPreset(w), QStringLiteral("30d"));

        QVERIFY(test::openAndWait(w, m_a));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCOMPARE(overviewPreset(w), QStringLiteral("30d"));
        QCOMPARE(w.overview()->currentFilter().to.value_or(0) -
                     w.overview()->currentFilter().from.value_or(0),
                 30LL * 86'400'000);
        auto* ai = w.panel<AiAnalysisPanel>();
        QCOMPARE(aiPreset(w), QStringLiteral("30d"));
        QCOMPARE(ai->timeframeBox()->currentText(), QStringLiteral("Last 30 days"));

        // From/To show the 30 days that end today (UTC), or at the fixed "as of".
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(ai->toEdit()->date(), today);
        QCOMPARE(ai->fromEdit()->date(), today.addDays(-30));
        ai->setAsOf(test::demoEnd());
        QCOMPARE(ai->toEdit()->date(), QDate(2026, 11, 1));
        QCOMPARE(ai->fromEdit()->date(), QDate(2026, 10, 2));
    }

    // A choice in a panel lasts until the next workspace; the Overview's
    // choice is not remembered across starts either.
    void anotherWorkspaceStartsAtTheDefaultAgain()
    {
        settings::defaultTimeframe.setValue(QStringLiteral("30d"));
        {
            MainWindow w;
            QVERIFY(test::openAndWait(w, m_a));
            QVERIFY(test::waitFor([&] { return idle(w); }));
            w.overview()->setTimeframe(QStringLiteral("24h"));
            auto* ai = w.panel<AiAnalysisPanel>();
            ai->timeframeBox()->setCurrentIndex(
                ai->timeframeBox()->findData(QStringLiteral("90d")));
            QVERIFY(test::waitFor([&] { return idle(w); }));
            QCOMPARE(overviewPreset(w), QStringLiteral("24h"));

            QVERIFY(test::openAndWait(w, m_b));
            QVERIFY(test::waitFor([&] { return idle(w); }));
            QCOMPARE(overviewPreset(w), QStringLiteral("30d"));
            QCOMPARE(aiPreset(w), QStringLiteral("30d"));
            QCOMPARE(ai->fromEdit()->date(), ai->toEdit()->date().addDays(-30));
            w.overview()->setTimeframe(QStringLiteral("90d"));
            QVERIFY(test::waitFor([&] { return idle(w); }));
        }
        QCOMPARE(settings::defaultTimeframe.value(), QStringLiteral("30d"));
        MainWindow again;
        QCOMPARE(overviewPreset(again), QStringLiteral("30d"));
    }

    // Settings › General holds the choice; the panels on screen keep their
    // timeframe until their next reset, then take the new one.
    void changedInSettingsAppliesAtTheNextReset()
    {
        MainWindow w;
        QVERIFY(test::openAndWait(w, m_a));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCOMPARE(overviewPreset(w), QStringLiteral("7d"));

        {
            SettingsDialog dialog;
            auto* box = dialog.findChild<QComboBox*>(QStringLiteral("defaultTimeframe"));
            QVERIFY(box);
            QCOMPARE(box->currentData().toString(), QStringLiteral("7d"));
            QVERIFY(box->toolTip().contains(QStringLiteral("next reset")));
            QPushButton* apply = dialog.buttons()->button(QDialogButtonBox::Apply);
            QVERIFY(!apply->isEnabled());
            box->setCurrentIndex(box->findData(QStringLiteral("90d")));
            QVERIFY(apply->isEnabled());
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000);
            QCOMPARE(settings::defaultTimeframe.value(), QStringLiteral("90d"));
        }
        QCOMPARE(overviewPreset(w), QStringLiteral("7d"));
        QCOMPARE(aiPreset(w), QStringLiteral("7d"));

        QVERIFY(test::openAndWait(w, m_b));
        QVERIFY(test::waitFor([&] { return idle(w); }));
        QCOMPARE(overviewPreset(w), QStringLiteral("90d"));
        QCOMPARE(aiPreset(w), QStringLiteral("90d"));

        // Restore defaults on the page goes back to seven days.
        SettingsDialog dialog;
        auto* box = dialog.findChild<QComboBox*>(QStringLiteral("defaultTimeframe"));
        QCOMPARE(box->currentData().toString(), QStringLiteral("90d"));
        dialog.showPage(0);
        dialog.page(0)->restoreDefaults();
        QCOMPARE(box->currentData().toString(), QStringLiteral("7d"));
    }
};

QTEST_MAIN(TestDefaultTimeframe)
#include "TestDefaultTimeframe.moc"
