// Desktop conventions outside the tables, on real widgets with real events:
// keyboard shortcuts and Help › Keyboard shortcuts, the Jobs dock (resizable,
// Cancel only on live work), Settings › Prices (readable header, numbers
// right-aligned), "Remove saved key" only when a key is saved, and the AI
// request preview that wraps.
#include "common/TestSupport.h"
#include "core/detection/AnomalyStore.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/DemoGenerator.h"
#include "core/secrets/SecretStore.h"
#include "core/workspace/Workspace.h"
#include "ui/JobsDock.h"
#include "ui/MainWindow.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/panels/ai/AiAnalysisPanel.h"
#include "ui/settings/ApiKeyField.h"
#include "ui/settings/PricesPage.h"
#include "ui/widgets/ShortcutsDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTableView>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace kestrel;
using namespace kestrel::ui;

class TestDesktopConventions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    detection::StoredAnomaly m_anomaly;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-desktop-conventions"));
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("demo.kestrel"));
        auto ws = workspace::Workspace::create(m_path.toStdString());
        runs::DemoOptions options;
        options.seed = 3;
        options.runs = 800;
        options.end = 1'780'272'000'000;
        options.priceDays = 10;
        Feedback feedback;
        runs::generateDemo(ws->db(), options, feedback);
        detection::StoredAnomaly a;
        a.time = options.end - 2 * 86'400'000;
        // A window of three days, so the demo's runs of the model fall in it.
        a.start = a.time - 3 * 86'400'000;
        a.end = a.time;
        a.model = "Stock Price Prediction";
        a.metric = "duration_p95";
        a.type = "latency_spike";
        a.severity = "high";
        a.actual = 3.2;
        a.expected = 0.9;
        detection::AnomalyStore(ws->db()).insert(a);
        m_anomaly = a;
    }

    // An anomaly's row menu › Show runs: Run History in front with its model and window.
    void anomalyShowRunsOpensRunHistory()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.openWorkspace(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        auto* anomalies = w.findChild<AnomalyReviewPanel*>();
        auto* history = w.findChild<RunHistoryPanel*>();
        QVERIFY(anomalies && history);
        w.panels()->setCurrentWidget(anomalies);
        QTRY_COMPARE_WITH_TIMEOUT(anomalies->model()->rowCount(), 1, 30000);
        QTableView* table = anomalies->table();
        const QPoint at = table->visualRect(table->model()->index(0, 1)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &event);
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())));
        QAction* show = nullptr;
        for (QAction* a : menu->actions())
            if (a->objectName() == QLatin1String("showRuns"))
                show = a;
        QVERIFY(show);
        show->trigger();
        menu->close();
        QCOMPARE(w.panels()->currentWidget(), static_cast<QWidget*>(history));
        const runs::RunFilter f = history->filter();
        QCOMPARE(f.models, std::vector<std::string>{m_anomaly.model});
        QVERIFY(f.from && f.to);
        // The filter bar shows minutes: the window is kept to the minute.
        QVERIFY(std::abs(*f.from - m_anomaly.start) < 60'000);
        QVERIFY(std::abs(*f.to - m_anomaly.end) < 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!history->model()->isLoading(), 30000);
        QVERIFY(history->model()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
    }

    // Every shortcut of the issue is in Help › Keyboard shortcuts, and works.
    void shortcutsAreListedAndWork()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.openWorkspace(m_path));
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);

        auto* help = w.findChild<QAction*>(QStringLiteral("shortcutsAction"));
        QVERIFY(help);
        help->trigger();
        ShortcutsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ShortcutsDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->shortcutOf(QStringLiteral("Find")), QStringLiteral("Ctrl+F"));
        if (const QString dir = qEnvironmentVariable("KESTREL_TEST_SHOTS"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/shortcuts.png"));
        QVERIFY(dialog->shortcutOf(QStringLiteral("Refresh")).contains(QStringLiteral("F5")));
        QVERIFY(dialog->shortcutOf(QStringLiteral("Settings")).contains(QStringLiteral("Ctrl+,")));
        QCOMPARE(dialog->shortcutOf(QStringLiteral("Export runs")), QStringLiteral("Ctrl+E"));
        for (int i = 0; i < w.panels()->count() && i < 9; ++i)
            QCOMPARE(dialog->shortcutOf(w.panels()->tabText(i)),
                     QStringLiteral("Ctrl+%1").arg(i + 1));
        QVERIFY(
            !dialog->shortcutOf(QStringLiteral("Copy the selected rows (with headers)")).isEmpty());
        dialog->close();
        QTRY_VERIFY(QApplication::activeWindow() == &w);

        // Ctrl+2 brings the second panel to the front, Ctrl+1 the first.
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.panels()->currentIndex(), 1);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.panels()->currentIndex(), 0);

        // Ctrl+F on Run History puts the cursor in its search field.
        for (int i = 0; i < w.panels()->count(); ++i)
            if (w.panels()->widget(i)->findChild<QLineEdit*>(QStringLiteral("search")))
                w.panels()->setCurrentIndex(i);
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("search"));

        // F5 refreshes.
        auto* refresh = w.findChild<QAction*>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QSignalSpy refreshed(refresh, &QAction::triggered);
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(refreshed.count(), 1);
        // Ctrl+, opens the settings.
        auto* settings = w.findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        QSignalSpy opened(settings, &QAction::triggered);
        QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(opened.count(), 1);
        for (QDialog* d : w.findChildren<QDialog*>())
            d->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
    }

    // Finished jobs show no Cancel button; the dock is resized by its handle or floats.
    void jobsDockShowsCancelOnlyOnLiveWork()
    {
        QMainWindow window;
        jobs::JobRunner runner;
        window.setCentralWidget(new QWidget(&window));
        auto* dock = new JobsDock(&runner, &window);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(dock->features() & QDockWidget::DockWidgetFloatable);
        window.resizeDocks({dock}, {220}, Qt::Vertical);
        QTRY_VERIFY2(std::abs(dock->height() - 220) < 30,
                     qPrintable(QString::number(dock->height())));
        window.resizeDocks({dock}, {450}, Qt::Vertical);
        QTRY_VERIFY2(std::abs(dock->height() - 450) < 30,
                     qPrintable(QString::number(dock->height())));

        std::atomic<bool> release{false};
        runner.submit("Import runs.csv", [&release](jobs::JobContext& ctx) {
            while (!release && !ctx.isCancelled())
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            ctx.setMessage("1,000 runs imported");
            return QVariant();
        });
        runner.submit("Quick export", [](jobs::JobContext& ctx) {
            ctx.setMessage("42 runs written");
            return QVariant();
        });
        auto* table = dock->findChild<QTableWidget*>();
        QVERIFY(table);
        const int cancelColumn = table->columnCount() - 1;
        auto rowOf = [&](const QString& title) {
            for (int r = 0; r < dock->rowCount(); ++r)
                if (dock->cellText(r, QStringLiteral("Job")) == title)
                    return r;
            return -1;
        };
        QTRY_VERIFY(rowOf(QStringLiteral("Quick export")) >= 0 &&
                    dock->cellText(rowOf(QStringLiteral("Quick export")),
                                   QStringLiteral("Message")) == QStringLiteral("42 runs written"));
        QTRY_VERIFY(
            !table->cellWidget(rowOf(QStringLiteral("Quick export")), cancelColumn)->isVisible());
        QWidget* liveCancel =
            table->cellWidget(rowOf(QStringLiteral("Import runs.csv")), cancelColumn);
        QVERIFY(liveCancel->isVisible());
        release = true;
        QVERIFY(runner.waitForDone(10000));
        QTRY_VERIFY(!table->cellWidget(rowOf(QStringLiteral("Import runs.csv")), cancelColumn)
                         ->isVisible());
        QVERIFY(
            !dock->cellText(rowOf(QStringLiteral("Import runs.csv")), QStringLiteral("Duration"))
                 .isEmpty());
    }

    // Prices: two-line headers that fit, prices right-aligned (also in a new row).
    void pricesPageIsReadable()
    {
        auto ws = workspace::Workspace::open(m_path.toStdString());
        jobs::JobRunner runner;
        PricesPage page(ai::SettingsService(m_path.toStdString()), &runner);
        page.showStored(ai::PriceTable::load(ws->db()));
        page.resize(700, 400);
        static_cast<QWidget&>(page).show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("prices"));
        QVERIFY(table);
        QHeaderView* header = table->horizontalHeader();
        const QFontMetrics fm(header->font());
        for (int c = 2; c < 4; ++c) {
            const QString text = table->horizontalHeaderItem(c)->text();
            QVERIFY(text.contains(QLatin1Char('\n')));
            for (const QString& line : text.split(QLatin1Char('\n')))
                QVERIFY2(header->sectionSize(c) >= fm.horizontalAdvance(line), qPrintable(line));
            QVERIFY(header->height() >= 2 * fm.height());
        }
        QVERIFY(table->rowCount() > 0);
        if (const QString dir = qEnvironmentVariable("KESTREL_TEST_SHOTS"); !dir.isEmpty())
            page.grab().save(dir + QStringLiteral("/prices.png"));
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 2; c < 4; ++c)
                QCOMPARE(Qt::Alignment(table->item(r, c)->textAlignment()) &
                             Qt::AlignHorizontal_Mask,
                         Qt::AlignRight);
        QPushButton* add = nullptr;
        for (QPushButton* b : page.findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Add row"))
                add = b;
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        const int last = table->rowCount() - 1;
        QCOMPARE(Qt::Alignment(table->item(last, 2)->textAlignment()) & Qt::AlignHorizontal_Mask,
                 Qt::AlignRight);
    }

    // "Remove saved key" is off while no key is saved, on once one is.
    void removeKeyOnlyWhenSaved()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        jobs::JobRunner runner;
        auto store = std::make_shared<secrets::SecretStore>(secrets::SecretStoreOptions{
            .filePath = m_dir.filePath(QStringLiteral("keys.json")),
            .useKeychain = false,
            .passphrase = [](const secrets::PassphraseRequest&) -> std::optional<std::string> {
                return std::string("desktop test passphrase");
            }});
        ApiKeyField field("anthropic", store, &runner);
        field.show();
        auto* remove = field.findChild<QPushButton*>(QStringLiteral("anthropicRemoveKey"));
        auto* edit = field.findChild<QLineEdit*>(QStringLiteral("anthropicKey"));
        QVERIFY(remove && edit);
        QTRY_VERIFY(!field.isBusy());
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("sk-ant-test-0123456789"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!field.isBusy() && edit->text().isEmpty(), 10000);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!field.isBusy(), 10000);
        QVERIFY(!remove->isEnabled());
    }

    // The request preview wraps long lines at the pane's width.
    void requestPreviewWraps()
    {
        AiAnalysisPanel panel;
        panel.resize(900, 700);
        panel.show();
        QPlainTextEdit* view = panel.requestView();
        QVERIFY(view);
        QCOMPARE(view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        // The preview's tab in front, a long line in it: it takes several lines, no scroll bar.
        for (QWidget* w = view; w; w = w->parentWidget())
            if (auto* tabs = qobject_cast<QTabWidget*>(
                    w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
                tabs->setCurrentWidget(w);
        view->setPlainText(QString(2000, QLatin1Char('x')));
        QTRY_VERIFY(view->isVisible() && view->width() > 100);
        QVERIFY2(view->document()->firstBlock().layout()->lineCount() > 3,
                 qPrintable(QString::number(view->document()->firstBlock().layout()->lineCount())));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(TestDesktopConventions)
#include "TestDesktopConventions.moc"
