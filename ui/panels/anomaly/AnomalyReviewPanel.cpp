#include "ui/panels/anomaly/AnomalyReviewPanel.h"

#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "core/workspace/Workspace.h"
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

// The chart shows this much of the metric around the anomaly's window.
constexpr EpochMs kChartBefore = 5 * kMsPerDay;
constexpr EpochMs kChartAfter = 2 * kMsPerDay;

struct ChartData
{
    std::int64_t id = 0;
    detection::ScoredSeries series;
    std::vector<detection::StoredAnomaly> markers;
};

QString detectorLine(const detection::DetectorConfig& c)
{
    QStringList metrics;
    for (const std::string& m : c.metrics)
        metrics << AnomalyStyle::metricLabel(QString::fromStdString(m));
    return AnomalyReviewPanel::tr("%1 · %2").arg(AnomalyStyle::algorithmLabel(QString::fromStdString(c.algorithm)),
                                                 metrics.join(QStringLiteral(", ")));
}

} // namespace

AnomalyReviewPanel::AnomalyReviewPanel(QWidget* parent)
    : QWidget(parent), m_chartJob(new LatestJob(this)), m_model(new AnomalyTableModel(this)),
      m_run(new QToolButton(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_export(new QPushButton(tr("Export CSV…"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_chart(new AnomalyChart(this)), m_detail(new AnomalyDetailView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    // Header: title, detection controls, status, export.
    auto* header = new QHBoxLayout;
    auto* title = panelTitle(tr("Anomaly Review"), this);
    header->addWidget(title);
    header->addSpacing(16);
    m_run->setText(tr("Run detection"));
    m_run->setToolTip(tr("Run every enabled detector over the run history (the arrow offers the selected one only)."));
    m_run->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_run->setPopupMode(QToolButton::MenuButtonPopup);
    auto* runMenu = new QMenu(m_run);
    runMenu->addAction(tr("Run all enabled detectors"), this, [this] { runDetection(std::nullopt); });
    QAction* runSelected = runMenu->addAction(tr("Run the selected detector"), this, [this] {
        if (QListWidgetItem* item = m_detectorList->currentItem())
            runDetection(item->data(Qt::UserRole).toLongLong());
    });
    connect(runMenu, &QMenu::aboutToShow, this,
            [this, runSelected] { runSelected->setEnabled(m_detectorList->currentItem() != nullptr); });
    m_run->setMenu(runMenu);
    connect(m_run, &QToolButton::clicked, this, [this] { runDetection(std::nullopt); });
    header->addWidget(m_run);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    header->addWidget(m_progress);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &AnomalyReviewPanel::cancelDetection);
    header->addWidget(m_cancel);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_status, 1);
    m_export->setToolTip(tr("Write every anomaly the filter selects to a CSV file."));
    connect(m_export, &QPushButton::clicked, this, &AnomalyReviewPanel::chooseExportFile);
    header->addWidget(m_export);
    layout->addLayout(header);

    // Table, chart and detail.
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("anomalyTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(AnomalyTableModel::Time, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {130, 150, 120, 170, 90, 60, 80, 80, 110};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(6);
    rightLayout->addWidget(buildFilterBar());
    auto* vertical = new QSplitter(Qt::Vertical, right);
    vertical->addWidget(m_table);
    auto* bottom = new QSplitter(Qt::Horizontal, vertical);
    bottom->addWidget(m_chart);
    bottom->addWidget(m_detail);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    rightLayout->addWidget(vertical, 1);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(buildLeft());
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({320, 1000});
    layout->addWidget(main, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const detection::StoredAnomaly* a = m_model->anomalyAt(current.row()))
                    if (a->id != m_selectedId)
                        showAnomaly(a->id);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnomalyReviewPanel::updateCount);
    connect(m_model, &AnomalyTableModel::queryFailed, this, [this](const QString& e) { setStatus(e, true); });
    connect(m_chart, &AnomalyChart::markerClicked, this, [this](qint64 id) { showAnomaly(id); });
    connect(m_chartJob, &LatestJob::failed, this, [this](const QString& e) {
        m_chart->clear(tr("The series could not be loaded: %1").arg(e));
        emit chartUpdated();
    });

    connect(m_detail, &AnomalyDetailView::acknowledgeRequested, this, [this] {
        review([](detection::AnomalyService& s, std::int64_t id) { s.acknowledge(id); }, tr("Acknowledged."));
    });
    connect(m_detail, &AnomalyDetailView::reopenRequested, this, [this] {
        review([](detection::AnomalyService& s, std::int64_t id) { s.reopen(id); }, tr("Reopened."));
    });
    connect(m_detail, &AnomalyDetailView::resolveRequested, this, [this] {
        askNote(tr("Resolve anomaly"), tr("What was found and done (required):"), true, [this](const QString& note) {
            review([note](detection::AnomalyService& s, std::int64_t id) { s.resolve(id, note.toStdString()); },
                   tr("Resolved."));
        });
    });
    connect(m_detail, &AnomalyDetailView::falsePositiveRequested, this, [this] {
        askNote(tr("Mark as false positive"),
                tr("Why is this not a real problem? (required; later detection leaves this window out of its "
                   "baseline and raises this detector's threshold for the metric)"),
                true, [this](const QString& reason) {
                    review([reason](detection::AnomalyService& s,
                                    std::int64_t id) { s.markFalsePositive(id, reason.toStdString()); },
                           tr("Marked as false positive."));
                });
    });
    m_actions << new QAction(tr("&Run detection"), this) << new QAction(tr("&Export anomalies…"), this);
    connect(m_actions[0], &QAction::triggered, this, [this] { runDetection(std::nullopt); });
    connect(m_actions[1], &QAction::triggered, this, &AnomalyReviewPanel::chooseExportFile);
    m_defaults = {m_severity->checked(), m_state->checked(), m_type->checked(), m_time->currentIndex()};
    setEnabled(false);
}

AnomalyReviewPanel::~AnomalyReviewPanel() = default;

void AnomalyReviewPanel::attach(jobs::JobRunner* runner, PanelEvents* events)
{
    setContext({}, runner);
    connect(this, &AnomalyReviewPanel::anomaliesChanged, events, &PanelEvents::anomaliesChanged);
}

void AnomalyReviewPanel::workspaceChanged(const WorkspaceRef& workspace)
{
    resetFilters();
    setStatus({});
    setContext(workspace.path, m_runner);
}

QList<QAction*> AnomalyReviewPanel::panelActions()
{
    return m_actions;
}

ReportSection AnomalyReviewPanel::reportSection() const
{
    ReportSection s{title(), {m_count->text()}};
    const detection::AnomalyFilter f = filter();
    auto joined = [](const std::vector<std::string>& v) {
        QStringList out;
        for (const std::string& x : v)
            out << QString::fromStdString(x);
        return out.join(QStringLiteral(", "));
    };
    if (!f.severities.empty())
        s.lines << tr("Severity: %1").arg(joined(f.severities));
    if (!f.states.empty())
        s.lines << tr("State: %1").arg(joined(f.states));
    if (!f.models.empty())
        s.lines << tr("Models: %1").arg(joined(f.models));
    s.lines << tr("Time: %1").arg(m_time->currentText());
    if (const auto& d = m_detail->detail())
        s.lines << tr("Selected: %1 %2 on %3 (%4)")
                       .arg(QString::fromStdString(d->anomaly.type), QString::fromStdString(d->anomaly.metric),
                            QString::fromStdString(d->anomaly.model), QString::fromStdString(d->anomaly.state));
    return s;
}

void AnomalyReviewPanel::resetFilters()
{
    const QSignalBlocker blockSeverity(m_severity), blockState(m_state), blockType(m_type), blockModels(m_models),
        blockDetector(m_detectorFilter), blockTime(m_time);
    m_severity->setChecked(m_defaults.severities);
    m_state->setChecked(m_defaults.states);
    m_type->setChecked(m_defaults.types);
    m_models->setChecked({});
    m_models->setChoices({});
    m_detectorFilter->setCurrentIndex(0);
    m_time->setCurrentIndex(m_defaults.time);
    const bool custom = m_time->currentData().toString() == QLatin1String("custom");
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void AnomalyReviewPanel::chooseExportFile()
{
    if (m_path.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export anomalies"), QDir(QFileInfo(m_path).absolutePath()).filePath(QStringLiteral("anomalies.csv")),
        tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

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
        if (!item || !m_model->service())
            return;
        try {
            if (auto c = m_model->service()->detector(item->data(Qt::UserRole).toLongLong()))
                m_editor->setConfig(*c);
        } catch (const std::exception& e) {
            m_editor->showError(QString::fromUtf8(e.what()));
        }
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

QWidget* AnomalyReviewPanel::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(new QLabel(tr("Filter:"), bar));

    m_severity = new MultiSelectButton(tr("Severity"), bar);
    QStringList labels;
    for (const QString& s : AnomalyStyle::severities())
        labels << AnomalyStyle::severityLabel(s);
    m_severity->setChoices(AnomalyStyle::severities(), labels);
    m_state = new MultiSelectButton(tr("State"), bar);
    labels.clear();
    for (const QString& s : AnomalyStyle::states())
        labels << AnomalyStyle::stateLabel(s);
    m_state->setChoices(AnomalyStyle::states(), labels);
    m_type = new MultiSelectButton(tr("Type"), bar);
    labels.clear();
    for (const QString& t : AnomalyStyle::types())
        labels << AnomalyStyle::typeLabel(t);
    m_type->setChoices(AnomalyStyle::types(), labels);
    m_models = new MultiSelectButton(tr("Models"), bar);
    m_detectorFilter = new QComboBox(bar);
    m_detectorFilter->addItem(tr("All detectors"), QVariant());
    m_detectorFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_time = new QComboBox(bar);
    m_time->addItem(tr("Any time"), QStringLiteral("any"));
    m_time->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_time->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_time->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_time->addItem(tr("Last 90 days"), QStringLiteral("90d"));
    m_time->addItem(tr("Custom range"), QStringLiteral("custom"));
    m_from = new QDateTimeEdit(bar);
    m_to = new QDateTimeEdit(bar);
    for (QDateTimeEdit* e : {m_from, m_to}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->hide();
    }
    m_to->setDateTime(QDateTime::currentDateTimeUtc());
    m_from->setDateTime(m_to->dateTime().addDays(-7));

    for (QWidget* w : std::initializer_list<QWidget*>{m_severity, m_state, m_type, m_models, m_detectorFilter, m_time,
                                                       m_from, m_to})
        layout->addWidget(w);
    layout->addStretch(1);
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    layout->addWidget(m_count);

    for (MultiSelectButton* b : {m_severity, m_state, m_type, m_models})
        connect(b, &MultiSelectButton::selectionChanged, this, &AnomalyReviewPanel::applyFilter);
    connect(m_detectorFilter, &QComboBox::currentIndexChanged, this, &AnomalyReviewPanel::applyFilter);
    connect(m_time, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_time->currentData().toString() == QLatin1String("custom");
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        applyFilter();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AnomalyReviewPanel::applyFilter);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AnomalyReviewPanel::applyFilter);
    return bar;
}

void AnomalyReviewPanel::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    if (m_detectionJob && m_runner)
        m_runner->cancel(m_detectionJob);
    m_path = workspacePath;
    if (runner != m_runner) {
        if (m_runner)
            disconnect(m_runner, nullptr, this, nullptr);
        m_runner = runner;
        if (m_runner)
            connectRunner();
    }
    m_chartJob->setRunner(runner);
    // Nothing of the previous workspace stays on screen.
    clearSelectedAnomaly();
    m_model->setWorkspace(workspacePath);
    setEnabled(!workspacePath.isEmpty() && m_model->service());
    refresh();
}

void AnomalyReviewPanel::connectRunner()
{
    connect(m_runner, &jobs::JobRunner::jobProgress, this, [this](int id, double p) {
        if (id == m_detectionJob)
            m_progress->setValue(int(p * 1000));
    });
    connect(m_runner, &jobs::JobRunner::jobCancelled, this, [this](int id) {
        if (id == m_detectionJob) {
            m_detectionJob = 0;
            m_progress->hide();
            m_cancel->hide();
            m_run->setEnabled(true);
            setStatus(tr("Detection cancelled; nothing was stored for the unfinished detector."));
            loadFilterChoices();
            applyFilter();
        } else if (id == m_exportJob) {
            m_exportJob = 0;
            m_export->setEnabled(true);
        }
    });
}

void AnomalyReviewPanel::setReferenceTime(EpochMs now)
{
    m_referenceTime = now;
    applyFilter();
}

void AnomalyReviewPanel::refresh()
{
    if (!m_model->service())
        return;
    const std::int64_t current = m_detectorList->currentItem()
                                     ? m_detectorList->currentItem()->data(Qt::UserRole).toLongLong()
                                     : 0;
    loadDetectors(current);
    loadFilterChoices();
    applyFilter();
}

void AnomalyReviewPanel::loadDetectors(std::int64_t select)
{
    detection::AnomalyService* service = m_model->service();
    if (!service)
        return;
    std::vector<detection::DetectorConfig> detectors;
    try {
        detectors = service->detectors();
    } catch (const std::exception& e) {
        setStatus(QString::fromUtf8(e.what()), true);
        return;
    }
    const QSignalBlocker blockList(m_detectorList);
    m_detectorList->clear();
    QListWidgetItem* selected = nullptr;
    for (const detection::DetectorConfig& c : detectors) {
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
        if (auto c = service->detector(selected->data(Qt::UserRole).toLongLong()))
            m_editor->setConfig(*c);
    }

    const QVariant current = m_detectorFilter->currentData();
    const QSignalBlocker blockFilter(m_detectorFilter);
    m_detectorFilter->clear();
    m_detectorFilter->addItem(tr("All detectors"), QVariant());
    for (const detection::DetectorConfig& c : detectors)
        m_detectorFilter->addItem(QString::fromStdString(c.name), qint64(c.id));
    m_detectorFilter->setCurrentIndex(std::max(0, m_detectorFilter->findData(current)));
}

void AnomalyReviewPanel::loadFilterChoices()
{
    if (!m_model->service())
        return;
    QStringList models;
    try {
        for (const std::string& m : m_model->service()->anomalyModels())
            models << QString::fromStdString(m);
    } catch (const std::exception& e) {
        setStatus(QString::fromUtf8(e.what()), true);
    }
    const QSignalBlocker block(m_models);
    m_models->setChoices(models);
}

detection::AnomalyFilter AnomalyReviewPanel::filter() const
{
    detection::AnomalyFilter f = m_model->filter();
    f.severities.clear();
    f.states.clear();
    f.types.clear();
    f.models.clear();
    for (const QString& s : m_severity->checked())
        f.severities.push_back(s.toStdString());
    for (const QString& s : m_state->checked())
        f.states.push_back(s.toStdString());
    for (const QString& s : m_type->checked())
        f.types.push_back(s.toStdString());
    for (const QString& s : m_models->checked())
        f.models.push_back(s.toStdString());
    f.detectorId.reset();
    if (m_detectorFilter->currentData().isValid())
        f.detectorId = m_detectorFilter->currentData().toLongLong();
    f.from.reset();
    f.to.reset();
    const QString preset = m_time->currentData().toString();
    const EpochMs now = m_referenceTime ? m_referenceTime : nowMs();
    if (preset == QLatin1String("custom")) {
        f.from = m_from->dateTime().toMSecsSinceEpoch();
        f.to = m_to->dateTime().toMSecsSinceEpoch();
    } else if (preset != QLatin1String("any")) {
        const int hours = preset == QLatin1String("24h") ? 24
                          : preset == QLatin1String("7d") ? 7 * 24
                          : preset == QLatin1String("30d") ? 30 * 24
                                                            : 90 * 24;
        f.from = now - EpochMs(hours) * 3'600'000;
        f.to = now;
    }
    f.offset = 0;
    f.limit = -1;
    return f;
}

void AnomalyReviewPanel::applyFilter()
{
    if (!m_model->service())
        return;
    m_model->setFilter(filter());
    const int row = m_selectedId ? m_model->rowOf(m_selectedId) : -1;
    if (row >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
    } else if (m_selectedId) {
        clearSelectedAnomaly(); // the detail follows the list: it shows no row the filter hides
    }
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

void AnomalyReviewPanel::updateCount()
{
    const qint64 n = m_model->rowCount();
    m_count->setText(tr("%n anomalies", nullptr, int(std::min<qint64>(n, INT_MAX))));
}

bool AnomalyReviewPanel::isBusy() const
{
    return m_detectionJob != 0 || m_exportJob != 0 || m_chartJob->isBusy();
}

QString AnomalyReviewPanel::statusText() const
{
    return m_status->text();
}

void AnomalyReviewPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #37474f;"));
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
            workspace::Database db = workspace::Workspace::connect(path);
            detection::AnomalyService service(db);
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
                               .arg(tr("%n anomalies", nullptr, int(found)));
            if (suppressed > 0)
                text += tr(" (%1 not raised again: already reviewed)").arg(Format::count(suppressed));
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
            workspace::Database db = workspace::Workspace::connect(workspacePath);
            detection::AnomalyService service(db);
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
            self->setStatus(tr("Exported %1 to %2.").arg(tr("%n anomalies", nullptr, int(rows)),
                                                         QDir::toNativeSeparators(path)));
            emit self->exported(rows, path);
        });
}

void AnomalyReviewPanel::showAnomaly(std::int64_t id)
{
    detection::AnomalyService* service = m_model->service();
    if (!service)
        return;
    std::optional<detection::AnomalyService::AnomalyDetail> detail;
    try {
        detail = service->anomaly(id);
    } catch (const std::exception& e) {
        setStatus(QString::fromUtf8(e.what()), true);
    }
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

void AnomalyReviewPanel::loadChart(const detection::StoredAnomaly& anomaly)
{
    const std::string path = m_path.toStdString();
    const std::int64_t id = anomaly.id;
    const std::string model = anomaly.model, metric = anomaly.metric;
    const EpochMs from = anomaly.start - kChartBefore, to = anomaly.end + kChartAfter;
    m_chartJob->run<ChartData>(
        tr("Anomaly series"),
        [path, id, model, metric, from, to](jobs::JobContext& ctx) {
            workspace::Database db = workspace::Workspace::connect(path);
            detection::AnomalyService service(db);
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

void AnomalyReviewPanel::saveDetector(const detection::DetectorConfig& config)
{
    detection::AnomalyService* service = m_model->service();
    if (!service)
        return;
    try {
        const std::int64_t id = service->saveDetector(config);
        loadDetectors(id);
        setStatus(tr("Detector “%1” saved.").arg(QString::fromStdString(config.name)));
    } catch (const std::exception& e) {
        m_editor->showError(QString::fromUtf8(e.what()));
    }
}

void AnomalyReviewPanel::deleteDetector(std::int64_t id)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete detector"),
                                tr("Delete this detector? Its anomalies stay, without a detector."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteDetectorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes || !m_model->service())
            return;
        try {
            m_model->service()->deleteDetector(id);
            loadDetectors();
            setStatus(tr("Detector deleted."));
        } catch (const std::exception& e) {
            m_editor->showError(QString::fromUtf8(e.what()));
        }
    });
    box->open();
}

void AnomalyReviewPanel::askNote(const QString& title, const QString& label, bool required,
                                 std::function<void(const QString&)> then)
{
    // Window-modal but not blocking: background jobs and the event loop go on.
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reviewNoteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, required, then](const QString& text) {
        const QString note = text.trimmed();
        if (required && note.isEmpty()) {
            setStatus(tr("Nothing changed: a note is required."), true);
            return;
        }
        then(note);
    });
    dialog->open();
}

void AnomalyReviewPanel::review(const std::function<void(detection::AnomalyService&, std::int64_t)>& action,
                                const QString& done)
{
    detection::AnomalyService* service = m_model->service();
    const std::int64_t id = m_selectedId;
    if (!service || !id)
        return;
    try {
        action(*service, id);
        setStatus(done);
    } catch (const std::exception& e) {
        setStatus(QString::fromUtf8(e.what()), true);
    }
    m_model->refresh();
    m_selectedId = 0; // show it again, reselecting its row when the filter still has it
    showAnomaly(id);
    emit anomaliesChanged();
}

} // namespace kestrel::ui
