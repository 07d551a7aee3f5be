// `kestrel detect` end to end: the real binary on a small workspace with a
// planted latency spike prints the anomaly as JSON and exits 0; a detector
// name that does not exist exits 1 with a message naming the detectors.
#include "common/TestBackend.h"
#include "common/TestSupport.h"
#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

class TestDetectCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void detectPrintsJson();
    void importAndListThroughCli();
};

void TestDetectCli::detectPrintsJson()
{
    QTemporaryDir dir;
    const QString path = QString::fromStdString(test::newWorkspace(dir, "cli"));
    {
        auto ws = workspace::Workspace::open(path.toStdString());
        runs::RunStore::Inserter ins(ws->db());
        const EpochMs start = 1'767'225'600'000; // 2026-01-01T00:00:00Z
        for (int h = 0; h < 24 * 21; ++h)
            for (int k = 0; k < 8; ++k) {
                runs::RunRecord r;
                r.model = "cli model";
                r.startedAt = start + h * kMsPerHour + k * 400'000;
                r.durationSec =
                    (h >= 400 && h < 403 ? 100.0 : 10.0) * (1.0 + 0.02 * ((h * 7 + k * 3) % 11));
                r.accuracy = 0.7;
                r.createdAt = r.startedAt;
                ins.add(r);
            }
    }
    const QString binary = test::kestrelBinary();
    QTemporaryDir cwd;
    QProcess p;
    p.setWorkingDirectory(cwd.path());
    p.start(binary,
            {"--workspace", path, "detect", "--detector", "Latency p95 (seasonal)", "--json"});
    QVERIFY(p.waitForFinished(120'000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray runs = doc["runs"].toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonArray anomalies = runs[0].toObject()["anomalies"].toArray();
    QCOMPARE(anomalies.size(), 1);
    const QJsonObject a = anomalies[0].toObject();
    QCOMPARE(a["type"].toString(), QString("latency_spike"));
    QCOMPARE(a["model"].toString(), QString("cli model"));
    QCOMPARE(a["start"].toString(), QString("2026-01-17T16:00:00.000Z"));
    QCOMPARE(a["end"].toString(), QString("2026-01-17T19:00:00.000Z"));
    for (const char* field : {"time", "metric", "score", "confidence", "severity", "actual",
                              "expected", "deviation", "threshold", "context", "recommendations"})
        QVERIFY2(a.contains(field), field);

    // A team workspace URL leaves nothing on disk (no directory named after it).
    QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

    QProcess bad;
    bad.start(binary, {"--workspace", path, "detect", "--detector", "no such detector"});
    QVERIFY(bad.waitForFinished(60'000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains("Error rate (robust z)"));
}

// `detect --import-metrics` stores a CSV's series and `detect --list` names
// the detectors, on the suite's backend through the real binary.
void TestDetectCli::importAndListThroughCli()
{
    QTemporaryDir dir;
    const QString location = QString::fromStdString(test::newWorkspace(dir, "cli_import"));
    const QString csv = dir.filePath("queue.csv");
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,depth,lag\n");
        for (int h = 0; h < 48; ++h)
            f.write(QString("2026-01-0%1T%2:00:00Z,%3,%4\n")
                        .arg(1 + h / 24)
                        .arg(h % 24, 2, 10, QChar('0'))
                        .arg(10 + h % 5)
                        .arg(0.5 * h)
                        .toUtf8());
    }
    QProcess import;
    import.start(test::kestrelBinary(), {"--workspace", location, "detect", "--import-metrics", csv,
                                         "--component", "queue"});
    QVERIFY(import.waitForFinished(60'000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(import.readAllStandardOutput())
                .contains("Imported 96 points of depth, lag"));
    {
        auto ws = workspace::Workspace::open(location.toStdString());
        QCOMPARE(ws->db()
                     .queryInt("SELECT count(*) FROM metric_series WHERE model_name = 'queue'")
                     .value_or(0),
                 96);
    }

    QProcess list;
    list.start(test::kestrelBinary(), {"--workspace", location, "detect", "--list", "--json"});
    QVERIFY(list.waitForFinished(60'000));
    QCOMPARE(list.exitCode(), 0);
    const QJsonArray detectors = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
    QCOMPARE(detectors.size(), 6);
    QCOMPARE(detectors[0].toObject()["name"].toString(), QString("Latency p95 (seasonal)"));
}

QTEST_GUILESS_MAIN(TestDetectCli)
#include "TestDetectCli.moc"
