#include "common/TestSupport.h"
#include "core/common/Json.h"
#include "core/common/Progress.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/ErrorTemplate.h"
#include "core/runs/RunAggregates.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "ui/panels/runhistory/ErrorPatternsView.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/panels/runhistory/RunDetailView.h"
#include "ui/panels/runhistory/RunFilterBar.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunSummaryStrip.h"
#include "LoadedRows.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/panels/runhistory/RunTableView.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

constexpr double kTolerance = 1e-9;

bool near(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= kTolerance * std::max(1.0, std::abs(*b));
}

} // namespace

// The Run History panel driven through its widgets on a 20,000-run demo
// workspace; every figure is checked against RunStore / RunAggregates for the
// filter the panel reports, and export and live updates against the real CLI.
class TestRunHistoryPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    EpochMs m_end = 0;
    std::unique_ptr<workspace::Workspace> m_ws;
    std::unique_ptr<jobs::JobRunner> m_runner;
    std::unique_ptr<RunHistoryPanel> m_panel;

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()->isLoading() && !m_panel->isSummaryBusy(),
                                 30000);
    }

    // The table and the summary strip show what SQL says for the panel's filter.
    void checkAgainstSql()
    {
        const runs::RunFilter f = m_panel->filter();
        runs::RunStore store(m_ws->db());
        const std::int64_t count = store.count(f);
        QCOMPARE(static_cast<std::int64_t>(m_panel->model()->rowCount()), count);
        const runs::RunSummary expected = runs::RunAggregates(m_ws->db()).summary(f);
        const runs::RunSummary& shown = m_panel->summary();
        QCOMPARE(shown.runs, count);
        QCOMPARE(shown.runs, expected.runs);
        QCOMPARE(shown.completed, expected.completed);
        QCOMPARE(shown.failed, expected.failed);
        QVERIFY(near(shown.successRate, expected.successRate));
        QVERIFY(near(shown.meanDuration, expected.meanDuration));
        QVERIFY(near(shown.p95Duration, expected.p95Duration));
        QVERIFY(near(shown.meanAccuracy, expected.meanAccuracy));
        QString runsText = m_panel->summaryStrip()->valueLabel(QStringLiteral("runs"))->text();
        QCOMPARE(runsText.remove(QRegularExpression(QStringLiteral("[^0-9]"))).toLongLong(), count);
    }

    void clickHeader(int column)
    {
        QHeaderView* header = m_panel->table()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

    void clickRow(int row)
    {
        RunTableView* table = m_panel->table();
        table->scrollTo(table->model()->index(row, 0));
        const QRect rect = table->visualRect(table->model()->index(row, RunTableModel::Model));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        // The detail reads the run in a job.
        if (const qint64 id = table->selectedRunId())
            QTRY_VERIFY_WITH_TIMEOUT(m_panel->detail()->runId() == std::optional<qint64>(id),
                                     10000);
    }

    void resetFilter()
    {
        m_panel->setFilter({});
        waitIdle();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.kestrel"));
        m_end = *parseTime("2026-11-20T12:00:00Z");
        m_ws = workspace::Workspace::create(m_path.toStdString());
        runs::DemoOptions options;
        options.seed = 2026;
        options.runs = 20000;
        options.end = m_end;
        options.priceDays = 60;
        Feedback feedback;
        runs::generateDemo(m_ws->db(), options, feedback);

        m_runner = std::make_unique<jobs::JobRunner>();
        m_panel = std::make_unique<RunHistoryPanel>();
        m_panel->resize(1500, 900);
        m_panel->setReferenceTime(m_end);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->setContext(m_path, m_runner.get());
        waitIdle();
        // The pickers are filled from the workspace in the background.
        QTRY_VERIFY(m_panel->filterBar()->modelsButton()->choices().size() >= 5);
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_runner.reset();
    }

    void opensWithEveryRun()
    {
        QCOMPARE(m_panel->model()->rowCount(), 20000);
        checkAgainstSql();
    }

    void filtersThroughTheWidgets()
    {
        RunFilterBar* bar = m_panel->filterBar();
        const int all = m_panel->model()->rowCount();

        // Timeframe: keyboard on the combo box, Home = "Last 24 hours", Down = "Last 7 days".
        bar->timeframeBox()->setFocus();
        QTest::keyClick(bar->timeframeBox(), Qt::Key_Home);
        QTest::keyClick(bar->timeframeBox(), Qt::Key_Down);
        QCOMPARE(bar->timeframeBox()->currentIndex(), int(RunFilterBar::Last7d));
        waitIdle();
        QCOMPARE(*m_panel->filter().from, m_end - 7 * kMsPerDay);
        const int week = m_panel->model()->rowCount();
        QVERIFY(week > 0 && week < all);
        checkAgainstSql();

        // Two models at once through the menu's checkable entries.
        const QStringList models = bar->modelsButton()->choices();
        bar->modelsButton()->toggle(models[0]);
        bar->modelsButton()->toggle(models[2]);
        waitIdle();
        QCOMPARE(m_panel->filter().models.size(), size_t(2));
        const int twoModels = m_panel->model()->rowCount();
        QVERIFY(twoModels > 0 && twoModels < week);
        checkAgainstSql();

        // Status: failed only.
        bar->statusButton()->toggle(QStringLiteral("failed"));
        waitIdle();
        QCOMPARE(m_panel->filter().statuses, std::vector<std::string>{"failed"});
        QVERIFY(m_panel->model()->rowCount() < twoModels);
        checkAgainstSql();
        QCOMPARE(*m_panel->summary().successRate, 0.0);

        // Data source by keyboard: the first real source after "All sources".
        bar->statusButton()->toggle(QStringLiteral("failed"));
        bar->dataSourceBox()->setFocus();
        QTest::keyClick(bar->dataSourceBox(), Qt::Key_Down);
        waitIdle();
        QCOMPARE(m_panel->filter().dataSources.size(), size_t(1));
        checkAgainstSql();

        // Symbol.
        bar->symbolBox()->setFocus();
        QTest::keyClick(bar->symbolBox(), Qt::Key_Down);
        waitIdle();
        QCOMPARE(m_panel->filter().symbols.size(), size_t(1));
        checkAgainstSql();
    }

    void searchesErrorsAndParameters()
    {
        resetFilter();
        // A word from a real error message of the workspace.
        std::string word;
        {
            auto st = m_ws->db().prepare("SELECT error_message FROM runs WHERE error_message IS "
                                         "NOT NULL AND error_message <> '' LIMIT 1");
            QVERIFY(st.step());
            const std::string message = st.text(0);
            word = message.substr(0, message.find(' '));
        }
        QVERIFY(!word.empty());
        RunFilterBar* bar = m_panel->filterBar();
        bar->searchEdit()->setFocus();
        QTest::keyClicks(bar->searchEdit(), QString::fromStdString(word));
        // Debounced: nothing moves before the delay.
        QCOMPARE(m_panel->model()->filter().text, std::string());
        QTRY_COMPARE(m_panel->model()->filter().text, word);
        waitIdle();
        QVERIFY(m_panel->model()->rowCount() > 0);
        QVERIFY(m_panel->model()->rowCount() < 20000);
        checkAgainstSql();
        bar->searchEdit()->clear();
        QTRY_COMPARE(m_panel->model()->filter().text, std::string());
        waitIdle();
    }

    void customRange()
    {
        resetFilter();
        RunFilterBar* bar = m_panel->filterBar();
        bar->timeframeBox()->setCurrentIndex(RunFilterBar::Custom);
        QVERIFY(bar->fromEdit()->isVisible());
        bar->fromEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(m_end - 3 * kMsPerDay));
        bar->toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(m_end - 1 * kMsPerDay));
        waitIdle();
        QCOMPARE(*m_panel->filter().from, m_end - 3 * kMsPerDay);
        QCOMPARE(*m_panel->filter().to, m_end - 1 * kMsPerDay);
        checkAgainstSql();
    }

    void sortsByDurationInSql()
    {
        resetFilter();
        clickHeader(RunTableModel::Duration);
        waitIdle();
        const runs::RunSort sort = m_panel->model()->runSort();
        QCOMPARE(int(sort.column), int(runs::RunSortColumn::Duration));
        const std::vector<std::int64_t> ids =
            runs::RunStore(m_ws->db()).ids(m_panel->filter(), sort);
        QCOMPARE(m_panel->model()->rowCount(), int(ids.size()));
        for (int row = 0; row < int(ids.size()); ++row)
            QCOMPARE(m_panel->model()->runId(row), ids[size_t(row)]);
        // Clicking again reverses the order.
        clickHeader(RunTableModel::Duration);
        waitIdle();
        QCOMPARE(m_panel->model()->runSort().descending, !sort.descending);
        const auto first = test::loadedData(*m_panel->model(), 0, RunTableModel::Duration,
                                            int(RunTableModel::Role::RawValue));
        auto st = m_ws->db().prepare("SELECT max(execution_duration) FROM runs");
        QVERIFY(st.step());
        if (m_panel->model()->runSort().descending)
            QCOMPARE(first.value<double>(), st.real(0));
        // The error message column is not sortable; the order stays.
        clickHeader(RunTableModel::Error);
        QCOMPARE(int(m_panel->model()->runSort().column), int(runs::RunSortColumn::Duration));
        QCOMPARE(m_panel->table()->horizontalHeader()->sortIndicatorSection(),
                 int(RunTableModel::Duration));
        // Back to newest first for the tests that follow.
        clickHeader(RunTableModel::Time);
        waitIdle();
        if (!m_panel->model()->runSort().descending) {
            clickHeader(RunTableModel::Time);
            waitIdle();
        }
        QVERIFY(m_panel->model()->runSort().descending);
    }

    void detailShowsTheSelectedRun()
    {
        resetFilter();
        // A run that has parameters and results.
        int row = 0;
        runs::RunStore store(m_ws->db());
        std::optional<runs::RunRecord> run;
        for (; row < 200; ++row) {
            run = store.get(m_panel->model()->runId(row));
            if (run && !run->inputParams.empty() && !run->outputResults.empty())
                break;
        }
        QVERIFY(run && row < 200);
        clickRow(row);
        QCOMPARE(m_panel->table()->selectedRunId(), run->id);
        RunDetailView* detail = m_panel->detail();
        QCOMPARE(*detail->runId(), run->id);
        QCOMPARE(detail->fieldText(QStringLiteral("model")), QString::fromStdString(run->model));
        QCOMPARE(detail->fieldText(QStringLiteral("id")), QString::number(run->id));
        const QString input = detail->inputText();
        QVERIFY(input.contains(QLatin1Char('\n'))); // pretty-printed, not one line
        QVERIFY(Json::parse(input.toStdString()) == Json::parse(run->inputParams));
        QVERIFY(Json::parse(detail->outputText().toStdString()) == Json::parse(run->outputResults));
        // For looking at the panel: KESTREL_SCREENSHOT=/path/shot.png saves what is on screen now.
        if (const QString shot = qEnvironmentVariable("KESTREL_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(m_panel->grab().save(shot));
    }

    // The detail follows the list: a filter that hides the selected run
    // clears the detail, and a new workspace starts with none.
    void detailFollowsTheFilteredList()
    {
        resetFilter();
        clickRow(3);
        const qint64 selected = m_panel->table()->selectedRunId();
        QVERIFY(selected > 0);
        QCOMPARE(*m_panel->detail()->runId(), selected);
        const std::optional<runs::RunRecord> run = runs::RunStore(m_ws->db()).get(selected);
        QVERIFY(run);
        // Every other model: the selected run is not in the list any more.
        runs::RunFilter f = m_panel->filter();
        for (const QString& m : m_panel->filterBar()->modelsButton()->choices())
            if (m.toStdString() != run->model)
                f.models.push_back(m.toStdString());
        m_panel->setFilter(f);
        waitIdle();
        QCOMPARE(m_panel->model()->rowOfId(selected), -1);
        QVERIFY2(!m_panel->detail()->runId(),
                 "the detail still shows a run the list does not have");
        QCOMPARE(m_panel->table()->selectedRunId(), qint64(0));
        resetFilter();

        // File › New: nothing of the previous workspace stays.
        clickRow(2);
        QVERIFY(m_panel->detail()->runId());
        const QString empty = m_dir.filePath(QStringLiteral("empty.kestrel"));
        workspace::Workspace::create(empty.toStdString());
        m_panel->setContext(empty, m_runner.get());
        waitIdle();
        QCOMPARE(m_panel->model()->rowCount(), 0);
        QVERIFY(!m_panel->detail()->runId());
        m_panel->setContext(m_path, m_runner.get());
        waitIdle();
    }

    void errorPatternFiltersTheRuns()
    {
        resetFilter();
        auto st = m_ws->db().prepare(
            "SELECT error_template, count(*) FROM runs WHERE error_template IS NOT NULL "
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 1");
        QVERIFY(st.step());
        const QString templateText = QString::fromStdString(st.text(0));
        const std::int64_t expected = st.int64(1);
        m_panel->tabs()->setCurrentIndex(RunHistoryPanel::ErrorsTab);
        emit m_panel->errorPatterns()->templateChosen(templateText);
        QCOMPARE(m_panel->tabs()->currentIndex(), int(RunHistoryPanel::RunsTab));
        QToolButton* chip = m_panel->filterBar()->templateChip();
        QVERIFY(chip->isVisible());
        QVERIFY(chip->text().contains(QStringLiteral("template:")));
        waitIdle();
        QCOMPARE(QString::fromStdString(m_panel->filter().errorTemplate), templateText);
        QCOMPARE(static_cast<std::int64_t>(m_panel->model()->rowCount()), expected);
        checkAgainstSql();
        // Removing the chip shows every run again.
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(!chip->isVisible());
        waitIdle();
        QCOMPARE(m_panel->model()->rowCount(), 20000);
    }

    void exportMatchesTheCli_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void exportMatchesTheCli()
    {
        QFETCH(QString, extension);
        QVERIFY2(QFile::exists(test::kestrelBinary()),
                 "the kestrel binary is built with the tests");
        resetFilter();
        RunFilterBar* bar = m_panel->filterBar();
        const QStringList models = bar->modelsButton()->choices();
        bar->modelsButton()->toggle(models[1]);
        bar->statusButton()->toggle(QStringLiteral("failed"));
        bar->statusButton()->toggle(QStringLiteral("completed"));
        bar->timeframeBox()->setCurrentIndex(RunFilterBar::Custom);
        bar->fromEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(m_end - 20 * kMsPerDay));
        bar->toEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(m_end - 2 * kMsPerDay));
        // The CLI writes oldest first: order the table the same way.
        clickHeader(RunTableModel::Time);
        waitIdle();
        QVERIFY(!m_panel->model()->runSort().descending);
        const runs::RunFilter f = m_panel->filter();
        const std::int64_t expected = runs::RunStore(m_ws->db()).count(f);
        QVERIFY(expected > 100);

        const QString panelFile = m_dir.filePath(QStringLiteral("panel.") + extension);
        QSignalSpy finished(m_panel.get(), &RunHistoryPanel::exportFinished);
        QVERIFY(m_panel->exportTo(panelFile) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(finished.at(0).at(0).toLongLong(), expected);

        const QString cliFile = m_dir.filePath(QStringLiteral("cli.") + extension);
        QProcess cli;
        cli.start(test::kestrelBinary(),
                  {QStringLiteral("--workspace"), m_path, QStringLiteral("runs"),
                   QStringLiteral("export"), QStringLiteral("--out"), cliFile,
                   QStringLiteral("--model"), models[1], QStringLiteral("--status"),
                   QStringLiteral("failed,completed"), QStringLiteral("--from"),
                   QString::fromStdString(toIso(*f.from)), QStringLiteral("--to"),
                   QString::fromStdString(toIso(*f.to))});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        QFile a(panelFile);
        QFile b(cliFile);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QVERIFY(b.open(QIODevice::ReadOnly));
        const QByteArray panelBytes = a.readAll();
        QVERIFY(panelBytes.size() > 1000);
        QCOMPARE(panelBytes, b.readAll());

        clickHeader(RunTableModel::Time);
        waitIdle();
        QVERIFY(m_panel->model()->runSort().descending);
    }

    void liveRunAppearsKeepingSelectionAndScroll()
    {
        resetFilter();
        m_panel->model()->setLive(true);
        RunTableView* table = m_panel->table();
        // Somewhere in the middle, with a run selected.
        clickRow(5000);
        const qint64 selected = table->selectedRunId();
        QVERIFY(selected > 0);
        table->scrollTo(m_panel->model()->index(4990, 0), QAbstractItemView::PositionAtTop);
        const qint64 top = table->topRunId();
        QVERIFY(top > 0);
        const std::int64_t before = runs::RunStore(m_ws->db()).maxId();
        const int rowsBefore = m_panel->model()->rowCount();

        QProcess logRun;
        logRun.start(test::kestrelBinary(),
                     {QStringLiteral("--workspace"), m_path, QStringLiteral("log-run"),
                      QStringLiteral("--model"), QStringLiteral("Stock Price Prediction"),
                      QStringLiteral("--status"), QStringLiteral("completed"),
                      QStringLiteral("--duration"), QStringLiteral("2.5"),
                      QStringLiteral("--accuracy"), QStringLiteral("0.81"),
                      QStringLiteral("--symbol"), QStringLiteral("INFY.NS")});
        QVERIFY(logRun.waitForFinished(30000));
        QVERIFY2(logRun.exitCode() == 0, logRun.readAllStandardError().constData());
        QElapsedTimer clock;
        clock.start();
        const std::int64_t id = runs::RunStore(m_ws->db()).maxId();
        QVERIFY(id > before);

        QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowOfId(id) >= 0, 2000);
        qInfo("run %lld logged by another process appeared after %lld ms",
              static_cast<long long>(id), static_cast<long long>(clock.elapsed()));
        QVERIFY(clock.elapsed() <= 2000);
        QCOMPARE(m_panel->model()->rowCount(), rowsBefore + 1);
        QCOMPARE(table->selectedRunId(), selected);
        QCOMPARE(table->topRunId(), top);
        QCOMPARE(*m_panel->detail()->runId(), selected);
        // The summary follows.
        QTRY_COMPARE(m_panel->summary().runs, std::int64_t(rowsBefore + 1));
    }

    void pagingKeepsMemoryBounded()
    {
        resetFilter();
        RunTableView* table = m_panel->table();
        const int bound = RunTableModel::kMaxCachedPages * RunTableModel::kPageSize;
        QVERIFY(m_panel->model()->rowCount() > bound);
        QScrollBar* bar = table->verticalScrollBar();
        for (int step = 0; step <= 20; ++step) {
            bar->setValue(bar->maximum() * step / 20);
            table->viewport()->repaint();
            QVERIFY(m_panel->model()->cachedRowCount() <= bound);
        }
        QVERIFY(m_panel->model()->cachedRowCount() > 0);
    }
};

QTEST_MAIN(TestRunHistoryPanel)
#include "TestRunHistoryPanel.moc"
