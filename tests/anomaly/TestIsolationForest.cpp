#include "AnomalyTestData.h"

#include "core/anomaly/IsolationForest.h"
#include "core/common/Error.h"
#include "core/common/Random.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <stop_token>

using namespace kestrel;
using namespace kestrel::anomaly;
using namespace kestrel::anomaly::testing;

namespace {

QString errorOf(const std::function<void()>& fn)
{
    try {
        fn();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

Eigen::MatrixXd gaussianWithOutliers(int n, int d, std::uint64_t seed)
{
    Rng rng(seed);
    std::normal_distribution<double> normal;
    Eigen::MatrixXd x(n, d);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < d; ++c)
            x(r, c) = normal(rng) + (r % 50 == 0 ? 6.0 : 0.0);
    return x;
}

} // namespace

class TestIsolationForest : public QObject
{
    Q_OBJECT

private slots:
    void averagePathLengthMatchesScikitLearn()
    {
        // Reference: sklearn.ensemble._iforest._average_path_length.
        const Json ref = reference()["average_path_length"];
        for (std::size_t i = 0; i < ref["n"].size(); ++i) {
            const double n = ref["n"][i].get<double>();
            const double expected = ref["c"][i].get<double>();
            QVERIFY2(std::abs(IsolationForest::averagePathLength(n) - expected) <=
                         1e-12 * std::max(1.0, expected),
                     qPrintable(QString("c(%1) = %2, scikit-learn %3")
                                    .arg(n)
                                    .arg(IsolationForest::averagePathLength(n))
                                    .arg(expected)));
        }
    }

    void rocAucMatchesScikitLearn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("breast_cancer") << "breast_cancer.csv";
        QTest::newRow("glass") << "glass.csv";
    }

    void rocAucMatchesScikitLearn()
    {
        // Mean ROC-AUC over seeds 0..9 within 0.01 of scikit-learn's
        // IsolationForest(random_state=s) mean (make_reference.py).
        QFETCH(QString, file);
        const Labelled data = loadLabelled(file.toStdString());
        double sum = 0.0;
        QStringList each;
        for (std::uint64_t seed = 0; seed < 10; ++seed) {
            IsolationForestOptions o;
            o.seed = seed;
            IsolationForest forest(o);
            forest.fit(data.x);
            const Eigen::VectorXd s = forest.scoreSamples(data.x);
            std::vector<double> anomaly(static_cast<std::size_t>(s.size()));
            for (Eigen::Index i = 0; i < s.size(); ++i)
                anomaly[static_cast<std::size_t>(i)] = -s[i];
            const double auc = rocAuc(data.y, anomaly);
            each << QString::number(auc, 'f', 3);
            sum += auc;
        }
        const double mean = sum / 10.0;
        const double expected = reference()[file.toStdString()]["iforest_auc_mean"].get<double>();
        qInfo("%s: Kestrel mean AUC %.4f (%s), scikit-learn %.4f, difference %.4f",
              qPrintable(file), mean, qPrintable(each.join(' ')), expected, mean - expected);
        QVERIFY(std::abs(mean - expected) <= 0.01);
    }

    void scoresFollowScikitLearnConventions()
    {
        const Eigen::MatrixXd x = gaussianWithOutliers(1000, 4, 3);
        IsolationForest forest;
        forest.fit(x);
        QCOMPARE(forest.maxSamplesUsed(), 256);
        QCOMPARE(forest.maxDepth(), 8);
        QCOMPARE(forest.offset(), -0.5);
        const Eigen::VectorXd s = forest.scoreSamples(x);
        QVERIFY(s.maxCoeff() < 0.0 && s.minCoeff() >= -1.0);
        const Eigen::VectorXd dec = forest.decisionFunction(x);
        const Eigen::VectorXi pred = forest.predict(x);
        const Detection d = forest.detect(x);
        for (Eigen::Index i = 0; i < s.size(); ++i) {
            const auto k = static_cast<std::size_t>(i);
            QCOMPARE(dec[i], s[i] + 0.5);
            QCOMPARE(pred[i], dec[i] < 0 ? -1 : 1);
            QCOMPARE(d.labels[k], pred[i] == -1 ? 1 : 0);
            // With "auto" the [0, 1] score is the paper's s(x, n) = -score_samples.
            QVERIFY(std::abs(d.scores[k] + s[i]) < 1e-12);
        }
        // The planted outliers score highest on average.
        double outlier = 0.0;
        double inlier = 0.0;
        for (Eigen::Index i = 0; i < s.size(); ++i)
            (i % 50 == 0 ? outlier : inlier) += d.scores[static_cast<std::size_t>(i)];
        QVERIFY(outlier / 20.0 > inlier / 980.0 + 0.1);
    }

    void contaminationSetsOffsetAtPercentile()
    {
        const Eigen::MatrixXd x = gaussianWithOutliers(1000, 4, 5);
        IsolationForestOptions o;
        o.contamination = 0.05;
        IsolationForest forest(o);
        forest.fit(x);
        const Eigen::VectorXd s = forest.scoreSamples(x);
        // numpy.percentile(s, 5) with linear interpolation.
        std::vector<double> sorted(s.begin(), s.end());
        std::sort(sorted.begin(), sorted.end());
        const double pos = 999 * 0.05;
        const double expected = sorted[49] + (sorted[50] - sorted[49]) * (pos - 49);
        QCOMPARE(forest.offset(), expected);
        const Detection d = forest.detect(x);
        QCOMPARE(std::accumulate(d.labels.begin(), d.labels.end(), 0), 50);
        for (std::size_t i = 0; i < d.scores.size(); ++i)
            QCOMPARE(d.labels[i] == 1, d.scores[i] > 0.5);
    }

    void deterministicAcrossRunsAndThreadCounts()
    {
        const Eigen::MatrixXd x = gaussianWithOutliers(5000, 6, 11);
        Eigen::VectorXd first;
        for (int threads : {1, 2, 3, 7}) {
            IsolationForestOptions o;
            o.seed = 42;
            o.threads = threads;
            IsolationForest forest(o);
            forest.fit(x);
            const Eigen::VectorXd s = forest.scoreSamples(x);
            if (first.size() == 0)
                first = s;
            else
                QVERIFY2(s == first,
                         qPrintable(QString("scores differ with %1 threads").arg(threads)));
        }
        IsolationForestOptions other;
        other.seed = 43;
        IsolationForest forest(other);
        forest.fit(x);
        QVERIFY(forest.scoreSamples(x) != first);
    }

    void maxSamplesAndFeatures()
    {
        const Eigen::MatrixXd x = gaussianWithOutliers(100, 5, 2);
        IsolationForestOptions o;
        o.maxSamples = SizeSpec::count(500); // more than the rows: uses n, says so
        IsolationForest forest(o);
        forest.fit(x);
        QCOMPARE(forest.maxSamplesUsed(), 100);
        QCOMPARE(forest.maxDepth(), 7);
        QVERIFY(!forest.notes().empty());

        o.maxSamples = SizeSpec::fraction(0.5);
        o.maxFeatures = SizeSpec::count(2);
        IsolationForest half(o);
        half.fit(x);
        QCOMPARE(half.maxSamplesUsed(), 50);
        const Eigen::VectorXd s = half.scoreSamples(x);
        QVERIFY(s.maxCoeff() < 0.0 && s.minCoeff() >= -1.0);

        // Fewer rows than the default 256: every tree uses all of them.
        IsolationForest tiny;
        tiny.fit(x.topRows(3));
        QCOMPARE(tiny.maxSamplesUsed(), 3);
        IsolationForest one;
        one.fit(x.topRows(1));
        QCOMPARE(one.maxSamplesUsed(), 1);
        QCOMPARE(one.scoreSamples(x.topRows(1)).size(), Eigen::Index(1));
    }

    void constantColumns()
    {
        Eigen::MatrixXd x = gaussianWithOutliers(300, 3, 9);
        x.col(1).setConstant(4.0);
        IsolationForest forest;
        forest.fit(x);
        QVERIFY(forest.notes().size() == 1 &&
                forest.notes()[0].find("constant") != std::string::npos);
        // The constant column can never split a node; the planted outlier still stands out.
        const Detection d = forest.detect(x);
        QVERIFY(d.scores[0] > 0.55);

        const Eigen::MatrixXd flat = Eigen::MatrixXd::Constant(50, 3, 2.5);
        IsolationForest none;
        const Detection all = none.fitDetect(flat);
        for (std::size_t i = 0; i < all.scores.size(); ++i) {
            QCOMPARE(all.scores[i], 0.0);
            QCOMPARE(all.labels[i], 0);
        }
        QVERIFY(!all.notes.empty() &&
                all.notes[0].find("every column is constant") != std::string::npos);
    }

    void badInput()
    {
        Eigen::MatrixXd x = gaussianWithOutliers(20, 3, 1);
        x(6, 2) = std::numeric_limits<double>::quiet_NaN();
        IsolationForest forest;
        QCOMPARE(errorOf([&] { forest.fit(x); }),
                 QString("row 7, column 3 is NaN: remove or fill missing values before detection"));
        x(6, 2) = std::numeric_limits<double>::infinity();
        QVERIFY(errorOf([&] { forest.fit(x); }).startsWith("row 7, column 3 is infinite"));
        QVERIFY(errorOf([&] { forest.fit(Eigen::MatrixXd(0, 3)); }).startsWith("no data"));
        QVERIFY(errorOf([&] { forest.scoreSamples(x); }).contains("not been fitted"));
        QVERIFY(!errorOf([] {
                     IsolationForestOptions o;
                     o.contamination = 0.7;
                     IsolationForest bad(o);
                 }).isEmpty());
    }

    void stopTokenCancels()
    {
        const Eigen::MatrixXd x = gaussianWithOutliers(2000, 4, 1);
        std::stop_source stop;
        stop.request_stop();
        IsolationForest forest;
        QVERIFY_THROWS_EXCEPTION(Cancelled, forest.fit(x, Feedback({}, stop.get_token())));

        std::vector<double> progress;
        IsolationForest reported;
        reported.fit(x, Feedback([&](double p) { progress.push_back(p); }, {}));
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), 1.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    }
};

QTEST_GUILESS_MAIN(TestIsolationForest)
#include "TestIsolationForest.moc"
