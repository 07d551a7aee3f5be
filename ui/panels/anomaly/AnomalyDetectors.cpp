#include "ui/panels/anomaly/AnomalyReviewPanel.h"

#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "ui/panels/anomaly/AnomalyChart.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/anomaly/AnomalyStyle.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/panels/anomaly/DetectorEditor.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
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

QString detectorLine(const detection::DetectorConfig& c)
{
    QStringList metrics;
    for (const std::string& m : c.metrics)
        metrics << AnomalyStyle::metricLabel(QString::fromStdString(m));
    return AnomalyReviewPanel::tr("%1 · %2").arg(
        AnomalyStyle::algorithmLabel(QString::fromStdString(c.algorithm)),
        metrics.join(QStringLiteral(", ")));
}

} // namespace

// The detector list and editor, and detection runs.

QWidget* AnomalyReviewPanel::buildLeft()
{
    auto* left = new QWidget(this);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(headingLabel(tr("Detectors"), left));
    m_detectorList = new QListWidget(left);
    m_detectorList->setObjectName(QStringLiteral("detectorList"));
    m_detectorList->setAlternatingRowColors(true);
    m_detectorList->setMinimumHeight(140);
    layout->addWidget(m_detectorList, 1);
    layout->addWidget(headingLabel(tr("Configuration"), left));
    m_editor = new DetectorEditor(left);
    auto* scroll = new QScrollArea(left);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 3);
    left->setMinimumWidth(280);

    connect(m_detectorList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        const std::int64_t id = item->data(Qt::UserRole).toLongLong();
        for (const detection::DetectorConfig& c : m_detectorConfigs)
            if (c.id == id)
                m_editor->setConfig(c);
    });
    connect(m_editor, &DetectorEditor::saveRequested, this, &AnomalyReviewPanel::saveDetector);
    connect(m_editor, &DetectorEditor::deleteRequested, this, &AnomalyReviewPanel::deleteDetector);
    connect(m_editor, &DetectorEditor::newRequested, this, [this] {
        m_detectorList->setCurrentItem(nullptr);
        detection::DetectorConfig fresh;
        fresh.name = tr("New detector").toStdString();
        m_editor->setConfig(fresh);
        m_editor->nameEdit()->setFocus();
        m_editor->nameEdit()->selectAll();
    });
    return left;
}

void AnomalyReviewPanel::loadDetectors(std::int64_t select)
{
    callService<std::vector<detection::DetectorConfig>>(
        tr("Read detectors"), [](detection::AnomalyService& s) { return s.detectors(); },
        [this, select](const std::vector<detection::DetectorConfig>& detectors,
                       const QString& error) {
            if (!error.isEmpty())
                setStatus(error, true);
            else
                showDetectors(detectors, select);
        });
}

void AnomalyReviewPanel::showDetectors(std::vector<detection::DetectorConfig> detectors,
                                       std::int64_t select)
{
    m_detectorConfigs = std::move(detectors);
    const std::vector<detection::DetectorConfig>& list = m_detectorConfigs;
    const QSignalBlocker blockList(m_detectorList);
    m_detectorList->clear();
    QListWidgetItem* selected = nullptr;
    for (const detection::DetectorConfig& c : list) {
        auto* item = new QListWidgetItem(QString::fromStdString(c.name), m_detectorList);
        item->setData(Qt::UserRole, qint64(c.id));
        item->setToolTip(detectorLine(c));
        if (!c.enabled) {
            item->setForeground(QColor(0x9e, 0x9e, 0x9e));
            item->setText(tr("%1 (disabled)").arg(QString::fromStdString(c.name)));
        }
        if (c.id == select || (!select && !selected))
            selected = item;
    }
    if (selected) {
        m_detectorList->setCurrentItem(selected);
        for (const detection::DetectorConfig& c : list)
            if (c.id == selected->data(Qt::UserRole).toLongLong())
                m_editor->setConfig(c);
    }

    const QVariant current = m_detectorFilter->currentData();
    const QSignalBlocker blockFilter(m_detectorFilter);
    m_detectorFilter->clear();
    m_detectorFilter->addItem(tr("All detectors"), QVariant());
    for (const detection::DetectorConfig& c : list)
        m_detectorFilter->addItem(QString::fromStdString(c.name), qint64(c.id));
    m_detectorFilter->setCurrentIndex(std::max(0, m_detectorFilter->findData(current)));
}

void AnomalyReviewPanel::saveDetector(const detection::DetectorConfig& config)
{
    callService<std::int64_t>(
        tr("Save detector"),
        [config](detection::AnomalyService& s) { return s.saveDetector(config); },
        [this, name = QString::fromStdString(config.name)](const std::int64_t& id,
                                                           const QString& error) {
            if (!error.isEmpty()) {
                m_editor->showError(error);
                return;
            }
            loadDetectors(id);
            setStatus(tr("Detector “%1” saved.").arg(name));
        });
}

void AnomalyReviewPanel::deleteDetector(std::int64_t id)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete detector"),
                                tr("Delete this detector? Its anomalies stay, without a detector."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteDetectorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        callService<bool>(
            tr("Delete detector"),
            [id](detection::AnomalyService& s) {
                s.deleteDetector(id);
                return true;
            },
            [this](const bool&, const QString& error) {
                if (!error.isEmpty()) {
                    m_editor->showError(error);
                    return;
                }
                loadDetectors();
                setStatus(tr("Detector deleted."));
            });
    });
    box->open();
}

void AnomalyReviewPanel::runDetection(std::optional<std::int64_t> detectorId)
{
    if (!m_runner || m_path.isEmpty() || m_detectionJob)
        return;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_run->setEnabled(false);
    setStatus(tr("Running detection…"));
    const std::string path = m_path.toStdString();
    QPointer<AnomalyReviewPanel> self(this);
    m_detectionJob = m_runner->submit(
        detectorId ? tr("Run detector") : tr("Run detection"),
        [path, detectorId](jobs::JobContext& ctx) {
            detection::AnomalyService service(path);
            Feedback feedback = ctx.feedback();
            const auto runs = service.runDetection(detectorId, feedback);
            qint64 found = 0, suppressed = 0;
            for (const auto& r : runs) {
                found += r.anomaliesFound;
                suppressed += r.suppressed;
            }
            return QVariant(QVariantList{found, suppressed, qint64(runs.size())});
        },
        [self](const QVariant& result, const QString& error) {
            if (!self)
                return;
            self->m_detectionJob = 0;
            self->m_progress->hide();
            self->m_cancel->hide();
            self->m_run->setEnabled(true);
            if (!error.isEmpty()) {
                self->setStatus(tr("Detection failed: %1").arg(error), true);
                return;
            }
            const QVariantList r = result.toList();
            const qint64 found = r.value(0).toLongLong();
            const qint64 suppressed = r.value(1).toLongLong();
            const int detectors = r.value(2).toInt();
            QString text = tr("Detection finished: %1 found by %n detector(s)", nullptr, detectors)
                               .arg(tr("%n anomaly(ies)", nullptr, int(found)));
            if (suppressed > 0)
                text +=
                    tr(" (%1 not raised again: already reviewed)").arg(Format::count(suppressed));
            self->setStatus(text + QLatin1Char('.'));
            // Only the anomalies changed: an editor with unsaved changes keeps them.
            self->loadFilterChoices();
            self->applyFilter();
            emit self->anomaliesChanged();
            emit self->detectionFinished(found);
        });
}

void AnomalyReviewPanel::cancelDetection()
{
    if (m_detectionJob && m_runner)
        m_runner->cancel(m_detectionJob);
}

} // namespace kestrel::ui
