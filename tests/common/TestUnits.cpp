// core/common/Units: the units, precision and English names the CLI, the
// report text and the GUI share.
#include "core/common/Units.h"

#include <QTest>

#include <cmath>

using namespace kestrel;
using namespace kestrel::units;

class TestUnits : public QObject
{
    Q_OBJECT
private slots:
    void formatsByUnit_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accuracy") << 0.9561 << int(Unit::Fraction) << "95.6 %";
        QTest::newRow("small rate") << 0.0399 << int(Unit::Fraction) << "4.0 %";
        QTest::newRow("cpu") << 73.26 << int(Unit::Percent) << "73.3 %";
        QTest::newRow("ms") << 0.85 << int(Unit::Seconds) << "850 ms";
        QTest::newRow("short s") << 2.346 << int(Unit::Seconds) << "2.35 s";
        QTest::newRow("long s") << 42.0 << int(Unit::Seconds) << "42.0 s";
        QTest::newRow("minutes") << 600.0 << int(Unit::Seconds) << "10.0 min";
        QTest::newRow("hours") << 9000.0 << int(Unit::Seconds) << "2.5 h";
        QTest::newRow("memory") << 512.4 << int(Unit::Megabytes) << "512 MB";
        QTest::newRow("small memory") << 42.26 << int(Unit::Megabytes) << "42.3 MB";
        QTest::newRow("gigabytes") << 20480.0 << int(Unit::Megabytes) << "20.0 GB";
        QTest::newRow("throughput") << 120.4 << int(Unit::PerHour) << "120 runs/h";
        QTest::newRow("score") << 0.73456 << int(Unit::Plain) << "0.7346";
        QTest::newRow("big plain") << 12345.6 << int(Unit::Plain) << "12,346";
        QTest::newRow("dollars") << 12.4 << int(Unit::Usd) << "$12.40";
        QTest::newRow("cents") << 0.12 << int(Unit::Usd) << "$0.12";
        QTest::newRow("fraction of a cent") << 0.00314 << int(Unit::Usd) << "$0.0031";
        QTest::newRow("zero dollars") << 0.0 << int(Unit::Usd) << "$0.00";
        QTest::newRow("tiny") << 0.00001 << int(Unit::Usd) << "< $0.0001";
        QTest::newRow("thousands of dollars") << 1234.5 << int(Unit::Usd) << "$1,234.50";
    }
    void formatsByUnit()
    {
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(formatValue(value, Unit(unit))), expected);
    }

    void noValueIsADash()
    {
        QCOMPARE(QString::fromStdString(formatValue(std::nan(""), Unit::Fraction)),
                 QString::fromUtf8("—"));
    }

    void metricsHaveTheirUnits()
    {
        QCOMPARE(int(unitOfMetric("duration_p95")), int(Unit::Seconds));
        QCOMPARE(int(unitOfMetric("accuracy")), int(Unit::Fraction));
        QCOMPARE(int(unitOfMetric("confidence")), int(Unit::Fraction));
        QCOMPARE(int(unitOfMetric("error_rate")), int(Unit::Fraction));
        QCOMPARE(int(unitOfMetric("memory")), int(Unit::Megabytes));
        QCOMPARE(int(unitOfMetric("cpu")), int(Unit::Percent));
        QCOMPARE(int(unitOfMetric("throughput")), int(Unit::PerHour));
        QCOMPARE(int(unitOfMetric("something_else")), int(Unit::Plain));
    }

    void countsAreGrouped()
    {
        QCOMPARE(QString::fromStdString(formatCount(8040)), QStringLiteral("8,040"));
        QCOMPARE(QString::fromStdString(formatCount(-1234567)), QStringLiteral("-1,234,567"));
        QCOMPARE(QString::fromStdString(formatCount(7)), QStringLiteral("7"));
    }

    void everyStoredCodeHasAName()
    {
        for (const char* type :
             {"latency_spike", "error_rate_spike", "memory_leak", "throughput_drop",
              "performance_degradation", "resource_spike", "cpu_overload", "unusual_pattern"})
            QVERIFY2(anomalyTypeName(type), type);
        for (const char* s : {"low", "medium", "high", "critical"})
            QVERIFY2(severityName(s), s);
        for (const char* s : {"open", "acknowledged", "resolved", "false_positive"})
            QVERIFY2(anomalyStateName(s), s);
        for (const char* s : {"completed", "failed", "running", "cancelled"})
            QVERIFY2(runStatusName(s), s);
        for (const char* s : {"performance_trends", "model_comparison", "error_analysis",
                              "optimization", "system_health"})
            QVERIFY2(analysisTypeName(s), s);
        for (const char* s : {"iforest", "ocsvm", "mad", "seasonal", "ensemble"})
            QVERIFY2(algorithmName(s), s);
        QCOMPARE(QString::fromStdString(displayName("performance_degradation")),
                 QStringLiteral("Performance degradation"));
        QCOMPARE(QString::fromStdString(displayName("false_positive")),
                 QStringLiteral("False positive"));
        QCOMPARE(QString::fromStdString(displayName("duration_p95")),
                 QStringLiteral("Duration p95"));
        // A code without a name still reads as words.
        QCOMPARE(QString::fromStdString(displayName("brand_new_kind")),
                 QStringLiteral("Brand new kind"));
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "TestUnits.moc"
