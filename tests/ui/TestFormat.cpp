// ui/widgets/Format, the one way the GUI writes numbers, names and times:
// units with the user's locale, plurals, enum names, the time zone setting,
// and the panels that show them.
#include "core/detection/AnomalyService.h"
#include "core/runs/RunRecord.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/runhistory/RunDetailView.h"
#include "ui/settings/GeneralPage.h"
#include "ui/settings/GeneralSettings.h"
#include "ui/widgets/Format.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTest>

#include <ctime>

using namespace kestrel;
using namespace kestrel::ui;

class TestFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-format"));
        // Local time five and a half hours ahead of UTC, so the zone setting shows.
        qputenv("TZ", "IST-5:30");
        tzset();
        settings::timeZone.reset();
        Format::reloadSettings();
        Format::installPluralFallback();
    }
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        settings::timeZone.reset();
        Format::reloadSettings();
    }

    void valuesCarryTheirUnit_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accuracy") << 0.9561 << "accuracy"
                                  << "95.6 %";
        QTest::newRow("confidence") << 0.87 << "confidence"
                                    << "87.0 %";
        QTest::newRow("error rate") << 0.0399 << "error_rate"
                                    << "4.0 %";
        QTest::newRow("p95 ms") << 0.85 << "duration_p95"
                                << "850 ms";
        QTest::newRow("p50 s") << 12.5 << "duration_p50"
                               << "12.5 s";
        QTest::newRow("memory") << 612.0 << "memory"
                                << "612 MB";
        QTest::newRow("cpu") << 91.26 << "cpu"
                             << "91.3 %";
        QTest::newRow("throughput") << 240.0 << "throughput"
                                    << "240 runs/h";
    }
    void valuesCarryTheirUnit()
    {
        QFETCH(double, value);
        QFETCH(QString, metric);
        QFETCH(QString, expected);
        QCOMPARE(Format::metric(value, metric.toStdString()), expected);
    }

    void moneyHasSensiblePrecision()
    {
        QCOMPARE(Format::money(0.0), QStringLiteral("$0.00"));
        QCOMPARE(Format::money(0.00314), QStringLiteral("$0.0031"));
        QCOMPARE(Format::money(12.4), QStringLiteral("$12.40"));
        QCOMPARE(Format::money(std::nullopt), QString::fromUtf8("—"));
    }

    void followsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Format::metric(0.9561, "accuracy"), QStringLiteral("95,6 %"));
        QCOMPARE(Format::count(12345), QStringLiteral("12.345"));
        QCOMPARE(Format::duration(2.346), QStringLiteral("2,35 s"));
        QCOMPARE(Format::money(1234.5), QStringLiteral("$1.234,50"));
    }

    void pluralsReadRight()
    {
        auto tr = [](const char* text, int n) {
            return QCoreApplication::translate("TestFormat", text, nullptr, n);
        };
        QCOMPARE(tr("%n call(s)", 1), QStringLiteral("1 call"));
        QCOMPARE(tr("%n call(s)", 3), QStringLiteral("3 calls"));
        QCOMPARE(tr("%n request(s), %1 from cache", 1).arg(0),
                 QStringLiteral("1 request, 0 from cache"));
        QCOMPARE(tr("%n anomaly(ies)", 1), QStringLiteral("1 anomaly"));
        QCOMPARE(tr("%n anomaly(ies)", 0), QStringLiteral("0 anomalies"));
        // Strings without %n are left alone.
        QCOMPARE(QCoreApplication::translate("TestFormat", "Time (s)"), QStringLiteral("Time (s)"));
    }

    void enumsHaveHumanNames()
    {
        QCOMPARE(Format::name(std::string_view("performance_degradation")),
                 QStringLiteral("Performance degradation"));
        QCOMPARE(Format::name(std::string_view("false_positive")),
                 QStringLiteral("False positive"));
        QCOMPARE(Format::name(std::string_view("critical")), QStringLiteral("Critical"));
        QCOMPARE(Format::name(std::string_view("error_analysis")),
                 QStringLiteral("Error analysis"));
        QCOMPARE(Format::name(std::string_view("iforest")), QStringLiteral("Isolation Forest"));
        QCOMPARE(Format::status("failed"), QStringLiteral("Failed"));
        QCOMPARE(Format::name(QStringLiteral("duration_p95")), QStringLiteral("Duration p95"));
    }

    // Settings › General › "Show times in": chosen with the keyboard, applied,
    // and every time then reads in local time.
    void timeZoneIsASetting()
    {
        const EpochMs t = 1'780'272'000'000; // 2026-06-01T00:00:00Z
        QCOMPARE(Format::dateTime(t), QStringLiteral("2026-06-01 00:00"));
        QCOMPARE(Format::zoneName(), QStringLiteral("UTC"));

        GeneralPage page;
        static_cast<QWidget&>(page).show();
        auto* zone = page.findChild<QComboBox*>(QStringLiteral("timeZone"));
        QVERIFY(zone);
        QCOMPARE(zone->currentData().toString(), QStringLiteral("utc"));
        zone->setFocus();
        QTest::keyClick(zone, Qt::Key_Down);
        QCOMPARE(zone->currentData().toString(), QStringLiteral("local"));
        QVERIFY(page.isModified());
        QVERIFY(page.apply());
        QCOMPARE(settings::timeZone.value(), QStringLiteral("local"));
        QVERIFY(!Format::showsUtc());
        QCOMPARE(Format::dateTime(t), QStringLiteral("2026-06-01 05:30"));
        QCOMPARE(Format::zoneName(), QStringLiteral("local time"));
    }

    // The anomaly detail pane: names, not codes; units on every value; times in the zone.
    void anomalyDetailShowsFormattedValues()
    {
        detection::AnomalyService::AnomalyDetail d;
        detection::StoredAnomaly& a = d.anomaly;
        a.id = 7;
        a.time = 1'780'272'000'000;
        a.start = a.time - 3'600'000;
        a.end = a.time + 3'600'000;
        a.model = "Price Prediction";
        a.metric = "duration_p95";
        a.type = "performance_degradation";
        a.severity = "high";
        a.state = "false_positive";
        a.score = 0.91234;
        a.confidence = 0.873;
        a.actual = 2.346;
        a.expected = 0.85;
        a.deviation = 1.496;
        a.band = 0.2;
        AnomalyDetailView view;
        view.resize(800, 600);
        view.show();
        view.setDetail(d);
        const QString text = view.text();
        QVERIFY2(text.contains(QStringLiteral("Performance degradation")), qPrintable(text));
        // Codes appear only after their name, as the CLI's spelling.
        QVERIFY(!text.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char('_')));
        QVERIFY(text.contains(
            QStringLiteral("Performance degradation · code performance_degradation")));
        QVERIFY(text.contains(QStringLiteral("Duration p95 · code duration_p95")));
        QCOMPARE(text.count(QStringLiteral("performance_degradation")), 1);
        QVERIFY(text.contains(QStringLiteral("False positive")));
        QVERIFY2(text.contains(QStringLiteral("2.35 s")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("850 ms")));
        QVERIFY(text.contains(QStringLiteral("87.3 %")));
        QVERIFY(text.contains(QStringLiteral("176.0 %")));
        QVERIFY(text.contains(QStringLiteral("2026-05-31 23:00 – 2026-06-01 01:00 (UTC)")));
    }

    // The run detail: the whole error message, wrapped and selectable; units on resources.
    void runDetailShowsTheWholeError()
    {
        runs::RunRecord r;
        r.id = 42;
        r.model = "Sector Analysis";
        r.status = "failed";
        r.startedAt = 1'780'272'000'000;
        r.memoryMb = 512.4;
        r.cpuPercent = 73.26;
        r.errorMessage = "ConnectionError: " + std::string(400, 'x') +
                         " while fetching https://data.example.com/v1/quotes?symbol=AAPL";
        RunDetailView view;
        view.resize(420, 700);
        view.show();
        view.showRun(r);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.fieldText(QStringLiteral("error")), QString::fromStdString(r.errorMessage));
        QCOMPARE(view.fieldText(QStringLiteral("memory")), QStringLiteral("512 MB"));
        QCOMPARE(view.fieldText(QStringLiteral("cpu")), QStringLiteral("73.3 %"));
        auto* error = view.findChild<QPlainTextEdit*>(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        // Wrapped: the long message takes several lines within the pane's width.
        // (the plain text layout measures its height in lines)
        QVERIFY(error->document()->documentLayout()->documentSize().height() > 3);
        QVERIFY(error->width() <= view.width());
        // Selectable with the keyboard: Ctrl+A selects all of it.
        error->setFocus();
        QTest::keyClick(error, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(error->textCursor().selectedText(), QString::fromStdString(r.errorMessage));
    }
};

QTEST_MAIN(TestFormat)
#include "TestFormat.moc"
