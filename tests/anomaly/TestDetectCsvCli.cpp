#include "common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>

namespace {

using kestrel::test::CliRun;
using kestrel::test::runKestrel;

void writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

QStringList readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

// Hourly metrics with a smooth pattern and outliers on rows 40, 120, 250.
QString metricsCsv()
{
    QString text = "time,latency_ms,error_rate,host\n";
    for (int i = 0; i < 300; ++i) {
        double latency = 200 + 20 * std::sin(i * 0.26) + (i * 7 % 11);
        double errors = 0.01 + 0.002 * ((i * 5) % 7);
        if (i == 40 || i == 120 || i == 250) {
            latency *= 4;
            errors = 0.3;
        }
        const int day = 1 + i / 24;
        text += QString("2026-03-%1T%2:00:00Z,%3,%4,\"node, %5\"\n")
                    .arg(day, 2, 10, QChar('0'))
                    .arg(i % 24, 2, 10, QChar('0'))
                    .arg(latency, 0, 'f', 2)
                    .arg(errors, 0, 'f', 4)
                    .arg(i % 3);
    }
    return text;
}

} // namespace

class TestDetectCsvCli : public QObject
{
    Q_OBJECT

private slots:
    void scoresEveryRow_data()
    {
        QTest::addColumn<QString>("algorithm");
        for (const char* a : {"iforest", "ocsvm", "mad", "seasonal", "ensemble"})
            QTest::newRow(a) << a;
    }

    void scoresEveryRow()
    {
        QFETCH(QString, algorithm);
        QTemporaryDir dir;
        const QString in = dir.filePath("metrics.csv");
        const QString out = dir.filePath("scored.csv");
        writeFile(in, metricsCsv());
        const CliRun r = runKestrel({"detect", "--csv", in, "--algorithm", algorithm,
                                     "--contamination", "0.05", "--seed", "7", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("300 rows scored"));

        const QStringList inLines = readLines(in);
        const QStringList outLines = readLines(out);
        QCOMPARE(outLines.size(), inLines.size());
        QCOMPARE(outLines[0], inLines[0] + ",score,label");
        for (int i = 1; i < outLines.size(); ++i) {
            QVERIFY(outLines[i].startsWith(inLines[i] + ","));
            const QStringList extra = outLines[i].mid(inLines[i].size() + 1).split(',');
            QCOMPARE(extra.size(), 2);
            const double score = extra[0].toDouble();
            QVERIFY(score >= 0.0 && score <= 1.0);
            QVERIFY(extra[1] == "0" || extra[1] == "1");
        }
        // The planted rows (file lines 42, 122, 252) are anomalies.
        for (int row : {40, 120, 250})
            QVERIFY2(outLines[row + 1].endsWith(",1"),
                     qPrintable(algorithm + ": " + outLines[row + 1]));

        // Same seed, same output.
        const QString again = dir.filePath("again.csv");
        QCOMPARE(runKestrel({"detect", "--csv", in, "--algorithm", algorithm, "--contamination",
                             "0.05", "--seed", "7", "--out", again})
                     .exitCode,
                 0);
        QCOMPARE(readLines(again), outLines);
    }

    void chosenColumns()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath("metrics.csv");
        writeFile(in, metricsCsv());
        const CliRun r = runKestrel(
            {"detect", "--csv", in, "--columns", "latency_ms", "--out", dir.filePath("o.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("on 1 columns"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number")
            << "a,b\n1,2\n3,x\n4,5\n"
            << QStringList{"--columns", "a,b"} << "line 3, column 2 (b): 'x' is not a number";
        QTest::newRow("NaN") << "a,b\n1,2\n3,nan\n4,5\n"
                             << QStringList{} << "line 3, column 2 (b): nan is not a finite number";
        QTest::newRow("empty value")
            << "a,b\n1,2\n3,\n"
            << QStringList{"--columns", "b"} << "line 3, column 2 (b): empty value";
        QTest::newRow("ragged row") << "a,b\n1,2\n3\n"
                                    << QStringList{} << "line 3: 1 fields where the header has 2";
        QTest::newRow("no rows") << "a,b\n" << QStringList{} << "no data";
        QTest::newRow("unknown column") << "a,b\n1,2\n"
                                        << QStringList{"--columns", "c"} << "has no column 'c'";
        QTest::newRow("unknown algorithm")
            << "a,b\n1,2\n"
            << QStringList{"--algorithm", "knn"} << "unknown algorithm 'knn'";
        QTest::newRow("bad contamination")
            << "a,b\n1,2\n"
            << QStringList{"--contamination", "0.9"} << "--contamination must be";
        QTest::newRow("seasonal without time")
            << "a,b\n1,2\n2,3\n"
            << QStringList{"--algorithm", "seasonal"} << "needs a time column";
    }

    void badInput()
    {
        QFETCH(QString, csv);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString in = dir.filePath("bad.csv");
        const QString out = dir.filePath("scored.csv");
        writeFile(in, csv);
        const CliRun r = runKestrel(QStringList{"detect", "--csv", in, "--out", out} + extra);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // nothing half-written
    }

    void missingFileAndOut()
    {
        QTemporaryDir dir;
        CliRun r = runKestrel(
            {"detect", "--csv", dir.filePath("nope.csv"), "--out", dir.filePath("o.csv")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("cannot open") && r.err.contains("nope.csv"), qPrintable(r.err));
        writeFile(dir.filePath("a.csv"), "a\n1\n");
        r = runKestrel({"detect", "--csv", dir.filePath("a.csv")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("--out is required"));
    }
};

QTEST_GUILESS_MAIN(TestDetectCsvCli)
#include "TestDetectCsvCli.moc"
