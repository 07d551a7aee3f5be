// Desktop conventions of the Run History and Anomaly Review tables, driven by
// real events on real panels over a small workspace: multi-row selection and
// Ctrl+C as TSV with headers, the row and header context menus (copy, filter
// by this value, open detail, column chooser), the export notice with its
// "Open folder" link, the searchable Symbol filter, chart zoom reset and the
// explained model ranking.
#include "../ui_runhistory/LoadedRows.h"
#include "core/detection/AnomalyStore.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/runhistory/ModelComparisonView.h"
#include "ui/panels/runhistory/RunChartsView.h"
#include "ui/panels/runhistory/RunDetailView.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/panels/runhistory/RunTableView.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/widgets/ExportNotice.h"
#include "ui/widgets/TableActions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <qcustomplot.h>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

constexpr EpochMs kEnd = 1'780'272'000'000; // 2026-06-01T00:00:00Z

// The context menu a right-click on `widget` at `pos` opens (a popup).
QMenu* rightClick(QWidget* widget, const QPoint& pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
    QMenu* menu = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())); }, 2000);
    return shown ? menu : nullptr;
}

// KESTREL_TEST_SHOTS=dir saves pictures of what the tests look at, to check by eye.
void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KESTREL_TEST_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QAction* actionNamed(QMenu* menu, const QString& name)
{
    for (QAction* a : menu->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

QPoint cellCenter(QTableView* view, int row, int column)
{
    return view->visualRect(view->model()->index(row, column)).center();
}

} // namespace

// Receives the URLs the "Open folder" links open, instead of a file manager.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened << url; }
};

class TestTableConventions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<jobs::JobRunner> m_runner;
    std::unique_ptr<RunHistoryPanel> m_runs;
    std::unique_ptr<AnomalyReviewPanel> m_anomalies;
    UrlCatcher m_urls;

    void waitRuns()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_runs->model()->isLoading() && !m_runs->isSummaryBusy(), 30000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-table-conventions"));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_urls, "open");
        m_path = m_dir.filePath(QStringLiteral("small.kestrel"));
        {
            auto ws = workspace::Workspace::create(m_path.toStdString());
            runs::RunStore store(ws->db());
            const char* models[] = {"Price Prediction", "Sector Analysis", "BTST Signals"};
            const char* symbols[] = {"AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META"};
            for (int i = 0; i < 60; ++i) {
                runs::RunRecord r;
                r.model = models[i % 3];
                r.symbol = symbols[i % 6];
                r.startedAt = kEnd - EpochMs(i) * 3 * 3'600'000;
                r.status = i % 7 == 0 ? "failed" : "completed";
                r.durationSec = 0.5 + (i % 5) * 0.3;
                r.accuracy = 0.7 + (i % 3) * 0.05 + (i % 10) * 0.001;
                r.dataSource = i % 2 ? "yahoo" : "polygon";
                if (r.status == "failed")
                    r.errorMessage = "Timeout while fetching quotes";
                store.insert(r);
            }
            detection::AnomalyStore anomalies(ws->db());
            const char* severities[] = {"low", "high", "critical", "high"};
            for (int i = 0; i < 4; ++i) {
                detection::StoredAnomaly a;
                a.time = kEnd - EpochMs(i + 1) * 86'400'000;
                a.start = a.time - 3'600'000;
                a.end = a.time + 3'600'000;
                a.model = models[i % 3];
                a.metric = "duration_p95";
                a.type = i % 2 ? "latency_spike" : "performance_degradation";
                a.severity = severities[i];
                a.score = 0.9;
                a.confidence = 0.8;
                a.actual = 2.5;
                a.expected = 0.8;
                a.deviation = 1.7;
                anomalies.insert(a);
            }
        }
        m_runner = std::make_unique<jobs::JobRunner>();
        m_runner->setThreadCount(2);
        m_runs = std::make_unique<RunHistoryPanel>();
        m_runs->resize(1400, 900);
        m_runs->setReferenceTime(kEnd);
        m_runs->show();
        m_runs->setContext(m_path, m_runner.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_runs.get()));
        waitRuns();
        QCOMPARE(m_runs->model()->rowCount(), 60);
    }

    // Click, then Shift+Click selects a range; Ctrl+C copies it with the headers.
    void ctrlCCopiesSelectedRowsAsTsv()
    {
        RunTableView* table = m_runs->table();
        // The rows on screen have arrived (pages are read in jobs).
        kestrel::test::loadedData(*m_runs->model(), 0, RunTableModel::Model);
        QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          cellCenter(table, 0, RunTableModel::Model));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          cellCenter(table, 2, RunTableModel::Model));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
        QApplication::clipboard()->clear();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QStringList header = lines[0].split(QLatin1Char('\t'));
        QCOMPARE(header.size(), int(RunTableModel::ColumnCount));
        QCOMPARE(header[RunTableModel::Model], QStringLiteral("Model"));
        for (int r = 0; r < 3; ++r) {
            const QStringList cells = lines[r + 1].split(QLatin1Char('\t'));
            QCOMPARE(cells.size(), header.size());
            QCOMPARE(
                cells[RunTableModel::Model],
                kestrel::test::loadedData(*m_runs->model(), r, RunTableModel::Model).toString());
            QCOMPARE(
                cells[RunTableModel::Duration],
                kestrel::test::loadedData(*m_runs->model(), r, RunTableModel::Duration).toString());
        }
        // Ctrl+Click adds a row that is not next to the others.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          cellCenter(table, 5, RunTableModel::Model));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 4);
    }

    // Right-click a model cell › Filter by Model = "…": the panel's filter and list follow.
    void rowMenuFiltersByTheValue()
    {
        RunTableView* table = m_runs->table();
        // Row 3 is outside the selection the previous test left (rows 0-2 and 5).
        // Its page is read in a job (a cell says Loading… until it arrives).
        const QString model =
            kestrel::test::loadedData(*m_runs->model(), 3, RunTableModel::Model).toString();
        QMenu* menu = rightClick(table->viewport(), cellCenter(table, 3, RunTableModel::Model));
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("tableRowMenu"));
        shot(menu, QStringLiteral("run-row-menu"));
        shot(m_runs.get(), QStringLiteral("run-history-selection"));
        // The right-clicked row outside the selection became the selection.
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QAction* filter = actionNamed(menu, QStringLiteral("filterByValue"));
        QVERIFY(filter);
        QVERIFY(filter->text().contains(model));
        QVERIFY(actionNamed(menu, QStringLiteral("openDetail")));
        filter->trigger();
        menu->close();
        waitRuns();
        const std::vector<std::string> models = m_runs->filter().models;
        QVERIFY2(models == std::vector<std::string>{model.toStdString()},
                 qPrintable(QStringLiteral("%1 models, first %2 (expected %3)")
                                .arg(models.size())
                                .arg(models.empty() ? QString() : QString::fromStdString(models[0]),
                                     model)));
        QCOMPARE(m_runs->model()->rowCount(), 20);
        for (int r = 0; r < m_runs->model()->rowCount(); ++r)
            QCOMPARE(
                kestrel::test::loadedData(*m_runs->model(), r, RunTableModel::Model).toString(),
                model);

        // The duration column offers no filter.
        menu = rightClick(table->viewport(), cellCenter(table, 0, RunTableModel::Duration));
        QVERIFY(menu);
        QVERIFY(!actionNamed(menu, QStringLiteral("filterByValue")));
        actionNamed(menu, QStringLiteral("openDetail"))->trigger();
        menu->close();
        QTRY_COMPARE(m_runs->detail()->fieldText(QStringLiteral("id")),
                     QString::number(m_runs->table()->selectedRunId()));
        m_runs->setFilter({});
        waitRuns();
    }

    // Right-click the header › untick a column hides it; the copy leaves it out.
    void headerMenuChoosesColumns()
    {
        RunTableView* table = m_runs->table();
        QHeaderView* header = table->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(RunTableModel::Symbol) + 5,
                        header->height() / 2);
        QMenu* menu = rightClick(header, at);
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("tableColumnMenu"));
        QAction* symbol = nullptr;
        for (QAction* a : menu->actions())
            if (a->isCheckable() && a->data().toInt() == RunTableModel::Symbol)
                symbol = a;
        QVERIFY(symbol);
        QVERIFY(symbol->isChecked());
        symbol->trigger();
        menu->close();
        QVERIFY(header->isSectionHidden(RunTableModel::Symbol));
        table->selectRow(0);
        const QString tsv = TableActions::selectedRowsAsTsv(table);
        QVERIFY(!tsv.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Symbol")));
        QCOMPARE(tsv.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t')).size(),
                 int(RunTableModel::ColumnCount) - 1);
        header->setSectionHidden(RunTableModel::Symbol, false);
    }

    // The export says where it wrote, with an "Open folder" link that opens the folder.
    void exportConfirmsWithPathAndFolderLink()
    {
        const QString path = m_dir.filePath(QStringLiteral("out/runs.csv"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSignalSpy done(m_runs.get(), &RunHistoryPanel::exportFinished);
        m_runs->exportTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        auto* status = m_runs->findChild<QLabel*>(QStringLiteral("runHistoryStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("Open folder")));
        shot(m_runs.get(), QStringLiteral("export-notice"));
        QVERIFY(status->isEnabled());
        QVERIFY(status->textInteractionFlags() & Qt::LinksAccessibleByMouse);
        m_urls.opened.clear();
        emit status->linkActivated(ExportNotice::folderLink(path));
        QCOMPARE(m_urls.opened.size(), 1);
        QCOMPARE(m_urls.opened[0].toLocalFile(), QFileInfo(path).absolutePath());
    }

    // Typing part of a symbol lists the matching ones; picking one filters the runs.
    void symbolFilterIsSearchable()
    {
        auto* symbol = m_runs->findChild<QComboBox*>(QStringLiteral("symbol"));
        QVERIFY(symbol);
        QVERIFY(symbol->isEditable());
        symbol->lineEdit()->setFocus();
        symbol->lineEdit()->selectAll();
        QTest::keyClicks(symbol->lineEdit(), QStringLiteral("vd"));
        QCompleter* completer = symbol->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("NVDA"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        waitRuns();
        QCOMPARE(m_runs->filter().symbols, std::vector<std::string>{"NVDA"});
        QCOMPARE(m_runs->model()->rowCount(), 10);
        m_runs->setFilter({});
        waitRuns();
    }

    // Zoom a chart with the wheel; a double-click, or "Reset zoom", shows all again.
    void chartsResetZoom()
    {
        auto* tabs = m_runs->findChild<QTabWidget*>();
        auto* charts = m_runs->findChild<RunChartsView*>();
        QVERIFY(tabs && charts);
        tabs->setCurrentWidget(charts);
        QTRY_VERIFY_WITH_TIMEOUT(charts->runsPlot()->plottableCount() > 0 &&
                                     charts->runsPlot()->xAxis->range().size() > 0,
                                 30000);
        waitRuns();
        QTest::qWait(200);
        QCustomPlot* plot = charts->durationPlot();
        const QCPRange full = plot->xAxis->range();
        plot->xAxis->setRange(full.lower + full.size() * 0.4, full.upper - full.size() * 0.4);
        plot->replot();
        QVERIFY(plot->xAxis->range().size() < full.size() * 0.5);
        QTest::mouseDClick(plot, Qt::LeftButton, {}, plot->rect().center());
        QCOMPARE(plot->xAxis->range().lower, full.lower);
        QCOMPARE(plot->xAxis->range().upper, full.upper);
        // The three charts share the axis: the others followed.
        QCOMPARE(charts->runsPlot()->xAxis->range().upper, full.upper);

        plot->xAxis->setRange(full.lower, full.lower + full.size() * 0.1);
        QAction* reset = nullptr;
        for (QAction* a : plot->actions())
            if (a->objectName() == QLatin1String("resetZoom"))
                reset = a;
        QVERIFY(reset);
        QCOMPARE(plot->contextMenuPolicy(), Qt::ActionsContextMenu);
        reset->trigger();
        QCOMPARE(plot->xAxis->range().upper, full.upper);
    }

    // The model comparison says how it ranks, and why each model is where it is.
    void modelComparisonExplainsRanking()
    {
        auto* tabs = m_runs->findChild<QTabWidget*>();
        auto* comparison = m_runs->findChild<ModelComparisonView*>();
        QVERIFY(tabs && comparison);
        tabs->setCurrentWidget(comparison);
        auto* how = comparison->findChild<QLabel*>(QStringLiteral("rankingExplanation"));
        QVERIFY(how);
        QVERIFY(how->isVisible());
        shot(m_runs.get(), QStringLiteral("model-comparison"));
        QVERIFY(how->text().contains(QStringLiteral("success rate")));
        auto* table = comparison->findChild<QTableView*>();
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 30000);
        const QString first = table->model()->index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(first.startsWith(QStringLiteral("Above ")) ||
                     first.startsWith(QStringLiteral("Same ")),
                 qPrintable(first));
        const QString last = table->model()->index(2, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(last.contains(QStringLiteral("last")), qPrintable(last));
    }

    // The anomaly table: several rows, Ctrl+C, filter by severity from the row menu.
    void anomalyTableHasTheSameConventions()
    {
        m_anomalies = std::make_unique<AnomalyReviewPanel>();
        m_anomalies->resize(1500, 900);
        m_anomalies->setReferenceTime(kEnd);
        m_anomalies->show();
        m_anomalies->setContext(m_path, m_runner.get());
        QTRY_VERIFY_WITH_TIMEOUT(!m_anomalies->isBusy(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_anomalies->model()->rowCount(), 4, 30000);
        QTableView* table = m_anomalies->table();
        QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
        table->selectAll();
        QApplication::clipboard()->clear();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].contains(QStringLiteral("Severity")));
        QVERIFY(lines[1].contains(QStringLiteral("ms")) || lines[1].contains(QStringLiteral(" s")));

        int highRow = -1;
        for (int r = 0; r < 4; ++r)
            if (m_anomalies->model()->anomalyAt(r)->severity == "high")
                highRow = r;
        QVERIFY(highRow >= 0);
        QMenu* menu =
            rightClick(table->viewport(), cellCenter(table, highRow, AnomalyTableModel::Severity));
        QVERIFY(menu);
        QAction* filter = actionNamed(menu, QStringLiteral("filterByValue"));
        QVERIFY(filter);
        QVERIFY2(filter->text().contains(QStringLiteral("High")), qPrintable(filter->text()));
        filter->trigger();
        menu->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_anomalies->isBusy(), 30000);
        QCOMPARE(m_anomalies->filter().severities, std::vector<std::string>{"high"});
        QTRY_COMPARE_WITH_TIMEOUT(m_anomalies->model()->rowCount(), 2, 30000);
        QCOMPARE(m_anomalies->severityFilter()->checked(), QStringList{QStringLiteral("high")});
    }

    // Resolve with an empty note: the dialog stays open and says why; a note then resolves.
    void resolveWithEmptyNoteKeepsTheDialog()
    {
        QTableView* table = m_anomalies->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          cellCenter(table, 0, AnomalyTableModel::Model));
        QTRY_VERIFY_WITH_TIMEOUT(!m_anomalies->isBusy(), 30000);
        const std::int64_t id = m_anomalies->selectedId();
        QVERIFY(id > 0);
        QPushButton* resolve = m_anomalies->detail()->resolveButton();
        QTRY_VERIFY(resolve->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_anomalies->findChild<QInputDialog*>(QStringLiteral("reviewNoteDialog"))) &&
            dialog->isVisible());
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->labelText().contains(QStringLiteral("required")),
                 qPrintable(dialog->labelText()));
        shot(dialog, QStringLiteral("note-required"));
        auto* note = dialog->findChild<QPlainTextEdit*>();
        QVERIFY(note);
        QTest::keyClicks(note, QStringLiteral("Cache warmed; back to normal."));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_anomalies->isBusy(), 30000);
        QTRY_VERIFY(!m_anomalies->findChild<QInputDialog*>(QStringLiteral("reviewNoteDialog")) ||
                    !m_anomalies->findChild<QInputDialog*>(QStringLiteral("reviewNoteDialog"))
                         ->isVisible());
        auto ws = workspace::Workspace::open(m_path.toStdString());
        QCOMPARE(detection::AnomalyStore(ws->db()).get(id)->state, std::string("resolved"));
    }

    void cleanupTestCase()
    {
        m_anomalies.reset();
        m_runs.reset();
        m_runner.reset();
    }
};

QTEST_MAIN(TestTableConventions)
#include "TestTableConventions.moc"
