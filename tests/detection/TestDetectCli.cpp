// `kestrel detect` end to end: the real binary on a small workspace with a
// planted latency spike prints the anomaly as JSON and exits 0; a detector
// name that does not exist exits 1 with a message naming the detectors.
#include "common/TestBackend.h"
#include "common/TestSupport.h"
#include "core/runs/RunRecord.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"

#include <QDir>
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

QTEST_GUILESS_MAIN(TestDetectCli)
#include "TestDetectCli.moc"
