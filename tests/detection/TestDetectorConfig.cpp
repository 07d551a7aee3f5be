// Detector parameters parse into a typed struct (DetectorConfig::params): a
// wrong type is a kestrel::Error naming the detector, the field and the type
// it needs, both through the API and through `kestrel detect` on a stored
// configuration that another program wrote.
#include "common/TestBackend.h"
#include "common/TestSupport.h"
#include "core/common/Error.h"
#include "core/detection/DetectorConfig.h"
#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;
using namespace kestrel::detection;

namespace {

DetectorConfig withDetection(Json detection)
{
    DetectorConfig c;
    c.name = "Latency";
    c.metrics = {"duration_p95"};
    c.algorithm = "mad";
    c.detection = std::move(detection);
    return c;
}

// The message validate() gives, failing the test for any other exception type
// (nlohmann's type_error among them).
QString validationMessage(const DetectorConfig& c)
{
    try {
        c.validate();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        return QString("not a kestrel::Error: ") + e.what();
    }
    return "accepted";
}

} // namespace

class TestDetectorConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void typedValuesAndDefaults()
    {
        const DetectionParams d = withDetection(Json::object()).params();
        QCOMPARE(d.direction, std::string("both"));
        QCOMPARE(d.window, 168);
        QCOMPARE(d.zThreshold, 3.5);
        QCOMPARE(d.log, false);
        QCOMPARE(d.mergeGapHours, 2);
        QCOMPARE(d.seed, std::uint64_t{42});
        QVERIFY(!d.contamination);

        const DetectionParams p = withDetection(Json{{"direction", "up"},
                                                     {"window", 48},
                                                     {"log", true},
                                                     {"min_count", 3},
                                                     {"min_ratio", 1.5},
                                                     {"nu", 0.05},
                                                     {"seed", 7},
                                                     {"smoothing_hours", 12}})
                                      .params();
        QCOMPARE(p.direction, std::string("up"));
        QCOMPARE(p.window, 48);
        QCOMPARE(p.log, true);
        QCOMPARE(p.minCount, std::int64_t{3});
        QCOMPARE(p.minRatio, 1.5);
        QCOMPARE(*p.contamination, 0.05);
        QCOMPARE(p.seed, std::uint64_t{7});
        QCOMPARE(p.smoothingHours, 12);
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("log as a number")
            << R"({"log": 1})"
            << "Detector 'Latency': 'log' must be true or false, not 1.";
        QTest::newRow("log as text")
            << R"({"log": "yes"})"
            << "Detector 'Latency': 'log' must be true or false, not \"yes\".";
        QTest::newRow("fractional window")
            << R"({"window": 2.5})"
            << "Detector 'Latency': 'window' must be a whole number of at least 2, not 2.5.";
        QTest::newRow("window of one")
            << R"({"window": 1})"
            << "Detector 'Latency': 'window' must be a whole number of at least 2, not 1.";
        QTest::newRow("negative seed")
            << R"({"seed": -1})"
            << "Detector 'Latency': 'seed' must be a whole number of at least 0, not -1.";
        QTest::newRow("threshold as text")
            << R"({"z_threshold": "high"})"
            << "Detector 'Latency': 'z_threshold' must be a number, not \"high\".";
        QTest::newRow("direction")
            << R"({"direction": 1})"
            << "Detector 'Latency': direction must be \"up\", \"down\" or \"both\".";
    }

    void wrongTypesNameTheField()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        QCOMPARE(validationMessage(withDetection(Json::parse(json.toStdString()))), message);
    }

    // A configuration written into the workspace by hand (not through
    // validate) fails `kestrel detect` with the same message, exit code 1.
    void cliNamesTheField()
    {
        QTemporaryDir dir;
        const QString path = QString::fromStdString(test::newWorkspace(dir, "typed"));
        {
            auto ws = workspace::Workspace::open(path.toStdString());
            runs::RunStore::Inserter ins(ws->db());
            const EpochMs start = 1'767'225'600'000; // 2026-01-01T00:00:00Z
            for (int h = 0; h < 48; ++h) {
                runs::RunRecord r;
                r.model = "m";
                r.startedAt = start + h * kMsPerHour;
                r.durationSec = 10.0 + h % 3;
                r.createdAt = r.startedAt;
                ins.add(r);
            }
            ws->db().exec("UPDATE detector_configs SET detection_config = '{\"log\": 1}' "
                          "WHERE name = 'Latency p95 (seasonal)'");
        }
        QProcess p;
        p.start(test::kestrelBinary(),
                {"--workspace", path, "detect", "--detector", "Latency p95 (seasonal)"});
        QVERIFY(p.waitForFinished(60'000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(
            err.contains("Detector 'Latency p95 (seasonal)': 'log' must be true or false, not 1."),
            qPrintable(err));
        QVERIFY2(!err.contains("type_error"), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestDetectorConfig)
#include "TestDetectorConfig.moc"
