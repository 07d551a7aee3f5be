#include "ui/panels/anomaly/AnomalyReviewPanel.h"

#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "ui/panels/anomaly/AnomalyChart.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/anomaly/AnomalyStyle.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/anomaly/DetectorEditor.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/widgets/ExportNotice.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/LatestJob.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

// The chart shows this much of the metric around the anomaly's window.
constexpr EpochMs kChartBefore = 5 * kMsPerDay;
constexpr EpochMs kChartAfter = 2 * kMsPerDay;

struct ChartData
{
    std::int64_t id = 0;
    detection::ScoredSeries series;
    std::vector<detection::StoredAnomaly> markers;
};

} // namespace

// Selection, detail and chart, the review actions and the CSV export.

void AnomalyReviewPanel::showAnomaly(std::int64_t id)
{
    m_wantedId = id;
    callService<std::optional<detection::AnomalyService::AnomalyDetail>>(
        tr("Read anomaly"), [id](detection::AnomalyService& s) { return s.anomaly(id); },
        [this, id](const std::optional<detection::AnomalyService::AnomalyDetail>& detail,
                   const QString& error) {
            if (id != m_wantedId)
                return; // another anomaly was asked for since
            m_wantedId = 0;
            if (!error.isEmpty())
                setStatus(error, true);
            displayAnomaly(id, detail);
        });
}

void AnomalyReviewPanel::displayAnomaly(
    std::int64_t id, const std::optional<detection::AnomalyService::AnomalyDetail>& detail)
{
    const bool sameSeries = m_detail->detail() && detail &&
                            m_detail->detail()->anomaly.model == detail->anomaly.model &&
                            m_detail->detail()->anomaly.metric == detail->anomaly.metric &&
                            m_chart->pointCount() > 0 && !m_chartJob->isBusy();
    m_selectedId = detail ? id : 0;
    m_detail->setDetail(detail);

    const int row = detail ? m_model->rowOf(id) : -1;
    {
        const QSignalBlocker block(m_table->selectionModel());
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        } else {
            m_table->clearSelection();
        }
    }
    m_table->viewport()->update();
    if (!detail) {
        m_chart->clear();
        return;
    }
    // Another anomaly of the series on screen only moves the highlight.
    if (sameSeries && m_chart->hasMarker(id)) {
        m_chart->setSelectedId(id);
        emit chartUpdated();
        return;
    }
    loadChart(detail->anomaly);
}

void AnomalyReviewPanel::clearSelectedAnomaly()
{
    m_selectedId = 0;
    m_detail->setDetail(std::nullopt);
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->clearSelection();
    }
    m_chart->clear();
}

void AnomalyReviewPanel::loadChart(const detection::StoredAnomaly& anomaly)
{
    const std::string path = m_path.toStdString();
    const std::int64_t id = anomaly.id;
    const std::string model = anomaly.model, metric = anomaly.metric;
    const EpochMs from = anomaly.start - kChartBefore, to = anomaly.end + kChartAfter;
    m_chartJob->run<ChartData>(
        tr("Anomaly series"),
        [path, id, model, metric, from, to](jobs::JobContext& ctx) {
            detection::AnomalyService service(path);
            Feedback feedback = ctx.feedback();
            ChartData data;
            data.id = id;
            data.series = service.seriesAround(id, kChartBefore, kChartAfter, feedback);
            data.markers = service.markers(model, metric, from, to);
            return data;
        },
        [this](const ChartData& data) {
            m_chart->setData(data.series, data.markers, m_selectedId ? m_selectedId : data.id);
            emit chartUpdated();
        });
}

namespace {

// A note dialog that stays open on an empty required note and says why in
// the dialog itself, where the user is looking.
class NoteDialog : public QInputDialog
{
public:
    NoteDialog(QWidget* parent, QString label, std::function<void()> refused)
        : QInputDialog(parent), m_label(std::move(label)), m_refused(std::move(refused))
    {
        setLabelText(m_label);
    }
    bool required = false;

    void done(int result) override
    {
        if (result == QDialog::Accepted && required && textValue().trimmed().isEmpty()) {
            setLabelText(m_label + QStringLiteral("\n\n") +
                         AnomalyReviewPanel::tr("A note is required: write what was found "
                                                "or why this is not a problem."));
            m_refused();
            return;
        }
        QInputDialog::done(result);
    }

private:
    QString m_label;
    std::function<void()> m_refused;
};

} // namespace

void AnomalyReviewPanel::askNote(const QString& title, const QString& label, bool required,
                                 std::function<void(const QString&)> then)
{
    // One note at a time: a dialog still open (an empty note was refused) comes back to the front.
    for (auto* open : findChildren<QInputDialog*>(QStringLiteral("reviewNoteDialog")))
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    // Window-modal but not blocking: background jobs and the event loop go on.
    auto* dialog = new NoteDialog(
        this, label, [this] { setStatus(tr("Nothing changed: a note is required."), true); });
    dialog->required = required;
    dialog->setObjectName(QStringLiteral("reviewNoteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [then](const QString& text) { then(text.trimmed()); });
    dialog->open();
}

void AnomalyReviewPanel::review(
    const std::function<void(detection::AnomalyService&, std::int64_t)>& action,
    const QString& done)
{
    const std::int64_t id = m_selectedId;
    if (!id)
        return;
    // The review may wait behind another process's write (an import): the
    // window stays responsive and the buttons stay off until it lands.
    // The action is on the version on screen: when someone else has changed
    // the anomaly since, it fails with their change named, and the reload
    // below shows it.
    std::optional<std::int64_t> seen;
    if (m_detail->detail() && m_detail->detail()->anomaly.id == id)
        seen = m_detail->detail()->anomaly.version;
    m_detail->setEnabled(false);
    setStatus(tr("Saving the review…"));
    callService<bool>(
        tr("Review anomaly"),
        [action, id, seen](detection::AnomalyService& s) {
            if (seen)
                s.expectVersion(id, *seen);
            action(s, id);
            return true;
        },
        [this, id, done](const bool&, const QString& error) {
            m_detail->setEnabled(true);
            setStatus(error.isEmpty() ? done : error, !error.isEmpty());
            m_model->refresh();
            m_selectedId = 0; // show it again, reselecting its row when the filter still has it
            showAnomaly(id);
            emit anomaliesChanged();
        });
}

void AnomalyReviewPanel::exportTo(const QString& path)
{
    if (!m_runner || m_path.isEmpty() || m_exportJob)
        return;
    m_export->setEnabled(false);
    setStatus(tr("Exporting anomalies…"));
    const std::string workspacePath = m_path.toStdString();
    const detection::AnomalyFilter f = filter();
    QPointer<AnomalyReviewPanel> self(this);
    m_exportJob = m_runner->submit(
        tr("Export anomalies"),
        [workspacePath, f, file = path.toStdString()](jobs::JobContext&) {
            detection::AnomalyService service(workspacePath);
            return QVariant(qint64(service.exportCsv(f, file)));
        },
        [self, path](const QVariant& result, const QString& error) {
            if (!self)
                return;
            self->m_exportJob = 0;
            self->m_export->setEnabled(true);
            if (!error.isEmpty()) {
                self->setStatus(tr("Export failed: %1").arg(error), true);
                return;
            }
            const qint64 rows = result.toLongLong();
            self->setStatus(ExportNotice::text(
                tr("Exported %1 to %2.")
                    .arg(tr("%n anomaly(ies)", nullptr, int(rows)), QDir::toNativeSeparators(path)),
                path));
            emit self->exported(rows, path);
        });
}

void AnomalyReviewPanel::chooseExportFile()
{
    if (m_path.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export anomalies"),
        QDir(QFileInfo(m_path).absolutePath()).filePath(QStringLiteral("anomalies.csv")),
        tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace kestrel::ui
