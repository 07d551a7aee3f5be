#include "AnomalyTestData.h"

#include "core/anomaly/OneClassSvm.h"
#include "core/common/Error.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace kestrel;
using namespace kestrel::anomaly;
using namespace kestrel::anomaly::testing;

class TestOneClassSvm : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithScikitLearn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("nu");
        QTest::newRow("breast_cancer nu=0.1") << "breast_cancer.csv" << 0.1;
        QTest::newRow("breast_cancer nu=0.05") << "breast_cancer.csv" << 0.05;
        QTest::newRow("glass nu=0.1") << "glass.csv" << 0.1;
        QTest::newRow("glass nu=0.05") << "glass.csv" << 0.05;
    }

    void agreesWithScikitLearn()
    {
        // Reference: OneClassSVM(nu, gamma="scale") on StandardScaler output
        // (make_reference.py). Kestrel standardises itself, so it gets raw data.
        QFETCH(QString, file);
        QFETCH(double, nu);
        const Labelled data = loadLabelled(file.toStdString());
        const Json ref =
            reference()[file.toStdString()][nu == 0.1 ? "ocsvm_nu0.1" : "ocsvm_nu0.05"];

        OneClassSvmOptions o;
        o.nu = nu;
        OneClassSvm svm(o);
        svm.fit(data.x);
        QVERIFY(std::abs(svm.gamma() - ref["gamma"].get<double>()) < 1e-12);

        const Eigen::VectorXi labels = svm.predict(data.x);
        const Eigen::VectorXd decision = svm.decisionFunction(data.x);
        int agree = 0;
        double maxDecisionDiff = 0.0;
        for (Eigen::Index i = 0; i < labels.size(); ++i) {
            agree += labels[i] == ref["labels"][static_cast<std::size_t>(i)].get<int>();
            maxDecisionDiff = std::max(
                maxDecisionDiff,
                std::abs(decision[i] - ref["decision"][static_cast<std::size_t>(i)].get<double>()));
        }
        const double agreement = static_cast<double>(agree) / static_cast<double>(labels.size());
        qInfo("%s nu=%.2f: label agreement %.4f (%d of %d), rho %.5f vs %.5f, support vectors %ld "
              "vs %d, "
              "max |decision difference| %.2e",
              qPrintable(file), nu, agreement, agree, static_cast<int>(labels.size()), svm.rho(),
              ref["rho"].get<double>(), static_cast<long>(svm.supportVectorCount()),
              ref["n_support"].get<int>(), maxDecisionDiff);
        QVERIFY(agreement >= 0.95);

        // Scores sit on the same side of 0.5 as the labels.
        const Detection d = svm.detect(data.x);
        for (std::size_t i = 0; i < d.scores.size(); ++i) {
            QVERIFY(d.scores[i] >= 0.0 && d.scores[i] <= 1.0);
            QCOMPARE(d.labels[i] == 1, labels[static_cast<Eigen::Index>(i)] == -1);
            if (d.labels[i] == 1)
                QVERIFY(d.scores[i] >= 0.5);
            else
                QVERIFY(d.scores[i] <= 0.5);
        }
    }

    void constantColumnsAndBadInput()
    {
        Labelled data = loadLabelled("glass.csv");
        Eigen::MatrixXd x(data.x.rows(), data.x.cols() + 1);
        x << data.x, Eigen::VectorXd::Constant(data.x.rows(), 7.0);
        OneClassSvm svm;
        svm.fit(x);
        QVERIFY(!svm.notes().empty());
        QVERIFY(svm.gamma() > 0.0);

        OneClassSvm flat;
        const Detection d = flat.fitDetect(Eigen::MatrixXd::Constant(10, 2, 1.0));
        for (double s : d.scores)
            QCOMPARE(s, 0.0);
        QVERIFY(!d.notes.empty());

        x(3, 1) = std::numeric_limits<double>::quiet_NaN();
        QString message;
        try {
            svm.fit(x);
        } catch (const Error& e) {
            message = e.what();
        }
        QVERIFY2(message.startsWith("row 4, column 2 is NaN"), qPrintable(message));
        QVERIFY_THROWS_EXCEPTION(Error, svm.fit(Eigen::MatrixXd(0, 2)));
        QVERIFY_THROWS_EXCEPTION(Error, OneClassSvm(OneClassSvmOptions{1.5, {}, 1e-3, 200}));
    }
};

QTEST_GUILESS_MAIN(TestOneClassSvm)
#include "TestOneClassSvm.moc"
