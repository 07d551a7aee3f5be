#include "ui/panels/anomaly/AnomalyReviewPanel.h"

#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "ui/panels/anomaly/AnomalyChart.h"
#include "ui/panels/anomaly/AnomalyDetailView.h"
#include "ui/panels/anomaly/AnomalyStyle.h"
#include "ui/panels/anomaly/AnomalyTableModel.h"
#include "ui/widgets/TableActions.h"
#include "ui/panels/anomaly/DetectorEditor.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ExportNotice.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/LatestJob.h"
#include "ui/widgets/ThemeColors.h"

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
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kestrel::ui {

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
    m_run->setToolTip(tr("Run every enabled detector over the run history (the arrow offers the "
                         "selected one only)."));
    m_run->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_run->setPopupMode(QToolButton::MenuButtonPopup);
    auto* runMenu = new QMenu(m_run);
    runMenu->addAction(tr("Run all enabled detectors"), this,
                       [this] { runDetection(std::nullopt); });
    QAction* runSelected = runMenu->addAction(tr("Run the selected detector"), this, [this] {
        if (QListWidgetItem* item = m_detectorList->currentItem())
            runDetection(item->data(Qt::UserRole).toLongLong());
    });
    connect(runMenu, &QMenu::aboutToShow, this, [this, runSelected] {
        runSelected->setEnabled(m_detectorList->currentItem() != nullptr);
    });
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
    ExportNotice::prepare(m_status);
    TableActions::Hooks hooks;
    auto filterFor = [this](int column) -> MultiSelectButton* {
        switch (column) {
        case AnomalyTableModel::Model:
            return m_models;
        case AnomalyTableModel::Type:
            return m_type;
        case AnomalyTableModel::Severity:
            return m_severity;
        case AnomalyTableModel::State:
            return m_state;
        default:
            return nullptr;
        }
    };
    hooks.canFilter = [filterFor](const QModelIndex& index) {
        return filterFor(index.column()) != nullptr;
    };
    hooks.filterBy = [this, filterFor](const QModelIndex& index) {
        const detection::StoredAnomaly* a = m_model->anomalyAt(index.row());
        MultiSelectButton* button = filterFor(index.column());
        if (!a || !button)
            return;
        const std::string& value = index.column() == AnomalyTableModel::Model      ? a->model
                                   : index.column() == AnomalyTableModel::Type     ? a->type
                                   : index.column() == AnomalyTableModel::Severity ? a->severity
                                                                                   : a->state;
        button->setChecked({QString::fromStdString(value)});
        applyFilter();
    };
    hooks.openDetail = [this](const QModelIndex& index) {
        if (const detection::StoredAnomaly* a = m_model->anomalyAt(index.row()))
            showAnomaly(a->id);
    };
    hooks.extend = [this](QMenu* menu, const QModelIndex& index) {
        const detection::StoredAnomaly* a = m_model->anomalyAt(index.row());
        if (!a)
            return;
        QAction* show = menu->addAction(
            tr("Show runs of %1 in this window").arg(QString::fromStdString(a->model)));
        show->setObjectName(QStringLiteral("showRuns"));
        const QString model = QString::fromStdString(a->model);
        const qint64 from = a->start, to = a->end;
        connect(show, &QAction::triggered, this,
                [this, model, from, to] { emit runsRequested(model, from, to); });
    };
    TableActions::install(m_table, std::move(hooks));
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
    m_tablePages = new QStackedWidget(vertical);
    m_tablePages->addWidget(m_table);
    m_nothing =
        new EmptyState(tr("No anomaly to review"),
                       tr("Detectors look for latency spikes, error-rate spikes, memory leaks, "
                          "throughput drops and accuracy declines in the run history; what they "
                          "find waits here for a review. A workspace without runs has nothing to "
                          "detect: import runs or create a demo workspace first."),
                       m_tablePages);
    connect(m_nothing->addButton(tr("Run detection"), true), &QPushButton::clicked, this,
            [this] { runDetection(std::nullopt); });
    m_noMatch =
        new EmptyState(tr("No anomaly matches these filters"),
                       tr("Other anomalies exist, or may: widen the severity, state, type, model, "
                          "detector or time filters."),
                       m_tablePages);
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    connect(m_noMatch->addButton(tr("Clear the filters"), true), &QPushButton::clicked, this,
            [this] {
                resetFilters();
                applyFilter();
            });
    vertical->addWidget(m_tablePages);
    auto* bottom = new QSplitter(Qt::Horizontal, vertical);
    bottom->addWidget(m_chart);
    bottom->addWidget(m_detail);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    // The table gets the larger share (a dozen rows at 1280×720); the chart
    // the larger part of the bottom. Sizes scale with the window.
    vertical->setSizes({560, 440});
    bottom->setSizes({600, 400});
    vertical->setChildrenCollapsible(false);
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
    connect(m_model, &AnomalyTableModel::loaded, this, &AnomalyReviewPanel::reselectAfterLoad);
    connect(m_model, &AnomalyTableModel::loaded, this, &AnomalyReviewPanel::updateEmptyState);
    connect(m_model, &AnomalyTableModel::queryFailed, this,
            [this](const QString& e) { setStatus(e, true); });
    connect(m_chart, &AnomalyChart::markerClicked, this, [this](qint64 id) { showAnomaly(id); });
    connect(m_chartJob, &LatestJob::failed, this, [this](const QString& e) {
        m_chart->clear(tr("The series could not be loaded: %1").arg(e));
        emit chartUpdated();
    });

    connect(m_detail, &AnomalyDetailView::acknowledgeRequested, this, [this] {
        review([](detection::AnomalyService& s, std::int64_t id) { s.acknowledge(id); },
               tr("Acknowledged."));
    });
    connect(m_detail, &AnomalyDetailView::reopenRequested, this, [this] {
        review([](detection::AnomalyService& s, std::int64_t id) { s.reopen(id); },
               tr("Reopened."));
    });
    connect(m_detail, &AnomalyDetailView::resolveRequested, this, [this] {
        askNote(tr("Resolve anomaly"), tr("What was found and done (required):"), true,
                [this](const QString& note) {
                    review([note](detection::AnomalyService& s,
                                  std::int64_t id) { s.resolve(id, note.toStdString()); },
                           tr("Resolved."));
                });
    });
    connect(m_detail, &AnomalyDetailView::falsePositiveRequested, this, [this] {
        askNote(tr("Mark as false positive"),
                tr("Why is this not a real problem? (required; later detection leaves this window "
                   "out of its "
                   "baseline and raises this detector's threshold for the metric)"),
                true, [this](const QString& reason) {
                    review(
                        [reason](detection::AnomalyService& s, std::int64_t id) {
                            s.markFalsePositive(id, reason.toStdString());
                        },
                        tr("Marked as false positive."));
                });
    });
    m_actions << new QAction(tr("&Run detection"), this)
              << new QAction(tr("&Export anomalies…"), this);
    connect(m_actions[0], &QAction::triggered, this, [this] { runDetection(std::nullopt); });
    connect(m_actions[1], &QAction::triggered, this, &AnomalyReviewPanel::chooseExportFile);
    m_defaults = {m_severity->checked(), m_state->checked(), m_type->checked(),
                  m_time->currentIndex()};
    setEnabled(false);
}

AnomalyReviewPanel::~AnomalyReviewPanel() = default;

void AnomalyReviewPanel::attach(jobs::JobRunner* runner, PanelEvents* events)
{
    setContext({}, runner);
    m_nothing->addWorkspaceButtons(events);
    connect(this, &AnomalyReviewPanel::anomaliesChanged, events, [this, events] {
        m_announcing = true;
        emit events->anomaliesChanged();
        m_announcing = false;
    });
    // Another user's review or detection (a team workspace), another
    // process's detect: re-read, keeping filters and selection.
    connect(events, &PanelEvents::anomaliesChanged, this, [this] {
        if (!m_announcing)
            refresh();
    });
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
                       .arg(QString::fromStdString(d->anomaly.type),
                            QString::fromStdString(d->anomaly.metric),
                            QString::fromStdString(d->anomaly.model),
                            QString::fromStdString(d->anomaly.state));
    return s;
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
    ++m_contextGeneration;
    m_calls.clear();
    // Nothing of the previous workspace stays on screen.
    m_wantedId = 0;
    clearSelectedAnomaly();
    m_detectorConfigs.clear();
    m_detectorList->clear();
    m_model->setContext(workspacePath, runner);
    setEnabled(!workspacePath.isEmpty());
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
        } else if (m_calls.remove(id)) {
            m_detail->setEnabled(true);
        } else if (id == m_exportJob) {
            m_exportJob = 0;
            m_export->setEnabled(true);
        }
    });
}

void AnomalyReviewPanel::refresh()
{
    if (m_path.isEmpty() || !m_runner)
        return;
    const std::int64_t current =
        m_detectorList->currentItem()
            ? m_detectorList->currentItem()->data(Qt::UserRole).toLongLong()
            : 0;
    loadDetectors(current);
    loadFilterChoices();
    applyFilter();
}

bool AnomalyReviewPanel::isBusy() const
{
    return m_detectionJob != 0 || m_exportJob != 0 || m_chartJob->isBusy() || !m_calls.isEmpty() ||
           m_model->isLoading();
}

QString AnomalyReviewPanel::statusText() const
{
    return m_status->text();
}

void AnomalyReviewPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    theme::setToneText(m_status, error ? theme::Tone::Bad : theme::Tone::Neutral);
}

} // namespace kestrel::ui
