// The Run History views and the Overview show exactly what RunAggregates
// computes for the same filter, on a demo workspace generated here.
#include "ViewsTestSupport.h"

#include "core/jobs/JobRunner.h"
#include "core/runs/RunAggregates.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/panels/runhistory/ErrorPatternsView.h"
#include "ui/panels/runhistory/ModelComparisonView.h"
#include "ui/panels/runhistory/ModelIntervalChart.h"
#include "ui/panels/runhistory/RunChartsView.h"
#include "ui/settings/Theme.h"
#include "ui/widgets/ChartStyle.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/KpiTile.h"
#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>

#include <qcustomplot.h>

#include <cmath>
#include <map>
#include <set>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Digits only: "10,000" and "10000" are the same count in any locale.
qint64 countOf(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits.toLongLong();
}

QString percentInterval(double rate, const runs::Interval& ci)
{
    return QStringLiteral("%1 % (%2–%3)")
        .arg(rate * 100, 0, 'f', 1)
        .arg(ci.low * 100, 0, 'f', 1)
        .arg(ci.high * 100, 0, 'f', 1);
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    jobs::JobRunner m_runner;
    runs::RunFilter m_filter;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        Format::installPluralFallback();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("views.kestrel"));
        test::makeDemo(m_path, 10'000);
        m_filter.from = test::demoEnd() - 30 * kMsPerDay;
        m_filter.to = test::demoEnd();
    }

    void chartsShowPerDayAggregates()
    {
        RunChartsView view;
        QSignalSpy updated(&view, &RunChartsView::updated);
        view.setContext(m_path, &m_runner);
        view.setFilter(m_filter);
        QVERIFY(test::waitFor([&] { return !view.isBusy(); }));
        QVERIFY(updated.count() >= 1);

        workspace::Database db = workspace::Workspace::connect(m_path.toStdString());
        runs::RunAggregates agg(db);
        const auto days = agg.perDay(m_filter);
        QVERIFY(days.size() >= 29);
        QCPBars* completed = view.statusBars(QStringLiteral("completed"));
        QCPBars* failed = view.statusBars(QStringLiteral("failed"));
        QVERIFY(completed && failed);
        QCOMPARE(completed->data()->size(), int(days.size()));
        QCOMPARE(failed->data()->size(), int(days.size()));
        for (size_t i = 0; i < days.size(); ++i) {
            const auto c = completed->data()->at(int(i));
            QCOMPARE(c->key, double(days[i].day) / 1000.0 + 43200.0);
            QCOMPARE(c->value, double(days[i].completed));
            QCOMPARE(failed->data()->at(int(i))->value, double(days[i].failed));
        }
        // Failed bars sit on top of the completed ones.
        QCOMPARE(failed->barBelow(), completed);

        // Durations: p50 and p95 lines.
        QCustomPlot* durations = view.durationPlot();
        QCOMPARE(durations->graphCount(), 2);
        int withP95 = 0;
        for (const auto& d : days) {
            if (d.p95Duration) {
                const auto point = durations->graph(1)->data()->at(withP95++);
                QCOMPARE(point->value, *d.p95Duration);
            }
        }
        QCOMPARE(durations->graph(1)->data()->size(), withP95);

        // Accuracy: one line per model, one point per model-day.
        const auto accuracy = agg.accuracyPerModelDay(m_filter);
        std::map<QString, int> pointsPerModel;
        for (const auto& a : accuracy)
            ++pointsPerModel[QString::fromStdString(a.model)];
        QCustomPlot* acc = view.accuracyPlot();
        QCOMPARE(acc->graphCount(), int(pointsPerModel.size()));
        for (int g = 0; g < acc->graphCount(); ++g)
            QCOMPARE(acc->graph(g)->data()->size(), pointsPerModel[acc->graph(g)->name()]);
        QVERIFY(acc->legend->visible());
        QVERIFY(acc->interactions().testFlag(QCP::iRangeZoom));
        QVERIFY(acc->interactions().testFlag(QCP::iRangeDrag));
    }

    void chartsFollowTheNewestFilter()
    {
        RunChartsView view;
        view.setContext(m_path, &m_runner);
        // A burst of filters: only the last one may end on screen.
        runs::RunFilter wide = m_filter;
        wide.from = test::demoEnd() - 60 * kMsPerDay;
        runs::RunFilter narrow = m_filter;
        narrow.from = test::demoEnd() - 5 * kMsPerDay;
        view.setFilter(wide);
        view.setFilter(m_filter);
        view.setFilter(narrow);
        QVERIFY(test::waitFor([&] { return !view.isBusy(); }));
        m_runner.waitForDone();
        QCoreApplication::processEvents();
        workspace::Database db = workspace::Workspace::connect(m_path.toStdString());
        QCOMPARE(view.statusBars(QStringLiteral("completed"))->data()->size(),
                 int(runs::RunAggregates(db).perDay(narrow).size()));
    }

    void modelComparisonShowsCompareModels()
    {
        ModelComparisonView view;
        view.setContext(m_path, &m_runner);
        view.setFilter(m_filter);
        QVERIFY(test::waitFor([&] { return !view.isBusy(); }));

        workspace::Database db = workspace::Workspace::connect(m_path.toStdString());
        const auto stats = runs::RunAggregates(db).compareModels(m_filter);
        QCOMPARE(stats.size(), size_t(5));
        QAbstractItemModel* model = view.model();
        QCOMPARE(model->rowCount(), int(stats.size()));
        for (const runs::ModelStats& s : stats) {
            int row = -1;
            for (int r = 0; r < model->rowCount(); ++r)
                if (cell(model, r, ModelComparisonView::Model) == QString::fromStdString(s.model))
                    row = r;
            QVERIFY2(row >= 0, s.model.c_str());
            QCOMPARE(countOf(cell(model, row, ModelComparisonView::Runs)), qint64(s.runs));
            QCOMPARE(countOf(cell(model, row, ModelComparisonView::Failed)), qint64(s.failed));
            QCOMPARE(cell(model, row, ModelComparisonView::Rank).toInt(), s.rank);
            QVERIFY(s.successRate && s.successInterval);
            QCOMPARE(cell(model, row, ModelComparisonView::SuccessRate),
                     percentInterval(*s.successRate, *s.successInterval));
            QVERIFY(s.meanAccuracy && s.accuracyInterval);
            QCOMPARE(cell(model, row, ModelComparisonView::Accuracy),
                     percentInterval(*s.meanAccuracy, *s.accuracyInterval));
        }
        // Ranked by default; sortable by any column.
        QCOMPARE(cell(model, 0, ModelComparisonView::Rank), QStringLiteral("1"));
        view.table()->sortByColumn(ModelComparisonView::Runs, Qt::DescendingOrder);
        qint64 most = 0;
        for (const auto& s : stats)
            most = std::max(most, qint64(s.runs));
        QCOMPARE(countOf(cell(model, 0, ModelComparisonView::Runs)), most);
        view.table()->sortByColumn(ModelComparisonView::P95, Qt::AscendingOrder);
        double fastest = 1e300;
        for (const auto& s : stats)
            fastest = std::min(fastest, s.p95Duration.value_or(1e300));
        QCOMPARE(model->index(0, ModelComparisonView::P95).data(Qt::UserRole).toDouble(), fastest);
    }

    // The comparison draws each model's success-rate interval, in rank order,
    // and says in words what the ranking means.
    void modelComparisonChartsTheIntervals()
    {
        ModelComparisonView view;
        view.resize(1280, 720);
        view.show();
        view.setContext(m_path, &m_runner);
        view.setFilter(m_filter);
        QVERIFY(test::waitFor([&] { return !view.isBusy(); }));
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        workspace::Database db = workspace::Workspace::connect(m_path.toStdString());
        auto stats = runs::RunAggregates(db).compareModels(m_filter);
        QCOMPARE(stats.size(), size_t(5));
        std::sort(stats.begin(), stats.end(),
                  [](const auto& a, const auto& b) { return a.rank < b.rank; });

        ModelIntervalChart* chart = view.findChild<ModelIntervalChart*>();
        QVERIFY(chart);
        QVERIFY(chart->isVisible());
        QVERIFY(chart->height() >= 120 && chart->width() >= 260);
        QVERIFY(!ChartStyle::of(chart)->hasMessage());
        int lines = 0;
        for (int i = 0; i < chart->itemCount(); ++i)
            lines += qobject_cast<QCPItemLine*>(chart->item(i)) ? 1 : 0;
        QCOMPARE(lines, int(stats.size()));
        auto* ticker = dynamic_cast<QCPAxisTickerText*>(chart->yAxis->ticker().data());
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().size(), int(stats.size()));
        QVERIFY(chart->yAxis->rangeReversed()); // rank 1 at the top
        for (const runs::ModelStats& s : stats) {
            const QString name = QString::fromStdString(s.model);
            QCPItemLine* line = chart->intervalOf(name);
            QVERIFY2(line, s.model.c_str());
            QVERIFY(s.successInterval && s.successRate);
            // The very numbers of the ranking, not a rounding of them.
            QVERIFY(line->start->coords().x() == s.successInterval->low);
            QVERIFY(line->end->coords().x() == s.successInterval->high);
            const double row = s.rank - 1;
            QCOMPARE(line->start->coords().y(), row);
            QCOMPARE(line->end->coords().y(), row);
            QVERIFY(ticker->ticks().value(row).startsWith(name));
            QVERIFY(ticker->ticks().value(row).contains(QString::number(s.runs)));
            // The rate's dot on the same row, inside the visible range.
            QCPGraph* dot = chart->graph(s.rank - 1);
            QCOMPARE(dot->data()->size(), 1);
            QCOMPARE(dot->data()->at(0)->key, *s.successRate);
            QCOMPARE(dot->data()->at(0)->value, row);
            QVERIFY(chart->xAxis->range().contains(s.successInterval->low));
            QVERIFY(chart->xAxis->range().contains(s.successInterval->high));
            const QString tip = chart->rowToolTip(s.rank - 1);
            QVERIFY2(tip.contains(name) &&
                         tip.contains(Format::percent(s.successInterval->low, 2)) &&
                         tip.contains(Format::percent(s.successInterval->high, 2)),
                     qPrintable(tip));
        }
        QVERIFY(chart->xAxis->label().contains(QStringLiteral("higher is better")));
        QVERIFY(chart->xAxis->label().contains(QStringLiteral("Success rate")));
        QCOMPARE(chart->rowToolTip(int(stats.size())), QString());
        // Hovering the last row's dot shows that row's figures.
        const runs::ModelStats& lastModel = stats.back();
        const QPoint at(int(chart->xAxis->coordToPixel(*lastModel.successRate)),
                        int(chart->yAxis->coordToPixel(lastModel.rank - 1)));
        QHelpEvent hover(QEvent::ToolTip, at, chart->mapToGlobal(at));
        QApplication::sendEvent(chart, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), chart->rowToolTip(lastModel.rank - 1));
        QToolTip::hideText();

        // The explanation names the metric, its direction and the best model,
        // and sorts the others by whether their interval overlaps the best one.
        QLabel* how = view.findChild<QLabel*>(QStringLiteral("rankingExplanation"));
        QVERIFY(how && how->isVisible());
        const QString text = how->text();
        QVERIFY2(text.contains(QStringLiteral("success rate")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("higher is better")), qPrintable(text));
        const runs::ModelStats& best = stats.front();
        QVERIFY2(text.contains(QStringLiteral("Best: %1 at %2")
                                   .arg(QString::fromStdString(best.model),
                                        Format::percent(best.successRate))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("over %1 runs").arg(best.runs)), qPrintable(text));
        for (size_t i = 1; i < stats.size(); ++i) {
            const bool overlap = stats[i].successInterval->high >= best.successInterval->low;
            const QString clause = overlap ? QStringLiteral("overlap the best one")
                                           : QStringLiteral("lie wholly below it");
            const qsizetype at = text.indexOf(QString::fromStdString(stats[i].model));
            QVERIFY2(at >= 0, stats[i].model.c_str());
            QVERIFY2(text.indexOf(clause, at) >= 0, qPrintable(text));
        }

        // The marks read on the light and the dark theme, and the chart sits
        // above the table, not over it.
        for (const QString& name : {QStringLiteral("light"), QStringLiteral("dark")}) {
            applyTheme(name);
            QTest::qWait(50);
            QVERIFY(chart->geometry().bottom() < view.table()->geometry().top());
            const QColor background = chart->palette().color(QPalette::Base);
            for (const runs::ModelStats& s : stats) {
                const QColor ink =
                    chart->intervalOf(QString::fromStdString(s.model))->pen().color();
                QVERIFY2(theme::contrastRatio(ink, background) >= 3.0, qPrintable(name));
                QCOMPARE(chart->graph(s.rank - 1)->scatterStyle().brush().color(), ink);
            }
            QVERIFY(theme::contrastRatio(chart->yAxis->tickLabelColor(), background) >= 4.5);
            if (const QString dir = qEnvironmentVariable("KESTREL_TEST_SHOTS"); !dir.isEmpty())
                view.grab().save(
                    QDir(dir).filePath(QStringLiteral("model-comparison-chart-%1.png").arg(name)));
        }
        applyTheme(QStringLiteral("system"));

        // No runs: the chart says so instead of showing empty axes.
        runs::RunFilter none = m_filter;
        none.to = none.from;
        view.setFilter(none);
        QVERIFY(test::waitFor([&] { return !view.isBusy(); }));
        QTRY_VERIFY(ChartStyle::of(chart)->hasMessage());
        QCOMPARE(chart->intervalOf(QString::fromStdString(best.model)), nullptr);
    }

    // A model whose interval lies wholly below the best one is called clearly
    // worse; one that overlaps it is not.
    void explanationSeparatesOverlapFromClearlyWorse()
    {
        const auto model = [](const char* name, int rank, double rate, double low, double high,
                              std::int64_t runs) {
            runs::ModelStats m;
            m.model = name;
            m.rank = rank;
            m.runs = runs;
            m.successRate = rate;
            m.successInterval = runs::Interval{low, high};
            return m;
        };
        const std::vector<runs::ModelStats> stats{model("slow", 3, 0.70, 0.60, 0.78, 90),
                                                  model("best", 1, 0.95, 0.90, 0.98, 200),
                                                  model("near", 2, 0.92, 0.85, 0.96, 120)};
        const QString text = ModelComparisonView::explainRanking(stats);
        QVERIFY2(text.contains(QStringLiteral("Best: best at 95.0 % (95 % interval 90.0 % to "
                                              "98.0 %) over 200 runs.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The intervals of near overlap the best one")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The intervals of slow lie wholly below it")),
                 qPrintable(text));
        QVERIFY(ModelComparisonView::explainRanking({}).contains(QStringLiteral("success rate")));
        QVERIFY(!ModelComparisonView::explainRanking({}).contains(QStringLiteral("Best:")));

        ModelIntervalChart chart;
        chart.setModels(stats);
        QCOMPARE(chart.models().front().model, std::string("best"));
        QCOMPARE(chart.intervalOf(QStringLiteral("slow"))->start->coords().y(), 2.0);
        QVERIFY(chart.rowToolTip(2).contains(QStringLiteral("clearly worse")));
        QVERIFY(chart.rowToolTip(1).contains(QStringLiteral("not clearly worse")));
        auto* bound = chart.findChild<QCPItemStraightLine*>(QStringLiteral("bestLowerBound"));
        QVERIFY(bound && bound->visible());
        QCOMPARE(bound->point1->coords().x(), 0.90);
    }

    void errorPatternsShowTemplates()
    {
        ErrorPatternsView view;
        view.setContext(m_path, &m_runner);
        view.setFilter(m_filter);
        QVERIFY(test::waitFor([&] { return !view.isBusy(); }));

        workspace::Database db = workspace::Workspace::connect(m_path.toStdString());
        const auto patterns = runs::RunAggregates(db).errorPatterns(m_filter);
        QVERIFY(patterns.size() >= 2);
        QAbstractItemModel* model = view.model();
        QCOMPARE(model->rowCount(), int(patterns.size()));
        std::set<std::pair<QString, qint64>> expected, shown;
        for (const auto& p : patterns)
            expected.emplace(QString::fromStdString(p.templateText), p.count);
        for (int r = 0; r < model->rowCount(); ++r)
            shown.emplace(cell(model, r, ErrorPatternsView::Template),
                          countOf(cell(model, r, ErrorPatternsView::Count)));
        QVERIFY(expected == shown);
        // Most frequent first.
        QCOMPARE(countOf(cell(model, 0, ErrorPatternsView::Count)), qint64(patterns.front().count));
    }

    void choosingAPatternEmitsItsTemplate()
    {
        ErrorPatternsView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setContext(m_path, &m_runner);
        view.setFilter(m_filter);
        QVERIFY(test::waitFor([&] { return !view.isBusy(); }));
        QVERIFY(view.model()->rowCount() >= 2);

        QSignalSpy chosen(&view, &ErrorPatternsView::templateChosen);
        const QModelIndex second = view.model()->index(1, ErrorPatternsView::Count);
        const QString expected = cell(view.model(), 1, ErrorPatternsView::Template);
        QTableView* table = view.table();
        const QPoint centre = table->visualRect(second).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), expected);

        // The button does the same for the selected row.
        QVERIFY(view.showRunsButton()->isEnabled());
        QTest::mouseClick(view.showRunsButton(), Qt::LeftButton);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.at(1).at(0).toString(), expected);
    }

    void overviewTilesShowSummary()
    {
        OverviewPanel panel;
        panel.resize(1280, 720);
        panel.show();
        panel.setTimeframe(QStringLiteral("30d"));
        panel.setReferenceTime(test::demoEnd());
        panel.setContext(m_path, &m_runner);
        QVERIFY(test::waitFor([&] { return !panel.isBusy(); }));

        const runs::RunFilter filter = panel.currentFilter();
        QCOMPARE(*filter.from, test::demoEnd() - 30 * kMsPerDay);
        workspace::Database db = workspace::Workspace::connect(m_path.toStdString());
        runs::RunAggregates agg(db);
        const runs::RunSummary s = agg.summary(filter);
        QVERIFY(s.runs > 1000);
        QVERIFY2(countOf(panel.runsTile()->value()) == qint64(s.runs),
                 qPrintable(panel.runsTile()->value()));
        QCOMPARE(countOf(panel.failuresTile()->value()), qint64(s.failed));
        QCOMPARE(panel.successTile()->value(),
                 QStringLiteral("%1 %").arg(*s.successRate * 100, 0, 'f', 1));

        // Sparklines: one point per day of the trend window, from perDay.
        const runs::RunFilter trend = panel.trendFilter();
        const int days = int((*trend.to - *trend.from) / kMsPerDay);
        QCOMPARE(days, 30);
        QCOMPARE(panel.runsTile()->trend().size(), days);
        for (const runs::DayStats& d : agg.perDay(trend)) {
            const int i = int((d.day - *trend.from) / kMsPerDay);
            QCOMPARE(panel.runsTile()->trend()[i],
                     double(d.completed + d.failed + d.cancelled + d.running));
            QCOMPARE(panel.failuresTile()->trend()[i], double(d.failed));
        }

        // The models table below the tiles covers the same timeframe; the
        // view is tall enough for its chart and every row of its table.
        QCOMPARE(panel.models()->model()->rowCount(), int(agg.compareModels(filter).size()));
        QTest::qWait(50);
        ModelComparisonView* models = panel.models();
        QCOMPARE(models->height(), models->heightForAllRows());
        QVERIFY(models->chart()->isVisible());
        QVERIFY(models->chart()->geometry().bottom() < models->table()->geometry().top());
        QTableView* table = models->table();
        const int last = table->model()->rowCount() - 1;
        QVERIFY(table->visualRect(table->model()->index(last, 0)).bottom() <=
                table->viewport()->height());
        if (const QString dir = qEnvironmentVariable("KESTREL_TEST_SHOTS"); !dir.isEmpty())
            panel.grab().save(QDir(dir).filePath(QStringLiteral("overview.png")));

        // Another timeframe changes the figures.
        panel.setTimeframe(QStringLiteral("7d"));
        QVERIFY(test::waitFor([&] { return !panel.isBusy(); }));
        QCOMPARE(countOf(panel.runsTile()->value()),
                 qint64(agg.summary(panel.currentFilter()).runs));
        QVERIFY(countOf(panel.runsTile()->value()) < s.runs);
    }

    void cleanupTestCase() { m_runner.waitForDone(); }
};

QTEST_MAIN(TestViews)
#include "TestViews.moc"
