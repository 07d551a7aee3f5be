#include "AnomalyTestData.h"

#include "core/anomaly/Trend.h"
#include "core/anomaly/Typing.h"
#include "core/common/Error.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace kestrel;
using namespace kestrel::anomaly;
using namespace kestrel::anomaly::testing;

class TestTyping : public QObject
{
    Q_OBJECT

private slots:
    void theilSenMatchesScipy_data()
    {
        QTest::addColumn<QString>("series");
        for (const char* name : {"trend", "ties", "spike", "noise"})
            QTest::newRow(name) << name;
    }

    void theilSenMatchesScipy()
    {
        // Reference: scipy.stats.theilslopes and the Mann-Kendall test written
        // out in make_reference.py.
        QFETCH(QString, series);
        const Json ref = reference()["trend"][series.toStdString()];
        const auto y = ref["y"].get<std::vector<double>>();
        std::vector<double> x(y.size());
        std::iota(x.begin(), x.end(), 0.0);
        const TheilSen ts = theilSen(x, y);
        QVERIFY(std::abs(ts.slope - ref["slope"].get<double>()) < 1e-12);
        QVERIFY(std::abs(ts.intercept - ref["intercept"].get<double>()) < 1e-9);
        const MannKendall mk = mannKendall(y);
        QCOMPARE(mk.s, ref["mk"]["s"].get<double>());
        QVERIFY(std::abs(mk.variance - ref["mk"]["var"].get<double>()) < 1e-9);
        QVERIFY(std::abs(mk.z - ref["mk"]["z"].get<double>()) < 1e-12);
        QVERIFY(std::abs(mk.p - ref["mk"]["p"].get<double>()) < 1e-12);
    }

    void sustainedIncreaseIsNotASpike()
    {
        const Json ref = reference()["trend"];
        QVERIFY(isSustainedIncrease(ref["trend"]["y"].get<std::vector<double>>()));
        QVERIFY(!isSustainedIncrease(ref["spike"]["y"].get<std::vector<double>>()));
        QVERIFY(!isSustainedIncrease(ref["noise"]["y"].get<std::vector<double>>()));
        QVERIFY_THROWS_EXCEPTION(Error, theilSen({1.0, 1.0}, {2.0, 3.0}));
    }

    void typeForMetricAndDirection_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<bool>("up");
        QTest::addColumn<bool>("sustained");
        QTest::addColumn<QString>("type");
        QTest::newRow("p50 up") << "duration_p50" << true << false << "latency_spike";
        QTest::newRow("p95 up") << "duration_p95" << true << false << "latency_spike";
        QTest::newRow("p95 down") << "duration_p95" << false << false << "unusual_pattern";
        QTest::newRow("errors up") << "error_rate" << true << false << "error_rate_spike";
        QTest::newRow("accuracy down") << "accuracy" << false << false << "performance_degradation";
        QTest::newRow("accuracy up") << "accuracy" << true << false << "unusual_pattern";
        QTest::newRow("throughput down") << "throughput" << false << false << "throughput_drop";
        QTest::newRow("memory spike") << "memory" << true << false << "resource_spike";
        QTest::newRow("memory trend") << "memory" << true << true << "memory_leak";
        QTest::newRow("cpu up") << "cpu" << true << false << "cpu_overload";
        QTest::newRow("other") << "queue_depth" << true << false << "unusual_pattern";
    }

    void typeForMetricAndDirection()
    {
        QFETCH(QString, metric);
        QFETCH(bool, up);
        QFETCH(bool, sustained);
        QFETCH(QString, type);
        const AnomalyType t = typeFor(metricKindFromString(metric.toStdString()),
                                      up ? Direction::Up : Direction::Down, sustained);
        QCOMPARE(QString::fromStdString(toString(t)), type);
        QVERIFY(anomalyTypeFromString(type.toStdString()) == std::optional<AnomalyType>(t));
        QVERIFY(!recommendationsFor(t).empty());
    }

    void severityThresholds_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("severity");
        QTest::newRow("below") << 0.49 << "none";
        QTest::newRow("low") << 0.5 << "low";
        QTest::newRow("medium") << 0.7 << "medium";
        QTest::newRow("high") << 0.9 << "high";
        QTest::newRow("critical") << 0.95 << "critical";
    }

    void severityThresholds()
    {
        QFETCH(double, score);
        QFETCH(QString, severity);
        QCOMPARE(QString::fromStdString(toString(severityFor(score))), severity);
        QVERIFY(severityFromString(severity.toStdString()) ==
                std::optional<Severity>(severityFor(score)));
    }

    void configurableThresholds()
    {
        const SeverityThresholds strict{0.6, 0.8, 0.9, 0.99};
        QVERIFY(severityFor(0.55, strict) == Severity::None);
        QVERIFY(severityFor(0.95, strict) == Severity::High);
        QVERIFY_THROWS_EXCEPTION(Error, severityFor(0.5, SeverityThresholds{0.7, 0.5, 0.8, 0.9}));
    }

    void resultCarriesEveryField()
    {
        const Json ref = reference()["trend"];
        const auto rising = ref["trend"]["y"].get<std::vector<double>>();
        const AnomalyResult leak =
            makeResult(1000, "ranker-v2", "memory", 0.88, rising.back(), 120.0, {}, rising);
        QVERIFY(leak.type == AnomalyType::MemoryLeak);
        QVERIFY(leak.severity == Severity::High);
        QCOMPARE(leak.component, std::string("ranker-v2"));
        QCOMPARE(leak.metric, std::string("memory"));
        QCOMPARE(leak.deviation, rising.back() - 120.0);
        QCOMPARE(leak.threshold, 0.5);
        QVERIFY(std::abs(leak.confidence - (0.88 - 0.5) / 0.5) < 1e-12);
        QVERIFY(leak.context.count("trend") == 1);
        QVERIFY(!leak.recommendations.empty());

        const auto flat = ref["spike"]["y"].get<std::vector<double>>();
        const AnomalyResult spike =
            makeResult(1000, "ranker-v2", "memory", 0.97, 90.0, 50.0, {}, flat);
        QVERIFY(spike.type == AnomalyType::ResourceSpike);
        QVERIFY(spike.severity == Severity::Critical);

        const AnomalyResult slow = makeResult(5, "m", "duration_p95", 0.72, 900.0, 300.0);
        QVERIFY(slow.type == AnomalyType::LatencySpike);
        QVERIFY(slow.severity == Severity::Medium);
    }
};

QTEST_GUILESS_MAIN(TestTyping)
#include "TestTyping.moc"
