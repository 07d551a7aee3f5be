// The Anomaly Review panel driven through its widgets on a demo workspace:
// every count, state and export is checked against AnomalyService on the
// test's own connection for the filter the panel reports.
#include "core/detection/AnomalyService.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/DemoGenerator.h"
#include "core/workspace/Workspace.h"
#include "ui/panels/anomaly/AnomalyChart.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/anomaly/AnomalyReviewPanel.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/anomaly/DetectorEditor.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/KpiTile.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QElapsedTimer>
#include <QTimer>
#include <QTreeWidget>

#include <atomic>
#include <chrono>
#include <thread>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

// Records in a CSV file (quoted fields may span lines), header excluded.
qint64 csvRecords(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray data = file.readAll();
    qint64 records = 0;
    bool quoted = false, content = false;
    for (char c : data) {
        if (c == '"')
            quoted = !quoted;
        if (c == '\n' && !quoted) {
            records += content ? 1 : 0;
            content = false;
        } else if (c != '\r') {
            content = true;
        }
    }
    records += content ? 1 : 0;
    return records - 1;
}

// Ticks exactly `values` as a user would, one click per change.
void checkOnly(MultiSelectButton* button, const QStringList& values)
{
    for (const QString& v : button->checked())
        if (!values.contains(v))
            button->toggle(v);
    for (const QString& v : values)
        if (!button->checked().contains(v))
            button->toggle(v);
}

} // namespace

class TestAnomalyReviewPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    EpochMs m_end = 0;
    std::unique_ptr<workspace::Workspace> m_ws;
    std::unique_ptr<jobs::JobRunner> m_runner;
    std::unique_ptr<AnomalyReviewPanel> m_panel;

    detection::AnomalyService service() { return detection::AnomalyService(m_ws->db()); }

    // The first row whose anomaly is in `state`, or -1.
    int rowInState(const std::string& state, std::int64_t skipId = 0)
    {
        for (int r = 0; r < m_panel->model()->rowCount(); ++r) {
            const auto* a = m_panel->model()->anomalyAt(r);
            if (a && a->state == state && a->id != skipId)
                return r;
        }
        return -1;
    }

    // The note dialog a review button opened (closed ones are deleted later).
    QInputDialog* noteDialog()
    {
        for (auto* d : m_panel->findChildren<QInputDialog*>(QStringLiteral("reviewNoteDialog")))
            if (d->isVisible())
                return d;
        return nullptr;
    }

    // Every query and review of the panel is a background job: wait for them.
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 30000); }

    void selectRowAndWait(int row)
    {
        QSignalSpy chart(m_panel.get(), &AnomalyReviewPanel::chartUpdated);
        m_panel->table()->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(chart.count() > 0 || !m_panel->isBusy(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 30000);
    }

private slots:
    void initTestCase();
    void runDetectionFillsTable();
    void severityFilterChangesCount();
    void sortByHeader();
    void selectingRowShowsDetailAndChart();
    void markerSelectsRow();
    void acknowledgeRecordsUser();
    void resolveNeedsNotes();
    void falsePositiveWithReason();
    void detailFollowsFilterAndWorkspace();
    void exportWritesFilteredRows();
    void overviewTileShowsOpenCounts();
    void editorValidatesAndSaves();
    void screenshot();
    void cancelDetection();
    void reviewWaitsOffTheUiThread();
    void staleReviewShowsTheirChange();
    void cleanupTestCase();
};

void TestAnomalyReviewPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.kestrel"));
    m_ws = workspace::Workspace::create(m_path.toStdString());
    // The demo the pipeline's quality test uses: every planted incident is found on it.
    runs::DemoOptions options;
    options.seed = 42;
    options.runs = 100'000;
    options.end = 1'780'272'000'000; // 2026-06-01T00:00:00Z
    options.priceDays = 30;
    m_end = options.end;
    Feedback fb;
    QCOMPARE(runs::generateDemo(m_ws->db(), options, fb).runs, std::int64_t(100'000));

    m_runner = std::make_unique<jobs::JobRunner>();
    m_runner->setThreadCount(2);
    m_panel = std::make_unique<AnomalyReviewPanel>();
    m_panel->resize(1600, 1000);
    m_panel->setReferenceTime(m_end);
    m_panel->setContext(m_path, m_runner.get());
    settle();
    QVERIFY(m_panel->isEnabled());
    // A new workspace comes with its default detectors, listed on the left.
    QCOMPARE(m_panel->detectorList()->count(), int(service().detectors().size()));
    QVERIFY(m_panel->detectorList()->count() > 0);
    QCOMPARE(m_panel->model()->rowCount(), 0);
}

void TestAnomalyReviewPanel::runDetectionFillsTable()
{
    QSignalSpy finished(m_panel.get(), &AnomalyReviewPanel::detectionFinished);
    QSignalSpy jobAdded(m_runner.get(), &jobs::JobRunner::jobAdded);
    m_panel->runButton()->click();
    QVERIFY(m_panel->isDetecting());
    QCOMPARE(jobAdded.count(), 1);
    QCOMPARE(m_runner->job(jobAdded.at(0).at(0).toInt()).title,
             AnomalyReviewPanel::tr("Run detection"));
    QVERIFY(m_panel->cancelButton()->isVisibleTo(m_panel.get()));
    QVERIFY(finished.wait(300000));
    settle();
    QVERIFY(!m_panel->isDetecting());

    const qint64 expected = service().countAnomalies(m_panel->filter());
    QVERIFY(expected > 0);
    QCOMPARE(qint64(m_panel->model()->rowCount()), expected);
    QCOMPARE(finished.at(0).at(0).toLongLong(),
             expected); // a fresh workspace: every stored anomaly is new
    QVERIFY2(m_panel->statusText().contains(Format::count(expected)) ||
                 m_panel->statusText().contains(QString::number(expected)),
             qPrintable(m_panel->statusText()));
    // The table shows what the service returns, row for row.
    const auto rows = service().anomalies(m_panel->filter());
    QCOMPARE(qint64(rows.size()), expected);
    for (int r = 0; r < int(rows.size()); ++r)
        QCOMPARE(m_panel->model()->index(r, 0).data(AnomalyTableModel::IdRole).toLongLong(),
                 rows[std::size_t(r)].id);
    // The model filter offers the models that have anomalies.
    QCOMPARE(qsizetype(m_panel->modelFilter()->choices().size()),
             qsizetype(service().anomalyModels().size()));
}

void TestAnomalyReviewPanel::severityFilterChangesCount()
{
    const qint64 all = m_panel->model()->rowCount();
    m_panel->severityFilter()->toggle(QStringLiteral("high"));
    settle();
    m_panel->severityFilter()->toggle(QStringLiteral("critical"));
    settle();
    detection::AnomalyFilter f;
    f.severities = {"high", "critical"};
    const qint64 severe = service().countAnomalies(f);
    QCOMPARE(m_panel->filter().severities, f.severities);
    QCOMPARE(qint64(m_panel->model()->rowCount()), severe);
    for (int r = 0; r < m_panel->model()->rowCount(); ++r) {
        const std::string s = m_panel->model()->anomalyAt(r)->severity;
        QVERIFY(s == "high" || s == "critical");
    }
    // Low alone selects the rest of what the severity split leaves.
    checkOnly(m_panel->severityFilter(), {QStringLiteral("low")});
    settle();
    f.severities = {"low"};
    QCOMPARE(qint64(m_panel->model()->rowCount()), service().countAnomalies(f));
    m_panel->severityFilter()->toggle(QStringLiteral("low"));
    settle();
    QCOMPARE(qint64(m_panel->model()->rowCount()), all);
    // Other filters narrow too: the first anomaly's type.
    const QString type = QString::fromStdString(m_panel->model()->anomalyAt(0)->type);
    m_panel->typeFilter()->toggle(type);
    settle();
    f = {};
    f.types = {type.toStdString()};
    QCOMPARE(qint64(m_panel->model()->rowCount()), service().countAnomalies(f));
    m_panel->typeFilter()->toggle(type);
    settle();
    // A time range relative to the demo's end.
    m_panel->timeFilter()->setCurrentIndex(m_panel->timeFilter()->findData(QStringLiteral("7d")));
    settle();
    f = {};
    f.from = m_end - 7 * kMsPerDay;
    f.to = m_end;
    QCOMPARE(qint64(m_panel->model()->rowCount()), service().countAnomalies(f));
    m_panel->timeFilter()->setCurrentIndex(0);
    settle();
    QCOMPARE(qint64(m_panel->model()->rowCount()), all);
}

void TestAnomalyReviewPanel::sortByHeader()
{
    m_panel->table()->sortByColumn(AnomalyTableModel::Score, Qt::DescendingOrder);
    settle();
    QCOMPARE(m_panel->filter().sort, detection::AnomalySortColumn::Score);
    QVERIFY(m_panel->filter().descending);
    for (int r = 1; r < m_panel->model()->rowCount(); ++r)
        QVERIFY(m_panel->model()->anomalyAt(r - 1)->score >= m_panel->model()->anomalyAt(r)->score);
    m_panel->table()->sortByColumn(AnomalyTableModel::Time, Qt::DescendingOrder);
    settle();
    for (int r = 1; r < m_panel->model()->rowCount(); ++r)
        QVERIFY(m_panel->model()->anomalyAt(r - 1)->time >= m_panel->model()->anomalyAt(r)->time);
}

void TestAnomalyReviewPanel::selectingRowShowsDetailAndChart()
{
    selectRowAndWait(0);
    const detection::StoredAnomaly a = *m_panel->model()->anomalyAt(0);
    QCOMPARE(m_panel->selectedId(), a.id);
    QVERIFY(m_panel->detail()->detail());
    QCOMPARE(m_panel->detail()->detail()->anomaly.id, a.id);
    const QString text = m_panel->detail()->text();
    QVERIFY2(text.contains(QString::fromStdString(a.type)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromStdString(a.metric)), qPrintable(text));
    for (const std::string& r : a.recommendations)
        QVERIFY(text.contains(QString::fromStdString(r)));
    QVERIFY(m_panel->chart()->pointCount() > 0);
    QVERIFY(m_panel->chart()->bandPointCount() > 0);
    QVERIFY(m_panel->chart()->hasMarker(a.id));
    QCOMPARE(m_panel->chart()->selectedId(), a.id);
}

void TestAnomalyReviewPanel::markerSelectsRow()
{
    // Find a chart with more than one marker, then click the other one.
    for (int r = 0; r < m_panel->model()->rowCount() && m_panel->chart()->markerCount() < 2; ++r)
        selectRowAndWait(r);
    QVERIFY2(m_panel->chart()->markerCount() >= 1, "no chart with markers");
    const std::int64_t current = m_panel->selectedId();
    std::int64_t other = current;
    for (int r = 0; r < m_panel->model()->rowCount(); ++r) {
        const auto* a = m_panel->model()->anomalyAt(r);
        if (a->id != current && m_panel->chart()->hasMarker(a->id))
            other = a->id;
    }
    m_panel->chart()->clickMarker(other);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 30000);
    QCOMPARE(m_panel->selectedId(), other);
    QCOMPARE(m_panel->table()->currentIndex().row(), m_panel->model()->rowOf(other));
    QCOMPARE(m_panel->chart()->selectedId(), other);
}

void TestAnomalyReviewPanel::acknowledgeRecordsUser()
{
    const int row = rowInState(detection::state::kOpen);
    QVERIFY(row >= 0);
    selectRowAndWait(row);
    const std::int64_t id = m_panel->selectedId();
    QVERIFY(m_panel->detail()->acknowledgeButton()->isEnabled());
    QVERIFY(!m_panel->detail()->reopenButton()->isEnabled());
    QTest::mouseClick(m_panel->detail()->acknowledgeButton(), Qt::LeftButton);
    settle();
    QCOMPARE(service().anomaly(id)->anomaly.state, std::string(detection::state::kAcknowledged));
    // The table and the detail follow.
    QCOMPARE(m_panel->selectedId(), id);
    const int now = m_panel->model()->rowOf(id);
    QCOMPARE(m_panel->model()->index(now, AnomalyTableModel::State).data().toString(),
             QStringLiteral("Acknowledged"));
    QVERIFY(!m_panel->detail()->acknowledgeButton()->isEnabled());
    QVERIFY(m_panel->detail()->resolveButton()->isEnabled());
    const QString user = QString::fromStdString(detection::AnomalyStore::osUser());
    QVERIFY(!user.isEmpty());
    QTreeWidget* events = m_panel->detail()->events();
    QVERIFY(events->topLevelItemCount() >= 1);
    QTreeWidgetItem* last = events->topLevelItem(events->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), user);
    QVERIFY2(last->text(2).contains(QStringLiteral("Acknowledged")), qPrintable(last->text(2)));
    QCOMPARE(service().anomaly(id)->events.back().user, user.toStdString());
}

void TestAnomalyReviewPanel::resolveNeedsNotes()
{
    const std::int64_t id = m_panel->selectedId();
    QTest::mouseClick(m_panel->detail()->resolveButton(), Qt::LeftButton);
    settle();
    QInputDialog* dialog = noteDialog();
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("   "));
    dialog->accept();
    settle();
    QCOMPARE(service().anomaly(id)->anomaly.state, std::string(detection::state::kAcknowledged));
    QVERIFY(m_panel->statusText().contains(QStringLiteral("required")));

    QTest::mouseClick(m_panel->detail()->resolveButton(), Qt::LeftButton);
    settle();
    dialog = noteDialog();
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("Cache warmed after the deploy; latency back to normal."));
    dialog->accept();
    settle();
    const auto after = service().anomaly(id);
    QCOMPARE(after->anomaly.state, std::string(detection::state::kResolved));
    QCOMPARE(after->anomaly.note,
             std::string("Cache warmed after the deploy; latency back to normal."));
    QVERIFY(m_panel->detail()->reopenButton()->isEnabled());
    QVERIFY(m_panel->detail()->text().contains(QStringLiteral("Cache warmed")));
}

void TestAnomalyReviewPanel::falsePositiveWithReason()
{
    QVERIFY(!noteDialog());
    const int row = rowInState(detection::state::kOpen, m_panel->selectedId());
    QVERIFY(row >= 0);
    selectRowAndWait(row);
    const std::int64_t id = m_panel->selectedId();
    QTest::mouseClick(m_panel->detail()->falsePositiveButton(), Qt::LeftButton);
    settle();
    QInputDialog* dialog = noteDialog();
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("Planned load test"));
    dialog->accept();
    settle();
    const auto after = service().anomaly(id);
    QCOMPARE(after->anomaly.state, std::string(detection::state::kFalsePositive));
    QCOMPARE(after->anomaly.note, std::string("Planned load test"));
    QCOMPARE(after->events.back().note, std::string("Planned load test"));
    QCOMPARE(m_panel->model()
                 ->index(m_panel->model()->rowOf(id), AnomalyTableModel::State)
                 .data()
                 .toString(),
             QStringLiteral("False positive"));
    QVERIFY(m_panel->detail()->reopenButton()->isEnabled());
    QVERIFY(!m_panel->detail()->falsePositiveButton()->isEnabled());
}

// The detail shows only what the list shows: a filter that hides the selected
// anomaly clears it, and another workspace starts with nothing selected (no
// old note, audit row, chart or enabled Reopen).
void TestAnomalyReviewPanel::detailFollowsFilterAndWorkspace()
{
    const int row = rowInState(detection::state::kFalsePositive);
    QVERIFY(row >= 0);
    selectRowAndWait(row);
    QVERIFY(m_panel->detail()->detail());
    QVERIFY(m_panel->detail()->reopenButton()->isEnabled());
    checkOnly(m_panel->stateFilter(), {QStringLiteral("open")});
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 30000);
    QVERIFY2(!m_panel->detail()->detail(), "the detail still shows an anomaly the filter hides");
    QVERIFY(!m_panel->detail()->reopenButton()->isEnabled());
    QCOMPARE(m_panel->selectedId(), std::int64_t(0));
    QCOMPARE(m_panel->chart()->pointCount(), 0);
    checkOnly(m_panel->stateFilter(), m_panel->stateFilter()->choices());
    settle();

    selectRowAndWait(rowInState(detection::state::kFalsePositive));
    QVERIFY(m_panel->detail()->reopenButton()->isEnabled());
    const QString other = m_dir.filePath(QStringLiteral("other.kestrel"));
    workspace::Workspace::create(other.toStdString());
    m_panel->setContext(other, m_runner.get());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 30000);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(!m_panel->detail()->detail());
    QVERIFY(!m_panel->detail()->reopenButton()->isEnabled());
    QCOMPARE(m_panel->chart()->pointCount(), 0);
    m_panel->setContext(m_path, m_runner.get());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 30000);
    QVERIFY(m_panel->model()->rowCount() > 0);
}

void TestAnomalyReviewPanel::exportWritesFilteredRows()
{
    checkOnly(m_panel->severityFilter(),
              {QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")});
    settle();
    const qint64 expected = service().countAnomalies(m_panel->filter());
    QCOMPARE(qint64(m_panel->model()->rowCount()), expected);
    const QString path = m_dir.filePath(QStringLiteral("anomalies.csv"));
    QSignalSpy exported(m_panel.get(), &AnomalyReviewPanel::exported);
    m_panel->exportTo(path);
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.at(0).at(0).toLongLong(), expected);
    QCOMPARE(csvRecords(path), expected);
    checkOnly(m_panel->severityFilter(), {});
    settle();
}

void TestAnomalyReviewPanel::overviewTileShowsOpenCounts()
{
    OverviewPanel overview;
    overview.setReferenceTime(m_end);
    QSignalSpy updated(&overview, &OverviewPanel::anomaliesUpdated);
    overview.setContext(m_path, m_runner.get());
    QVERIFY(updated.wait(60000));
    const detection::SeverityCounts c = service().openBySeverity();
    QVERIFY(c.total() > 0);
    QCOMPARE(overview.openAnomalies().critical, c.critical);
    QCOMPARE(overview.openAnomalies().high, c.high);
    QCOMPARE(overview.openAnomalies().medium, c.medium);
    QCOMPARE(overview.openAnomalies().low, c.low);
    QCOMPARE(overview.anomaliesTile()->value(), Format::count(c.total()));
    const QString detail = overview.anomaliesTile()->detail();
    QVERIFY(detail.contains(QStringLiteral("critical %1").arg(Format::count(c.critical))));
    QVERIFY(detail.contains(QStringLiteral("low %1").arg(Format::count(c.low))));
    QTRY_VERIFY_WITH_TIMEOUT(!overview.isBusy(), 60000);
}

void TestAnomalyReviewPanel::editorValidatesAndSaves()
{
    DetectorEditor* editor = m_panel->editor();
    const int before = m_panel->detectorList()->count();
    QTest::mouseClick(editor->newButton(), Qt::LeftButton);
    settle();
    editor->nameEdit()->clear();
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    settle();
    QVERIFY(editor->error().contains(QStringLiteral("Name")));
    editor->nameEdit()->setText(QStringLiteral("CPU watch"));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    settle();
    QVERIFY(editor->error().contains(QStringLiteral("Metrics")));
    editor->metricList()->item(0)->setCheckState(Qt::Checked);
    editor->thresholdBox(1)->setValue(0.4); // medium below low
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    settle();
    QVERIFY(editor->error().contains(QStringLiteral("Severity")));
    editor->thresholdBox(1)->setValue(0.7);
    editor->algorithmBox()->setCurrentIndex(
        editor->algorithmBox()->findData(QStringLiteral("iforest")));
    settle();
    editor->contaminationBox()->setValue(0.01);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    settle();
    QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
    QCOMPARE(m_panel->detectorList()->count(), before + 1);
    std::optional<detection::DetectorConfig> saved;
    for (const auto& c : service().detectors())
        if (c.name == "CPU watch")
            saved = c;
    QVERIFY(saved);
    QCOMPARE(saved->algorithm, std::string("iforest"));
    QCOMPARE(saved->detection["contamination"].get<double>(), 0.01);
    QCOMPARE(m_panel->detectorList()->currentItem()->data(Qt::UserRole).toLongLong(), saved->id);
    // A second detector with the same name is refused by the service, inline.
    QTest::mouseClick(editor->newButton(), Qt::LeftButton);
    settle();
    editor->nameEdit()->setText(QStringLiteral("CPU watch"));
    editor->metricList()->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    settle();
    QVERIFY2(editor->error().contains(QStringLiteral("already exists")),
             qPrintable(editor->error()));
    QCOMPARE(m_panel->detectorList()->count(), before + 1);
    // Delete asks first.
    m_panel->detectorList()->setCurrentRow(m_panel->detectorList()->count() - 1);
    QTest::mouseClick(editor->deleteButton(), Qt::LeftButton);
    settle();
    auto* box = m_panel->findChild<QMessageBox*>(QStringLiteral("deleteDetectorBox"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_panel->detectorList()->count(), before);
    QCOMPARE(int(service().detectors().size()), before);
}

void TestAnomalyReviewPanel::cancelDetection()
{
    QSignalSpy added(m_runner.get(), &jobs::JobRunner::jobAdded);
    QSignalSpy finished(m_panel.get(), &AnomalyReviewPanel::detectionFinished);
    m_panel->runButton()->click();
    QVERIFY(m_panel->isDetecting());
    QCOMPARE(added.count(), 1);
    const int job = added.at(0).at(0).toInt();
    QVERIFY(!m_panel->runButton()->isEnabled());
    QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
    settle();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isDetecting(), 60000);
    QVERIFY(m_runner->job(job).state == jobs::JobState::Cancelled);
    QCOMPARE(finished.count(), 0);
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("cancelled")),
             qPrintable(m_panel->statusText()));
    QVERIFY(m_panel->runButton()->isEnabled());
    QCOMPARE(qint64(m_panel->model()->rowCount()), service().countAnomalies(m_panel->filter()));
}

void TestAnomalyReviewPanel::screenshot()
{
    m_panel->detectorList()->setCurrentRow(0);
    // Detection leaves an edit in progress alone.
    m_panel->editor()->nameEdit()->setText(QStringLiteral("Latency p95, renamed"));
    // A re-run keeps reviewed anomalies and replaces the unreviewed ones.
    QSignalSpy finished(m_panel.get(), &AnomalyReviewPanel::detectionFinished);
    m_panel->runButton()->click();
    QVERIFY(finished.wait(300000));
    settle();
    QCOMPARE(qint64(m_panel->model()->rowCount()), service().countAnomalies(m_panel->filter()));
    // The most severe open anomaly, as a reviewer would open and acknowledge it.
    m_panel->table()->sortByColumn(AnomalyTableModel::Severity, Qt::DescendingOrder);
    settle();
    const int row = rowInState(detection::state::kOpen);
    QVERIFY(row >= 0);
    selectRowAndWait(row);
    QTest::mouseClick(m_panel->detail()->acknowledgeButton(), Qt::LeftButton);
    settle();
    QCOMPARE(m_panel->detail()->events()->topLevelItemCount(), 1);
    QCOMPARE(m_panel->editor()->nameEdit()->text(), QStringLiteral("Latency p95, renamed"));
    m_panel->detectorList()->setCurrentRow(1);
    m_panel->detectorList()->setCurrentRow(0);
    QVERIFY(m_panel->editor()->nameEdit()->text() != QStringLiteral("Latency p95, renamed"));
    m_panel->show();
    QTest::qWait(50);
    const QPixmap shot = m_panel->grab();
    QVERIFY(!shot.isNull());
    const QByteArray dir = qgetenv("KESTREL_SCREENSHOT_DIR");
    const QString path =
        dir.isEmpty()
            ? m_dir.filePath(QStringLiteral("anomaly-review.png"))
            : QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("anomaly-review.png"));
    QVERIFY(shot.save(path));
}

// Another process (an import) holds the write lock for 3 s: the review
// action returns to the event loop at once, the window keeps painting (a
// timer keeps firing), and the review lands when the lock goes.
void TestAnomalyReviewPanel::reviewWaitsOffTheUiThread()
{
    settle();
    const int row = rowInState(detection::state::kOpen);
    QVERIFY(row >= 0);
    selectRowAndWait(row);
    const std::int64_t id = m_panel->selectedId();
    QVERIFY(m_panel->detail()->acknowledgeButton()->isEnabled());

    std::atomic<bool> locked{false};
    std::thread writer([&] {
        workspace::Database other = workspace::Workspace::connect(m_path.toStdString());
        other.exec("BEGIN IMMEDIATE");
        locked = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(3000));
        other.exec("COMMIT");
    });
    QTRY_VERIFY(locked.load());
    int ticks = 0;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start();
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(m_panel->detail()->acknowledgeButton(), Qt::LeftButton);
    const qint64 returned = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(
        service().anomaly(id)->anomaly.state == detection::state::kAcknowledged, 15000);
    const qint64 landed = clock.elapsed();
    const int ticksWhileLocked = ticks;
    writer.join();
    settle();
    qInfo(
        "review call returned after %lld ms, landed after %lld ms, timer fired %d times meanwhile",
        static_cast<long long>(returned), static_cast<long long>(landed), ticksWhileLocked);
    QVERIFY2(returned < 300, qPrintable(QString::number(returned)));
    QVERIFY2(landed >= 2500, qPrintable(QString::number(landed))); // it did wait for the lock
    QVERIFY2(ticksWhileLocked >= 50, qPrintable(QString::number(ticksWhileLocked)));
    QCOMPARE(m_panel->selectedId(), id);
    QCOMPARE(m_panel->statusText(), AnomalyReviewPanel::tr("Acknowledged."));
}

// Someone else acknowledges the anomaly on screen; resolving it from the
// stale view is refused with their name, nothing is written and the detail
// reloads to show their change.
void TestAnomalyReviewPanel::staleReviewShowsTheirChange()
{
    settle();
    const int row = rowInState(detection::state::kOpen);
    QVERIFY(row >= 0);
    selectRowAndWait(row);
    const std::int64_t id = m_panel->selectedId();
    service().acknowledge(id, "taken by someone else");
    QTest::mouseClick(m_panel->detail()->resolveButton(), Qt::LeftButton);
    settle();
    QInputDialog* dialog = noteDialog();
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("resolved from a stale view"));
    dialog->accept();
    settle();
    const QString status = m_panel->statusText();
    QVERIFY2(status.contains(QStringLiteral("Someone else (")) &&
                 status.contains(QStringLiteral("it is now acknowledged")) &&
                 status.contains(QStringLiteral("Reload")),
             qPrintable(status));
    const auto now = service().anomaly(id);
    QCOMPARE(now->anomaly.state, std::string(detection::state::kAcknowledged));
    QCOMPARE(now->events.size(), std::size_t(1));
    QCOMPARE(m_panel->detail()->detail()->anomaly.version, now->anomaly.version);
    QVERIFY(m_panel->detail()->resolveButton()->isEnabled());
}

void TestAnomalyReviewPanel::cleanupTestCase()
{
    m_panel.reset();
    m_runner->cancelAll();
    m_runner->waitForDone();
}

QTEST_MAIN(TestAnomalyReviewPanel)
#include "TestAnomalyReviewPanel.moc"
