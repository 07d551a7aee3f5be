#include "core/anomaly/Ensemble.h"
#include "core/anomaly/RobustZScore.h"
#include "core/anomaly/SeasonalResidual.h"
#include "core/anomaly/TableDetector.h"
#include "core/common/Error.h"
#include "core/common/Json.h"

#include <QTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <numeric>

using namespace kestrel;
using namespace kestrel::anomaly;

namespace {

Json seriesReference()
{
    std::ifstream in(std::string(KESTREL_TEST_DATA_DIR) + "/anomaly/reference.json");
    return Json::parse(in)["series"];
}

QString errorOf(const std::function<void()>& fn)
{
    try {
        fn();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class TestSeriesDetectors : public QObject
{
    Q_OBJECT

private slots:
    void robustZMatchesReference()
    {
        // Reference: numpy medians over the same windows (make_reference.py).
        const Json ref = seriesReference();
        const auto values = ref["values"].get<std::vector<double>>();
        const SeriesDetection d = RobustZScore().detect(values);
        for (std::size_t i = 0; i < values.size(); ++i) {
            QVERIFY(std::abs(d.expected[i] - ref["robust_expected"][i].get<double>()) < 1e-9);
            QVERIFY(std::abs(d.z[i] - ref["robust_z"][i].get<double>()) < 1e-9);
            QCOMPARE(d.labels[i], d.z[i] >= 3.5 ? 1 : 0);
            QVERIFY(d.scores[i] >= 0.0 && d.scores[i] <= 1.0);
            QCOMPARE(d.deviation[i], values[i] - d.expected[i]);
        }
    }

    void robustZScoreMapping()
    {
        // 0.5 at the threshold, 0.75 at twice it.
        std::vector<double> v(30, 10.0);
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] += (i % 3 == 0) ? 1.0 : (i % 3 == 1 ? -1.0 : 0.0);
        v.push_back(10.0 + 3.5 * 1.4826);
        v.push_back(10.0 + 7.0 * 1.4826);
        RobustZScoreOptions o;
        o.window = 30;
        const SeriesDetection d = RobustZScore(o).detect(v);
        QVERIFY(std::abs(d.z[30] - 3.5) < 1e-9);
        QVERIFY(std::abs(d.scores[30] - 0.5) < 1e-9);
        QVERIFY(std::abs(d.scores[31] - 0.75) < 0.01);
    }

    void madZeroAndExclusions()
    {
        // A constant baseline: equal values score 0, a change is certain.
        std::vector<double> v(20, 5.0);
        v[15] = 6.0;
        const SeriesDetection d = RobustZScore().detect(v);
        QCOMPARE(d.scores[10], 0.0);
        QVERIFY(std::isinf(d.z[15]));
        QCOMPARE(d.scores[15], 1.0);
        QCOMPARE(d.labels[15], 1);
        QCOMPARE(std::accumulate(d.labels.begin(), d.labels.end(), 0), 1);

        // Excluding a window (a confirmed false positive) removes it from later baselines.
        std::vector<double> shifted(60, 1.0);
        for (std::size_t i = 0; i < shifted.size(); ++i)
            shifted[i] = (i >= 20 && i < 40 ? 50.0 : 1.0) + 0.1 * static_cast<double>(i % 4);
        std::vector<bool> excluded(60, false);
        for (std::size_t i = 20; i < 40; ++i)
            excluded[i] = true;
        RobustZScoreOptions o;
        o.window = 30;
        const SeriesDetection with = RobustZScore(o).detect(shifted);
        const SeriesDetection without = RobustZScore(o).detect(shifted, excluded);
        QVERIFY(with.expected[45] > 10.0);
        QVERIFY(without.expected[45] < 2.0);

        QVERIFY(errorOf([] { RobustZScore().detect({}); }).startsWith("no data"));
        QCOMPARE(
            errorOf([] {
                RobustZScore().detect({1.0, std::nan(""), 2.0});
            }),
            QString(
                "point 2 of the series is NaN: remove or fill missing values before detection"));
        // Tiny series: still scored, with a note.
        const SeriesDetection tiny = RobustZScore().detect({1.0, 2.0, 3.0});
        QCOMPARE(tiny.scores.size(), std::size_t(3));
        QVERIFY(!tiny.notes.empty());
    }

    void seasonalExpectedMatchesReference()
    {
        const Json ref = seriesReference();
        const auto values = ref["values"].get<std::vector<double>>();
        const auto times = ref["times_ms"].get<std::vector<EpochMs>>();
        const SeriesDetection d = SeasonalResidual().detect(times, values);
        for (std::size_t i = 0; i < values.size(); ++i)
            QVERIFY2(std::abs(d.expected[i] - ref["seasonal_expected"][i].get<double>()) < 1e-9,
                     qPrintable(QString("point %1").arg(i)));
        // The planted spikes are flagged; the daily swing (+-40) is not.
        const auto spikes = ref["spikes"].get<std::vector<int>>();
        for (int spike : spikes)
            QCOMPARE(d.labels[static_cast<std::size_t>(spike)], 1);
        int others = 0;
        for (std::size_t i = 0; i < values.size(); ++i)
            if (std::find(spikes.begin(), spikes.end(), static_cast<int>(i)) == spikes.end())
                others += d.labels[i];
        QVERIFY2(others <= 5, qPrintable(QString("%1 false alarms").arg(others)));
        // A plain rolling MAD on the same series cannot tell the spikes from
        // the daily swing: it misses them.
        const SeriesDetection plain = RobustZScore().detect(values);
        int caught = 0;
        for (int spike : spikes)
            caught += plain.labels[static_cast<std::size_t>(spike)];
        QVERIFY(caught < static_cast<int>(spikes.size()));
    }

    void seasonalSlots()
    {
        // 2026-01-05 was a Monday.
        QCOMPARE(SeasonalResidual::slotOf(1767571200000LL), 0);
        QCOMPARE(SeasonalResidual::slotOf(1767571200000LL + 13 * kMsPerHour), 13);
        QCOMPARE(SeasonalResidual::slotOf(1767571200000LL + 6 * kMsPerDay + 23 * kMsPerHour), 167);
        QVERIFY(errorOf([] { SeasonalResidual().detect({}, {}); }).startsWith("no data"));
        QVERIFY(!errorOf([] { SeasonalResidual().detect({0}, {1.0, 2.0}); }).isEmpty());
    }

    void tableDetectorEdgeCases()
    {
        const Eigen::MatrixXd flat = Eigen::MatrixXd::Constant(40, 2, 3.0);
        for (const char* name : {"iforest", "ocsvm", "mad", "ensemble"}) {
            TableDetectOptions o;
            o.algorithm = *algorithmFromString(name);
            const Detection d = detectTable(flat, {"a", "b"}, nullptr, o);
            QCOMPARE(d.scores, std::vector<double>(40, 0.0));
            QCOMPARE(d.labels, std::vector<int>(40, 0));
            QVERIFY(!d.notes.empty() &&
                    d.notes[0].find("every column is constant") != std::string::npos);
        }
        Eigen::MatrixXd x = Eigen::MatrixXd::Random(10, 2);
        x(4, 1) = std::numeric_limits<double>::infinity();
        QCOMPARE(errorOf([&] {
                     detectTable(x, {"latency", "errors"}, nullptr, {});
                 }),
                 QString("row 5, column 2 (errors) is infinite: remove or fill missing values "
                         "before detection"));
        x(4, 1) = 0.0;
        TableDetectOptions seasonal;
        seasonal.algorithm = Algorithm::Seasonal;
        QVERIFY(errorOf([&] {
                    detectTable(x, {}, nullptr, seasonal);
                }).contains("needs a time column"));
        QVERIFY(errorOf([&] {
                    detectTable(Eigen::MatrixXd(0, 2), {}, nullptr, {});
                }).startsWith("no data"));
        for (const char* name : {"iforest", "ocsvm", "mad", "seasonal", "ensemble"})
            QCOMPARE(QString::fromStdString(toString(*algorithmFromString(name))), QString(name));
        QVERIFY(!algorithmFromString("knn"));
    }

    void ensembleCombinations()
    {
        const std::vector<std::vector<double>> members{{0.1, 0.2, 0.3, 0.9, 0.4},
                                                       {0.5, 0.1, 0.2, 0.8, 0.3}};
        // Ranks: member 0 -> 0.1,0.3,0.5,0.9,0.7; member 1 -> 0.7,0.1,0.3,0.9,0.5.
        EnsembleOptions o;
        o.contamination = 0.2;
        Ensemble mean(o);
        const Detection d = mean.fitCombine(members);
        QCOMPARE(std::accumulate(d.labels.begin(), d.labels.end(), 0), 1);
        QCOMPARE(d.labels[3], 1);
        QCOMPARE(d.scores[3], 1.0);
        QCOMPARE(*std::min_element(d.scores.begin(), d.scores.end()), 0.0);

        o.combination = Combination::Max;
        Ensemble max(o);
        const Detection m = max.fitCombine(members);
        // Max of ranks: 0.7,0.3,0.5,0.9,0.7 -> point 3 on top, points 0 and 4 tie.
        QCOMPARE(m.labels[3], 1);
        QCOMPARE(m.scores[0], m.scores[4]);

        o.combination = Combination::Mean;
        o.normalisation = Normalisation::MinMax;
        Ensemble minMax(o);
        const Detection mm = minMax.fitCombine(members);
        QCOMPARE(mm.labels[3], 1);

        QVERIFY(!errorOf([] { Ensemble().fit({{0.1, 0.2}, {0.3}}); }).isEmpty());
        QVERIFY(errorOf([] { Ensemble().fit({{}}); }).startsWith("no data"));
    }
};

QTEST_GUILESS_MAIN(TestSeriesDetectors)
#include "TestSeriesDetectors.moc"
