// core/stats against numpy, scipy and statsmodels (tests/data/stats/make_reference.py).
#include "core/common/Json.h"
#include "core/stats/Descriptive.h"
#include "core/stats/Intervals.h"
#include "core/stats/Robust.h"
#include "core/stats/RunningMoments.h"
#include "core/stats/StudentT.h"

#include <QTest>

#include <cmath>
#include <fstream>

using namespace kestrel;

namespace {

Json loadReference()
{
    std::ifstream in(KESTREL_TEST_DATA_DIR "/stats/reference.json");
    return Json::parse(in);
}

// Relative tolerance with an absolute floor for values near zero.
bool near(double actual, double expected, double rel = 1e-12, double abs = 1e-14)
{
    return std::fabs(actual - expected) <= std::max(abs, rel * std::fabs(expected));
}

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private slots:
    void quantilesMatchNumpy()
    {
        const Json ref = loadReference();
        for (const auto& [name, s] : ref["quantiles"].items()) {
            const auto values = s["values"].get<std::vector<double>>();
            const auto qs = s["q"].get<std::vector<double>>();
            const auto expected = s["expected"].get<std::vector<double>>();
            for (std::size_t i = 0; i < qs.size(); ++i) {
                const auto q = stats::quantile(values, qs[i]);
                QVERIFY(q.has_value());
                QVERIFY2(
                    near(*q, expected[i]),
                    qPrintable(QString::fromStdString(name) +
                               QString(" q=%1: %2 vs %3").arg(qs[i]).arg(*q).arg(expected[i])));
            }
            // The multi-quantile path gives the same numbers in one pass.
            std::vector<double> copy = values;
            const auto all = stats::quantilesInPlace(copy, qs);
            QCOMPARE(all.size(), qs.size());
            for (std::size_t i = 0; i < qs.size(); ++i)
                QVERIFY(near(all[i], expected[i]));
            QVERIFY(near(*stats::mean(values), s["mean"].get<double>()));
            if (!s["variance"].is_null())
                QVERIFY(near(*stats::variance(values), s["variance"].get<double>(), 1e-10));
            else
                QVERIFY(!stats::variance(values).has_value());
        }
        QVERIFY(!stats::quantile(std::vector<double>{}, 0.5).has_value());
    }

    void runningMomentsMerge()
    {
        const Json ref = loadReference();
        const auto values = ref["quantiles"]["lognormal"]["values"].get<std::vector<double>>();
        stats::RunningMoments a, b;
        for (std::size_t i = 0; i < values.size(); ++i)
            (i % 3 ? a : b).add(values[i]);
        a.merge(b);
        QCOMPARE(a.count(), static_cast<long long>(values.size()));
        QVERIFY(near(a.mean(), ref["quantiles"]["lognormal"]["mean"].get<double>(), 1e-12));
        QVERIFY(near(a.variance(), ref["quantiles"]["lognormal"]["variance"].get<double>(), 1e-10));
    }

    void wilsonMatchesStatsmodels()
    {
        for (const auto& w : loadReference()["wilson"]) {
            const auto ci =
                stats::wilsonInterval(w["k"].get<std::int64_t>(), w["n"].get<std::int64_t>(),
                                      w["confidence"].get<double>());
            QVERIFY(ci.has_value());
            QVERIFY2(near(ci->low, w["low"].get<double>(), 1e-10, 1e-13), w.dump().c_str());
            QVERIFY2(near(ci->high, w["high"].get<double>(), 1e-10, 1e-13), w.dump().c_str());
        }
        QVERIFY(!stats::wilsonInterval(0, 0).has_value());
    }

    void tQuantileMatchesScipy()
    {
        for (const auto& t : loadReference()["t_quantiles"]) {
            // scipy's t.ppf itself is accurate to a few 1e-10 (its own t.cdf at
            // the returned value is off by ~2e-11 for df = 7), hence 1e-9.
            const double got = stats::studentTQuantile(t["p"].get<double>(), t["df"].get<double>());
            QVERIFY2(near(got, t["t"].get<double>(), 1e-9),
                     (t.dump() + " got " + std::to_string(got)).c_str());
        }
        for (const auto& t : loadReference()["t_cdf"]) {
            const double got = stats::studentTCdf(t["t"].get<double>(), t["df"].get<double>());
            QVERIFY2(near(got, t["cdf"].get<double>(), 1e-11), t.dump().c_str());
        }
        for (const auto& b : loadReference()["betainc"]) {
            const double got = stats::incompleteBeta(b["a"].get<double>(), b["b"].get<double>(),
                                                     b["x"].get<double>());
            QVERIFY2(near(got, b["value"].get<double>(), 1e-11, 1e-15), b.dump().c_str());
        }
        for (const auto& n : loadReference()["normal"]) {
            const double got = stats::normalQuantile(n["p"].get<double>());
            QVERIFY2(near(got, n["z"].get<double>(), 1e-11, 1e-15), n.dump().c_str());
        }
    }

    void tIntervalMatchesScipy()
    {
        const Json ref = loadReference();
        for (const auto& t : ref["t_intervals"]) {
            const auto values = ref["quantiles"][t["sample"].get<std::string>()]["values"]
                                    .get<std::vector<double>>();
            const auto ci = stats::tInterval(values, t["confidence"].get<double>());
            QVERIFY(ci.has_value());
            // Bounded by the accuracy of scipy's t.ppf (see above).
            QVERIFY2(near(ci->low, t["low"].get<double>(), 1e-9), t.dump().c_str());
            QVERIFY2(near(ci->high, t["high"].get<double>(), 1e-9), t.dump().c_str());
        }
        QVERIFY(!stats::tInterval(std::vector<double>{1.0}).has_value());
    }

    void robustScaleMatchesScipy()
    {
        for (const auto& [name, r] : loadReference()["robust"].items()) {
            const auto values = r["values"].get<std::vector<double>>();
            const QByteArray what = QByteArray::fromStdString(name);
            QVERIFY2(near(*stats::median(values), r["median"].get<double>()), what);
            QVERIFY2(near(*stats::medianAbsoluteDeviation(values), r["mad"].get<double>()), what);
            const stats::RobustScale s = stats::robustScale(values);
            QVERIFY2(near(s.median, r["median"].get<double>()), what);
            QVERIFY2(near(s.scale, r["robust_scale"].get<double>()), what);
            QVERIFY2(near(stats::sum(values), r["sum"].get<double>()), what);
            if (r["stddev"].is_null())
                QVERIFY2(!stats::sampleStddev(values, *stats::mean(values)).has_value(), what);
            else
                QVERIFY2(near(*stats::sampleStddev(values, *stats::mean(values)),
                              r["stddev"].get<double>(), 1e-12),
                         what);
            // The in-place median agrees with the copying one.
            std::vector<double> copy = values;
            QCOMPARE(*stats::medianInPlace(copy), *stats::median(values));
        }
        QVERIFY(!stats::median(std::vector<double>{}).has_value());
        QVERIFY(!stats::medianAbsoluteDeviation(std::vector<double>{}).has_value());
        QCOMPARE(stats::robustScale({}).scale, 0.0);
    }

    void robustZAgainstScale()
    {
        const stats::RobustScale s{10.0, 2.0};
        QCOMPARE(stats::robustZ(14.0, s), 2.0);
        QCOMPARE(stats::robustZ(6.0, s), 2.0);
        const stats::RobustScale flat{3.0, 0.0};
        QCOMPARE(stats::robustZ(3.0, flat), 0.0);
        QVERIFY(std::isinf(stats::robustZ(3.5, flat)));
    }

    void badArgumentsThrow()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, stats::studentTQuantile(1.5, 3));
        QVERIFY_THROWS_EXCEPTION(std::exception, stats::studentTQuantile(0.5, 0));
        QVERIFY_THROWS_EXCEPTION(std::exception, stats::incompleteBeta(-1, 1, 0.5));
    }
};

QTEST_APPLESS_MAIN(TestStats)
#include "TestStats.moc"
