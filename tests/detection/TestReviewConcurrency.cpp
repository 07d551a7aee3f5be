// Reviews by more than one person on one workspace, on SQLite and on
// PostgreSQL: a second reviewer acting on a version of an anomaly that the
// first has changed is refused with a message naming the first and nothing
// is lost; racing reviewers on separate connections never both win; the
// audit trail names the acting user (the connection's role on PostgreSQL);
// and a review made in another process is seen through the change token of
// AnomalyService within 2 s.
#include "common/TestBackend.h"
#include "core/common/Error.h"
#include "core/detection/AnomalyService.h"
#include "core/workspace/CurrentUser.h"
#include "core/workspace/Migrations.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/pg/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>
#include <cstdio>
#include <thread>

using namespace kestrel;
using namespace kestrel::detection;

namespace {

constexpr EpochMs kStart = 1'767'225'600'000; // 2026-01-01T00:00:00Z

// The child process of reviewInAnotherProcessIsSeen: these name the
// workspace and the anomaly it acknowledges.
constexpr const char* kChildWorkspace = "KESTREL_TEST_REVIEW_WORKSPACE";
constexpr const char* kChildAnomaly = "KESTREL_TEST_REVIEW_ANOMALY";
constexpr const char* kChildNote = "acknowledged from the other process";

// An open anomaly without a detector, hour `hour` of 2026.
std::int64_t plantAnomaly(workspace::Database& db, int hour)
{
    StoredAnomaly a;
    a.time = kStart + hour * kMsPerHour;
    a.start = a.time;
    a.end = a.time + kMsPerHour;
    a.model = "M";
    a.metric = "duration_p95";
    a.type = "latency_spike";
    a.score = 0.9;
    a.confidence = 0.8;
    a.severity = "high";
    return AnomalyStore(db).insert(a);
}

int reviewInChild()
{
    try {
        AnomalyService service(qEnvironmentVariable(kChildWorkspace).toStdString());
        service.acknowledge(qEnvironmentVariable(kChildAnomaly).toLongLong(), kChildNote);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}

} // namespace

class TestReviewConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KESTREL_START_BACKEND(); }
    void secondReviewerGetsStaleError();
    void racingReviewersLoseNothing();
    void auditTrailNamesTheUser();
    void reviewInAnotherProcessIsSeen();
    void migrationCountsPastReviews();
};

void TestReviewConcurrency::secondReviewerGetsStaleError()
{
    QTemporaryDir dir;
    const std::string location = test::newWorkspace(dir, "stale");
    workspace::Database one = workspace::Workspace::connect(location);
    workspace::Database two = workspace::Workspace::connect(location);
    const std::int64_t id = plantAnomaly(one, 10);
    AnomalyService first(one);
    AnomalyService second(two);

    // Both have the anomaly on screen at version 0.
    const std::int64_t seenByFirst = first.anomaly(id)->anomaly.version;
    const std::int64_t seenBySecond = second.anomaly(id)->anomaly.version;
    QCOMPARE(seenByFirst, std::int64_t(0));
    QCOMPARE(seenBySecond, std::int64_t(0));

    first.expectVersion(id, seenByFirst);
    first.resolve(id, "restarted the feed");
    const auto afterFirst = first.anomaly(id);
    QCOMPARE(afterFirst->anomaly.version, std::int64_t(1));

    second.expectVersion(id, seenBySecond);
    QString message;
    try {
        second.markFalsePositive(id, "just noise");
        QFAIL("the stale review was written");
    } catch (const StaleReview& e) {
        message = QString::fromUtf8(e.what());
    }
    const QString firstUser = QString::fromStdString(workspace::actingUser(one));
    QVERIFY2(message.contains("Someone else (" + firstUser + ") changed this anomaly at " +
                              QString::fromStdString(toIso(afterFirst->events[0].time))),
             qPrintable(message));
    QVERIFY2(message.contains("it is now resolved"), qPrintable(message));
    QVERIFY2(message.contains("Reload to see their change."), qPrintable(message));

    // Nothing of the first review was lost, nothing of the second written.
    const auto now = second.anomaly(id);
    QCOMPARE(now->anomaly.state, std::string(state::kResolved));
    QCOMPARE(now->anomaly.note, std::string("restarted the feed"));
    QCOMPARE(now->anomaly.version, std::int64_t(1));
    QCOMPARE(now->events.size(), std::size_t(1));
    QCOMPARE(one.queryInt("SELECT count(*) FROM detector_feedback").value_or(-1), 0);

    // After reloading, the second reviewer acts on the new version.
    second.expectVersion(id, now->anomaly.version);
    second.reopen(id, "still slow");
    QCOMPARE(second.anomaly(id)->anomaly.version, std::int64_t(2));
    QCOMPARE(second.anomaly(id)->events.size(), std::size_t(2));

    // A stale version is refused even when the move itself is allowed.
    first.expectVersion(id, 1);
    QVERIFY_THROWS_EXCEPTION(StaleReview, first.acknowledge(id));
    QCOMPARE(first.anomaly(id)->anomaly.state, std::string(state::kOpen));
    // An expectation is for one action only.
    first.acknowledge(id);
    QCOMPARE(first.anomaly(id)->anomaly.version, std::int64_t(3));
}

void TestReviewConcurrency::racingReviewersLoseNothing()
{
    QTemporaryDir dir;
    const std::string location = test::newWorkspace(dir, "race");
    constexpr int kAnomalies = 40;
    std::vector<std::int64_t> ids;
    {
        workspace::Database db = workspace::Workspace::connect(location);
        for (int i = 0; i < kAnomalies; ++i)
            ids.push_back(plantAnomaly(db, i));
    }
    // Two reviewers, each on its own connection, acknowledge every anomaly
    // at the same time without naming a version: one of them wins each.
    std::array<int, 2> won{};
    std::array<int, 2> refused{};
    std::array<std::string, 2> unexpected;
    auto reviewer = [&](int who) {
        try {
            AnomalyService service(location);
            for (const std::int64_t id : ids) {
                try {
                    service.acknowledge(id, "reviewer " + std::to_string(who));
                    ++won[who];
                } catch (const Error&) {
                    ++refused[who];
                }
            }
        } catch (const std::exception& e) {
            unexpected[who] = e.what();
        }
    };
    std::thread a(reviewer, 0);
    std::thread b(reviewer, 1);
    a.join();
    b.join();
    QVERIFY2(unexpected[0].empty(), unexpected[0].c_str());
    QVERIFY2(unexpected[1].empty(), unexpected[1].c_str());
    QCOMPARE(won[0] + won[1], kAnomalies);
    QCOMPARE(refused[0] + refused[1], kAnomalies);

    AnomalyService check(location);
    for (const std::int64_t id : ids) {
        const auto d = check.anomaly(id);
        QCOMPARE(d->anomaly.state, std::string(state::kAcknowledged));
        QCOMPARE(d->anomaly.version, std::int64_t(1));
        QCOMPARE(d->events.size(), std::size_t(1));
        QCOMPARE(d->anomaly.note, d->events[0].note);
    }
}

void TestReviewConcurrency::auditTrailNamesTheUser()
{
    QTemporaryDir dir;
    const std::string location = test::newWorkspace(dir, "audit");
    workspace::Database db = workspace::Workspace::connect(location);
    const std::int64_t id = plantAnomaly(db, 3);
    if (!test::onPostgres()) {
        // A SQLite workspace records the OS login name.
        QCOMPARE(workspace::actingUser(db), workspace::osUserName());
        AnomalyService service(db);
        service.acknowledge(id, "mine");
        QCOMPARE(service.anomaly(id)->events.at(0).user, workspace::osUserName());
        return;
    }
    // On PostgreSQL the server's role is the name: a second person, alice,
    // reviews through her own connection.
    const std::string schema = [&] {
        auto st = db.prepare("SELECT current_schema()");
        st.step();
        return st.text(0);
    }();
    const std::string s = workspace::Dialect::quote(schema);
    db.exec("DO $$ BEGIN CREATE ROLE alice LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; "
            "END $$");
    db.exec("GRANT USAGE ON SCHEMA " + s + " TO alice");
    db.exec("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO alice");
    db.exec("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + s + " TO alice");
    QString aliceLocation = QString::fromStdString(location);
    QVERIFY(aliceLocation.contains("://kestrel@"));
    aliceLocation.replace("://kestrel@", "://alice@");

    AnomalyService mine(db);
    const std::int64_t seen = mine.anomaly(id)->anomaly.version;
    {
        AnomalyService alice(aliceLocation.toStdString());
        alice.acknowledge(id, "on it");
    }
    const auto d = mine.anomaly(id);
    QCOMPARE(d->events.at(0).user, std::string("alice"));
    QCOMPARE(workspace::actingUser(db), std::string("kestrel"));
    // The loser of a race with alice is told it was alice.
    mine.expectVersion(id, seen);
    try {
        mine.resolve(id, "done");
        QFAIL("the stale review was written");
    } catch (const StaleReview& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("Someone else (alice)"), e.what());
    }
    mine.resolve(id, "done");
    QCOMPARE(mine.anomaly(id)->events.at(1).user, std::string("kestrel"));
}

void TestReviewConcurrency::reviewInAnotherProcessIsSeen()
{
    QTemporaryDir dir;
    const std::string location = test::newWorkspace(dir, "live");
    workspace::Database db = workspace::Workspace::connect(location);
    const std::int64_t id = plantAnomaly(db, 5);
    AnomalyService service(db);
    const std::int64_t before = service.changeToken();
    QCOMPARE(service.changeToken(), before); // reading does not move it

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kChildWorkspace, QString::fromStdString(location));
    env.insert(kChildAnomaly, QString::number(id));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60'000));
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());

    QElapsedTimer seen;
    seen.start();
    while (service.changeToken() == before && seen.elapsed() < 2000)
        QThread::msleep(20);
    QVERIFY2(service.changeToken() != before, "the other process's review was not seen in 2 s");
    QVERIFY(seen.elapsed() <= 2000);
    const auto d = service.anomaly(id);
    QCOMPARE(d->anomaly.state, std::string(state::kAcknowledged));
    QCOMPARE(d->events.at(0).note, std::string(kChildNote));
}

// A workspace from before review versions (SQLite v6, PostgreSQL v2) is
// migrated with each anomaly's version at the number of its review steps.
void TestReviewConcurrency::migrationCountsPastReviews()
{
    QTemporaryDir dir;
    const std::string location = test::newWorkspace(dir, "older");
    std::int64_t reviewed = 0;
    std::int64_t untouched = 0;
    {
        workspace::Database db = workspace::Workspace::connect(location);
        reviewed = plantAnomaly(db, 1);
        untouched = plantAnomaly(db, 2);
        AnomalyService service(db);
        service.acknowledge(reviewed);
        service.resolve(reviewed, "fixed");
        // Back to the schema before the version column (and the steps after it).
        db.exec("ALTER TABLE anomalies DROP COLUMN version");
        db.exec("ALTER TABLE ai_usage DROP COLUMN user_name");
        db.exec("ALTER TABLE imports DROP COLUMN user_name");
        db.exec("ALTER TABLE detector_configs DROP COLUMN updated_by");
        db.exec("ALTER TABLE settings DROP COLUMN updated_by");
        if (test::onPostgres())
            db.exec("DELETE FROM kestrel_schema_version WHERE version >= 3");
        else
            db.exec("PRAGMA user_version = 6");
    }
    auto ws = workspace::Workspace::open(location);
    QCOMPARE(ws->schemaVersion(), test::onPostgres() ? workspace::pg::currentSchemaVersion()
                                                     : workspace::currentSchemaVersion());
    AnomalyService service(ws->db());
    QCOMPARE(service.anomaly(reviewed)->anomaly.version, std::int64_t(2));
    QCOMPARE(service.anomaly(untouched)->anomaly.version, std::int64_t(0));
    service.expectVersion(reviewed, 2);
    service.reopen(reviewed);
    QCOMPARE(service.anomaly(reviewed)->anomaly.version, std::int64_t(3));
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet(kChildWorkspace))
        return reviewInChild();
    QCoreApplication app(argc, argv);
    TestReviewConcurrency suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "TestReviewConcurrency.moc"
