// The main window: opening workspaces, refusals that keep the current one,
// the recent list, demo workspaces from the first start and from the menu.
#include "ViewsTestSupport.h"

#include "common/TestSupport.h"
#include "core/jobs/JobRunner.h"
#include "ui/JobsDock.h"
#include "common/OpenWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/panels/Panel.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/widgets/KpiTile.h"
#include "core/runs/RunStore.h"
#include "core/common/Time.h"
#include "core/workspace/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QElapsedTimer>
#include <QStatusBar>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

QMenu* menuNamed(QMainWindow& w, const QString& text)
{
    for (QAction* a : w.menuBar()->actions()) {
        if (a->menu() && a->text().remove('&') == text)
            return a->menu();
    }
    return nullptr;
}

QStringList actionTexts(QMenu* menu)
{
    QStringList texts;
    for (QAction* a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    return texts;
}

// The warning shown for a refusal; closes it.
QString takeMessageBox(QMainWindow& w)
{
    QString text;
    for (QMessageBox* box : w.findChildren<QMessageBox*>()) {
        if (box->isVisible()) {
            text = box->text();
            box->close();
        }
    }
    QCoreApplication::processEvents();
    return text;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-main-window"));
        settings::recentWorkspaces.reset();
        settings::demoRuns.setValue(1500);
        m_demo = m_dir.filePath(QStringLiteral("demo.kestrel"));
        test::makeDemo(m_demo, 3000);
    }

    void settingsEntriesAreBounded()
    {
        settings::workerThreads.setValue(1000);
        QCOMPARE(settings::workerThreads.value(), 64);
        settings::workerThreads.setValue(0);
        QCOMPARE(settings::workerThreads.value(), 1);
        settings::workerThreads.reset();
        QCOMPARE(settings::workerThreads.value(), settings::workerThreads.defaultValue());
        QCOMPARE(settings::demoRuns.value(), 1500);
    }

    void opensAWorkspace()
    {
        MainWindow w;
        QSignalSpy changed(&w, &MainWindow::workspaceChanged);
        QSignalSpy added(w.jobRunner(), &jobs::JobRunner::jobAdded);
        QVERIFY(test::openAndWait(w, m_demo));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(w.workspacePath(), m_demo);
        QVERIFY(test::waitFor([&] { return w.runCount() >= 0; }));
        QCOMPARE(w.runCount(), qint64(3000));
        QVERIFY(w.windowTitle().contains(QStringLiteral("demo.kestrel")));
        QStringList tabs;
        for (int i = 0; i < w.panels()->count(); ++i)
            tabs << w.panels()->tabText(i);
        QVERIFY(tabs.size() >= 2);
        QCOMPARE(tabs.mid(0, 2),
                 (QStringList{QStringLiteral("Overview"), QStringLiteral("Run History")}));
        QVERIFY(w.panels()->isEnabled());
        // The panels' reads ran as jobs, and the Jobs dock does not list
        // these view refreshes (issue 9, point 4: only user-meaningful work).
        QVERIFY(added.count() > 0);
        QCOMPARE(w.jobsDock()->rowCount(), 0);
        QVERIFY(test::waitFor(
            [&] { return !w.overview()->isBusy() && w.jobRunner()->runningCount() == 0; }));
    }

    // A run logged by another process moves the Overview as it moves Run
    // History, and View › Refresh (F5) reads every panel again.
    void overviewFollowsLiveRunsAndRefresh()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.kestrel"));
        test::makeDemo(path, 2000);
        MainWindow w;
        QVERIFY(test::openAndWait(w, path));
        auto idle = [&] { return !w.overview()->isBusy() && w.jobRunner()->runningCount() == 0; };
        QVERIFY(test::waitFor(idle));
        const QString before = w.overview()->runsTile()->value();
        {
            // Another connection, as `kestrel log-run` would be.
            workspace::Database other = workspace::Workspace::connect(path.toStdString());
            runs::RunStore::Inserter insert(other);
            runs::RunRecord r;
            r.model = "BTST";
            r.startedAt = nowMs() - 60'000;
            r.durationSec = 1.5;
            for (int i = 0; i < 25; ++i)
                insert.add(r);
        }
        QVERIFY2(test::waitFor(
                     [&] { return idle() && w.overview()->runsTile()->value() != before; }, 10'000),
                 qPrintable(before + " -> " + w.overview()->runsTile()->value()));

        QAction* refresh = w.findChild<QAction*>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        QSignalSpy added(w.jobRunner(), &jobs::JobRunner::jobAdded);
        refresh->trigger();
        QVERIFY(test::waitFor(idle));
        QStringList titles;
        for (const QList<QVariant>& args : added)
            titles << w.jobRunner()->job(args.value(0).toInt()).title;
        QVERIFY2(added.count() >= 3, qPrintable(titles.join(", ")));
    }

    void refusedFilesKeepTheCurrentWorkspace_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not sqlite")
            << QByteArray("model,status\nBTST,completed\n") << QStringLiteral("not a SQLite");
        QTest::newRow("newer kestrel") << QByteArray() << QStringLiteral("newer Kestrel");
    }

    void refusedFilesKeepTheCurrentWorkspace()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString bad = m_dir.filePath(
            QStringLiteral("refused-%1.kestrel").arg(QTest::currentDataTag()).replace(' ', '-'));
        if (content.isEmpty()) {
            // A workspace from a future schema.
            workspace::Workspace::create(bad.toStdString());
            workspace::Database db(bad.toStdString(), workspace::Database::Access::ReadWrite);
            db.exec("PRAGMA user_version = 9999");
        } else {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = test::fileSha256(bad);

        MainWindow w;
        w.show();
        QVERIFY(test::openAndWait(w, m_demo));
        QSignalSpy refused(&w, &MainWindow::workspaceRefused);
        QSignalSpy changed(&w, &MainWindow::workspaceChanged);
        QVERIFY(!test::openAndWait(w, bad));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.at(0).at(1).toString().contains(reason),
                 qPrintable(refused.at(0).at(1).toString()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(w.workspacePath(), m_demo);
        const QString shown = takeMessageBox(w);
        QVERIFY2(shown.contains(reason), qPrintable(shown));
        QCOMPARE(test::fileSha256(bad), before);
        QVERIFY(!settings::recentWorkspaces.value().contains(bad));
        w.jobRunner()->waitForDone();
    }

    // A workspace that fails its integrity check: the dialog offers
    // "Open read-only" and "Recover…"; both work and the file stays as it was.
    void damagedWorkspaceOffersReadOnlyAndRecovery()
    {
        const QString bad = m_dir.filePath(QStringLiteral("damaged.kestrel"));
        QVERIFY(QFile::copy(m_demo, bad));
        QVERIFY(test::damageRunsIndexPage(bad));
        const QByteArray before = test::fileSha256(bad);
        MainWindow w;
        w.show();
        QVERIFY(!test::openAndWait(w, bad));
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("recoveryBox"));
        QVERIFY(box);
        QStringList buttons;
        for (QAbstractButton* b : box->buttons())
            buttons << b->text();
        QVERIFY2(buttons.contains(QStringLiteral("Open read-only")) &&
                     buttons.contains(QStringLiteral("Recover…")),
                 qPrintable(buttons.join(',')));
        box->close();
        QVERIFY(test::openAndWait(w, bad, MainWindow::OpenReadOnly));
        QVERIFY(w.workspace()->readOnly());
        QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
        w.jobRunner()->waitForDone();
        QCOMPARE(test::fileSha256(bad), before);
        const QString recovered = m_dir.filePath(QStringLiteral("recovered.kestrel"));
        QVERIFY(test::waitForOpen(w, [&] { return w.recoverWorkspace(bad, recovered); }));
        QCOMPARE(w.workspacePath(), recovered);
        QVERIFY(!w.workspace()->readOnly());
        QVERIFY(test::waitFor([&] { return w.runCount() >= 0; }));
        QCOMPARE(w.runCount(), qint64(3000));
        w.jobRunner()->waitForDone();
    }

    void recentListIsNewestFirstPrunedAndCapped()
    {
        settings::recentWorkspaces.reset();
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << m_dir.filePath(QStringLiteral("recent-%1.kestrel").arg(i));
            workspace::Workspace::create(paths.last().toStdString());
        }
        MainWindow w;
        for (const QString& p : paths)
            QVERIFY(test::openAndWait(w, p));
        QStringList recent = settings::recentWorkspaces.value();
        QCOMPARE(recent.size(), settings::kMaxRecentWorkspaces);
        QCOMPARE(recent.first(), paths.last());
        QCOMPARE(recent.last(), paths.at(2));

        // A file that disappeared leaves the list when the menu opens.
        QVERIFY(QFile::remove(paths.at(10)));
        QMenu* file = menuNamed(w, QStringLiteral("File"));
        QVERIFY(file);
        QMenu* recentMenu = nullptr;
        for (QAction* a : file->actions())
            if (a->menu() && a->text().remove('&') == QStringLiteral("Open recent"))
                recentMenu = a->menu();
        QVERIFY(recentMenu);
        emit recentMenu->aboutToShow();
        const QStringList texts = actionTexts(recentMenu);
        QVERIFY(!texts.contains(paths.at(10)));
        QVERIFY(texts.contains(paths.at(11)));
        QCOMPARE(settings::recentWorkspaces.value().size(), settings::kMaxRecentWorkspaces - 1);

        // Choosing an entry opens it.
        for (QAction* a : recentMenu->actions())
            if (a->text() == paths.at(5))
                a->trigger();
        QTRY_COMPARE(w.workspacePath(), paths.at(5));
        QCOMPARE(settings::recentWorkspaces.value().first(), paths.at(5));
        w.jobRunner()->waitForDone();
    }

    // Opening runs in a job (issue 9 §4): a workspace whose open has seconds
    // of work (a killed import left its indexes to build, over 400,000 runs)
    // leaves the event loop running, says so on the status bar, and the
    // panels then move to it.
    void openingABigWorkspaceKeepsTheWindowResponsive()
    {
        const QString path = m_dir.filePath(QStringLiteral("slow-open.kestrel"));
        {
            auto ws = workspace::Workspace::create(path.toStdString());
            workspace::Database& db = ws->db();
            db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "400000) INSERT INTO runs(model_name, execution_time, status, "
                    "execution_duration, accuracy_score, created_at) SELECT 'Model ' || (i % 9), "
                    "1767225600000 + i * 1000, 'completed', i % 977, 0.5, 0 FROM n");
            // As a bulk import killed after its swap leaves it: indexes to build.
            std::string pending;
            workspace::Statement st = db.prepare(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'runs' "
                "AND sql IS NOT NULL");
            std::vector<std::string> names;
            while (st.step()) {
                names.push_back(st.text(0));
                pending += st.text(1) + ";\n";
            }
            st = {};
            for (const std::string& name : names)
                db.exec("DROP INDEX " + name);
            workspace::Statement set =
                db.prepare("INSERT INTO settings(key, value) VALUES('import_pending_indexes', ?)");
            set.bind(1, pending).run();
        }
        MainWindow w;
        w.show();
        QVERIFY(test::openAndWait(w, m_demo));
        int ticks = 0;
        int ticksWhenOpened = -1;
        QString statusWhileOpening;
        QTimer timer;
        connect(&timer, &QTimer::timeout, &w, [&] {
            ++ticks;
            if (statusWhileOpening.isEmpty())
                statusWhileOpening = w.statusBar()->currentMessage();
        });
        timer.start(10);
        connect(&w, &MainWindow::workspaceChanged, &w, [&] { ticksWhenOpened = ticks; });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(test::openAndWait(w, path));
        const qint64 took = clock.elapsed();
        qInfo("opening took %lld ms, %d timer ticks meanwhile", static_cast<long long>(took),
              ticksWhenOpened);
        QVERIFY2(ticksWhenOpened >= 5,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticksWhenOpened).arg(took)));
        QVERIFY2(statusWhileOpening.contains(QStringLiteral("Opening workspace")),
                 qPrintable(statusWhileOpening));
        QCOMPARE(w.workspacePath(), path);
        for (Panel* panel : w.panelList())
            QVERIFY(panel->widget()->isEnabled());
        QVERIFY(test::waitFor([&] { return w.runCount() == 400000; }));
        QVERIFY(test::waitFor([&] { return w.runHistory()->model()->rowCount() == 400000; }));
        workspace::Database check(path.toStdString(), workspace::Database::Access::ReadOnly);
        QCOMPARE(check
                     .queryInt("SELECT count(*) FROM settings WHERE key = "
                               "'import_pending_indexes'")
                     .value_or(-1),
                 qint64(0));
        w.jobRunner()->waitForDone();
    }

    void firstStartCreatesTheDemoWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("first/default.kestrel"));
        MainWindow w;
        QSignalSpy changed(&w, &MainWindow::workspaceChanged);
        QVERIFY(w.openWorkspace(path, MainWindow::CreateDemoIfMissing));
        QVERIFY(w.isBusy());
        QVERIFY(test::waitFor([&] { return changed.count() == 1; }, 120000));
        QCOMPARE(w.workspacePath(), path);
        QVERIFY(test::waitFor([&] { return w.runCount() >= 0; }));
        QCOMPARE(w.runCount(), qint64(settings::demoRuns.value()));
        w.jobRunner()->waitForDone();
    }

    void newDemoWorkspaceFromTheMenu()
    {
        const QString path = m_dir.filePath(QStringLiteral("from-menu.kestrel"));
        MainWindow w;
        w.show();
        QSignalSpy refusedAtCreation(&w, &MainWindow::workspaceRefused);
        QAction* action = w.findChild<QAction*>(QStringLiteral("newDemoAction"));
        QVERIFY(action);

        // Answer the save dialog the action opens, as a user would.
        bool answered = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
                dialog->setDirectory(QFileInfo(path).absolutePath());
                dialog->selectFile(QFileInfo(path).fileName());
                // Typed into the name field, as a user would.
                if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                    name->setText(QFileInfo(path).fileName());
                QMetaObject::invokeMethod(dialog, "accept", Qt::DirectConnection);
                answered = true;
                answer.stop();
            }
        });
        answer.start(50);
        QSignalSpy changed(&w, &MainWindow::workspaceChanged);
        action->trigger();
        QVERIFY(answered);
        QVERIFY(test::waitFor([&] { return changed.count() == 1 || refusedAtCreation.count() > 0; },
                              120000));
        QVERIFY2(refusedAtCreation.isEmpty(),
                 qPrintable(refusedAtCreation.isEmpty()
                                ? QString()
                                : refusedAtCreation.at(0).at(1).toString()));
        QCOMPARE(w.workspacePath(), path);
        QVERIFY(test::waitFor([&] { return w.runCount() == settings::demoRuns.value(); }));

        // A second demo at the same path is refused; the workspace stays.
        QSignalSpy refused(&w, &MainWindow::workspaceRefused);
        QCOMPARE(w.createDemoWorkspace(path), 0);
        QCOMPARE(refused.count(), 1);
        QVERIFY(takeMessageBox(w).contains(QStringLiteral("already exists")));
        QCOMPARE(w.workspacePath(), path);
        w.jobRunner()->waitForDone();
    }

    void cancelledDemoLeavesNoFile()
    {
        settings::demoRuns.setValue(2'000'000);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.kestrel"));
        MainWindow w;
        QSignalSpy cancelled(w.jobRunner(), &jobs::JobRunner::jobCancelled);
        const int id = w.createDemoWorkspace(path);
        QVERIFY(id > 0);
        QVERIFY(test::waitFor([&] { return QFile::exists(path); }, 30000));
        w.jobRunner()->cancel(id);
        QVERIFY(test::waitFor([&] { return cancelled.count() == 1; }, 60000));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!w.isBusy());
        QVERIFY(w.workspacePath().isEmpty());
        settings::demoRuns.setValue(1500);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
