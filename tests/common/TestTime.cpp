#include "core/common/Time.h"

#include <QTest>

using namespace kestrel;

class TestTime : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("date") << "2024-03-01" << qint64(1709251200000);
        QTest::newRow("datetime T Z") << "2024-03-01T12:30:15Z" << qint64(1709296215000);
        QTest::newRow("space, millis") << "2024-03-01 12:30:15.250" << qint64(1709296215250);
        QTest::newRow("offset") << "2024-03-01T18:00:15+05:30" << qint64(1709296215000);
        QTest::newRow("unix seconds") << "1709296215" << qint64(1709296215000);
        QTest::newRow("unix fractional") << "1709296215.5" << qint64(1709296215500);
        QTest::newRow("unix millis") << "1709296215250" << qint64(1709296215250);
        QTest::newRow("leap day 2000") << "2000-02-29" << qint64(951782400000);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto t = parseTime(text.toStdString());
        QVERIFY(t.has_value());
        QCOMPARE(qint64(*t), expected);
    }
    void rejects()
    {
        QVERIFY(!parseTime("").has_value());
        QVERIFY(!parseTime("yesterday").has_value());
        QVERIFY(!parseTime("2024-13-01").has_value());
        QVERIFY(!parseTime("2024-03-01T25:00").has_value());
    }
    void roundTrip()
    {
        for (EpochMs t :
             {EpochMs(0), EpochMs(1709296215250), EpochMs(951782400000), EpochMs(4102444799999)}) {
            const std::string iso = toIso(t);
            QCOMPARE(qint64(*parseTime(iso)), qint64(t));
        }
        QCOMPARE(QString::fromStdString(toIso(1709296215250)), QString("2024-03-01T12:30:15.250Z"));
    }
    void dayStartFloors()
    {
        QCOMPARE(qint64(dayStart(1709296215250)), qint64(1709251200000));
        QCOMPARE(qint64(dayStart(-1)), qint64(-kMsPerDay));
    }
};

QTEST_GUILESS_MAIN(TestTime)
#include "TestTime.moc"
