#include "ui/panels/runhistory/RunHistoryPanel.h"

#include "core/jobs/JobRunner.h"
#include "core/runs/RunHistoryService.h"
#include "ui/panels/runhistory/ErrorPatternsView.h"
#include "ui/panels/runhistory/ImportDialog.h"
#include "ui/panels/runhistory/ModelComparisonView.h"
#include "ui/panels/runhistory/RunChartsView.h"
#include "ui/panels/runhistory/RunDetailView.h"
#include "ui/panels/runhistory/RunFilterBar.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ExportNotice.h"
#include "ui/widgets/Format.h"
#include "ui/panels/runhistory/RunSummaryStrip.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/panels/runhistory/RunTableView.h"
#include "ui/widgets/LatestJob.h"

#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

RunHistoryPanel::RunHistoryPanel(QWidget* parent) : QWidget(parent)
{
    m_summaryJob = new LatestJob(this);
    m_choicesJob = new LatestJob(this);
    m_detailJob = new LatestJob(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    m_filterBar = new RunFilterBar(this);
    layout->addWidget(m_filterBar);

    // The summary and the import/export buttons share a row, so the filter
    // bar has the whole width (the panel fits 1280×720).
    auto* top = new QHBoxLayout;
    m_summary = new RunSummaryStrip(this);
    top->addWidget(m_summary, 1);
    m_import = new QPushButton(tr("Import…"), this);
    m_import->setToolTip(tr("Import runs from CSV, JSON, JSONL or an MLflow store"));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setToolTip(tr("Export every run that matches the filter to CSV or JSON"));
    top->addWidget(m_import, 0, Qt::AlignBottom);
    top->addWidget(m_export, 0, Qt::AlignBottom);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_model = new RunTableModel(this);
    m_splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_table = new RunTableView(m_model, m_splitter);
    // The detail's form is taller than a 1280×720 screen leaves it: it
    // scrolls rather than set the window's height.
    auto* detailScroll = new QScrollArea(m_splitter);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    m_detail = new RunDetailView;
    detailScroll->setWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1100, 360});
    m_tabs->addTab(m_splitter, tr("Runs"));
    m_charts = new RunChartsView(m_tabs);
    m_tabs->addTab(m_charts, tr("Charts"));
    m_models = new ModelComparisonView(m_tabs);
    m_tabs->addTab(m_models, tr("Model comparison"));
    m_errors = new ErrorPatternsView(m_tabs);
    m_tabs->addTab(m_errors, tr("Error patterns"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_tabs);
    m_empty = new EmptyState(
        tr("No runs in this workspace yet"),
        tr("Run History lists every model run with its status, duration, accuracy, "
           "parameters and errors, with charts, a model comparison and the error "
           "patterns. Import runs from a CSV, JSON or MLflow file, or explore a demo "
           "workspace."),
        m_pages);
    m_noMatch =
        new EmptyState(tr("No runs match the filter"),
                       tr("The workspace has runs, but none with this timeframe, model, status, "
                          "symbol, source and search text together."),
                       m_pages);
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    connect(m_noMatch->addButton(tr("Clear the filter"), true), &QPushButton::clicked, this,
            [this] { setFilter({}); });
    layout->addWidget(m_pages, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runHistoryStatus"));
    ExportNotice::prepare(m_status);
    // Muted but enabled, so the export's "Open folder" link can be clicked.
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    connect(m_filterBar, &RunFilterBar::filterChanged, this, &RunHistoryPanel::applyFilter);
    connect(m_table, &RunTableView::currentRunChanged, this, &RunHistoryPanel::showRun);
    connect(m_table, &RunTableView::filterRequested, this, &RunHistoryPanel::setFilter);
    connect(m_table, &RunTableView::detailRequested, this, [this](qint64 id) {
        showRun(id);
        m_detail->setFocus();
    });
    connect(m_errors, &ErrorPatternsView::templateChosen, this, &RunHistoryPanel::templateChosen);
    connect(m_export, &QPushButton::clicked, this, &RunHistoryPanel::chooseExportFile);
    connect(m_import, &QPushButton::clicked, this, &RunHistoryPanel::openImport);
    connect(m_summaryJob, &LatestJob::busyChanged, m_summary, &RunSummaryStrip::setBusy);
    connect(m_summaryJob, &LatestJob::failed, m_summary, &RunSummaryStrip::setError);
    connect(m_model, &RunTableModel::runsChanged, this, [this] {
        // Runs arrived from elsewhere: the figures and the views move with them.
        updateSummary();
        const runs::RunFilter f = filter();
        m_charts->setFilter(f);
        m_models->setFilter(f);
        m_errors->setFilter(f);
        emit runsArrived();
    });
    connect(m_model, &RunTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->setText(tr("Loading runs…"));
    });
    connect(m_model, &RunTableModel::loaded, this, [this] {
        if (m_viewsPending)
            updateViews();
        if (m_choicesPending) {
            m_choicesPending = false;
            loadChoices();
        }
        m_status->setText(tr("%1 runs match the filter").arg(Format::count(m_model->rowCount())));
        updateEmptyState();
    });
    connect(m_model, &RunTableModel::loadFailed, this, [this](const QString& message) {
        m_status->setText(tr("Cannot read runs: %1").arg(message));
    });

    setEnabled(false);
}

RunHistoryPanel::~RunHistoryPanel() = default;

void RunHistoryPanel::attach(jobs::JobRunner* runner, PanelEvents* events)
{
    m_runner = runner;
    m_empty->addWorkspaceButtons(events);
    connect(this, &RunHistoryPanel::runsArrived, events, &PanelEvents::runsChanged);
}

void RunHistoryPanel::workspaceChanged(const WorkspaceRef& workspace)
{
    m_filterBar->setFilter({});
    setContext(workspace.path, m_runner);
    refresh();
}

ReportSection RunHistoryPanel::reportSection() const
{
    return {title(), {tr("%1 runs match the filter").arg(summary().runs)}};
}

void RunHistoryPanel::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    m_path = workspacePath;
    m_runner = runner;
    m_summaryJob->setRunner(runner);
    m_choicesJob->setRunner(runner);
    m_detailJob->setRunner(runner);
    m_summaryJob->cancel();
    m_choicesJob->cancel();
    m_detail->showRun(std::nullopt);
    m_workspaceEmpty = false;
    m_pages->setCurrentWidget(m_tabs);
    m_charts->setContext(workspacePath, runner);
    m_models->setContext(workspacePath, runner);
    m_errors->setContext(workspacePath, runner);
    setEnabled(!workspacePath.isEmpty());
    m_model->setFilter(filter());
    m_model->setWorkspace(workspacePath, runner);
    if (workspacePath.isEmpty())
        return;
    m_choicesPending = true;
    applyFilter();
}

void RunHistoryPanel::refresh()
{
    if (m_path.isEmpty())
        return;
    loadChoices();
    m_model->reload();
    updateSummary();
    const runs::RunFilter f = filter();
    m_charts->setFilter(f);
    m_models->setFilter(f);
    m_errors->setFilter(f);
}

runs::RunFilter RunHistoryPanel::filter() const
{
    return m_filterBar->filter();
}

void RunHistoryPanel::setFilter(const runs::RunFilter& filter)
{
    m_filterBar->setFilter(filter);
    applyFilter();
}

void RunHistoryPanel::setReferenceTime(EpochMs t)
{
    m_filterBar->setReferenceTime(t);
}

const runs::RunSummary& RunHistoryPanel::summary() const
{
    return m_summary->summary();
}

bool RunHistoryPanel::isSummaryBusy() const
{
    return m_summaryJob->isBusy();
}

void RunHistoryPanel::applyFilter()
{
    if (m_path.isEmpty())
        return;
    const runs::RunFilter f = filter();
    m_model->setFilter(f);
    updateSummary();
    // The views start once the table has its rows: on two cores the table,
    // which the user sees first, should not queue behind chart aggregates.
    if (m_model->isLoading())
        m_viewsPending = true;
    else
        updateViews();
}

void RunHistoryPanel::updateViews()
{
    m_viewsPending = false;
    const runs::RunFilter f = filter();
    m_charts->setFilter(f);
    m_models->setFilter(f);
    m_errors->setFilter(f);
}

void RunHistoryPanel::loadChoices()
{
    if (m_path.isEmpty())
        return;
    const runs::RunHistoryService service(m_path.toStdString());
    m_choicesJob->run<runs::FilterChoices>(
        tr("Filter choices"),
        [service](jobs::JobContext& ctx) { return service.choices(ctx.feedback()); },
        [this](const runs::FilterChoices& c) {
            m_filterBar->setChoices(c.models, c.statuses, c.symbols, c.dataSources);
            // Every run has a model: no model, no run.
            m_workspaceEmpty = c.models.empty();
            updateEmptyState();
        });
}

QWidget* RunHistoryPanel::currentPage() const
{
    return m_pages->currentWidget();
}

void RunHistoryPanel::updateEmptyState()
{
    QWidget* page = m_tabs;
    if (m_workspaceEmpty)
        page = m_empty;
    else if (!m_model->isLoading() && m_model->rowCount() == 0 && !m_path.isEmpty())
        page = m_noMatch;
    m_pages->setCurrentWidget(page);
}

void RunHistoryPanel::updateSummary()
{
    if (m_path.isEmpty())
        return;
    const runs::RunFilter f = filter();
    const runs::RunHistoryService service(m_path.toStdString());
    m_summaryJob->run<runs::RunSummary>(
        tr("Run summary"),
        [service, f](jobs::JobContext& ctx) { return service.summary(f, ctx.feedback()); },
        [this](const runs::RunSummary& s) {
            m_summary->setSummary(s);
            emit summaryUpdated();
        });
}

void RunHistoryPanel::showRun(qint64 id)
{
    if (!id || m_path.isEmpty()) {
        m_detailJob->cancel();
        m_detail->showRun(std::nullopt);
        return;
    }
    // Every field of the run, read fresh by primary key off this thread (a
    // team workspace is a round trip away); a newer selection replaces a
    // read still running.
    const runs::RunHistoryService service(m_path.toStdString());
    m_detailJob->run<std::optional<runs::RunRecord>>(
        tr("Run detail"),
        [service, id](jobs::JobContext& ctx) { return service.run(id, ctx.feedback()); },
        [this](const std::optional<runs::RunRecord>& run) { m_detail->showRun(run); });
}

void RunHistoryPanel::templateChosen(const QString& templateText)
{
    m_filterBar->setErrorTemplate(templateText);
    applyFilter();
    m_tabs->setCurrentIndex(RunsTab);
}

void RunHistoryPanel::chooseExportFile()
{
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export runs"), QStringLiteral("runs.csv"),
                                     tr("CSV files (*.csv);;JSON files (*.json)"), &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selected.contains(QLatin1String("json")) ? QStringLiteral(".json")
                                                           : QStringLiteral(".csv");
    exportTo(target);
}

int RunHistoryPanel::exportTo(const QString& path)
{
    if (m_path.isEmpty() || !m_runner)
        return 0;
    const runs::RunFilter f = filter();
    const runs::RunSort sort = m_model->runSort();
    const runs::RunHistoryService service(m_path.toStdString());
    const std::string out = path.toStdString();
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting to %1…").arg(path));
    m_exportJob = m_runner->submit(
        tr("Export runs to %1").arg(QFileInfo(path).fileName()),
        [f, sort, service, out](jobs::JobContext& ctx) {
            Feedback feedback = ctx.feedback();
            return QVariant::fromValue<qint64>(service.exportRuns(f, sort, out, feedback));
        },
        [this, path](const QVariant& result, const QString& error) {
            m_export->setEnabled(true);
            if (!error.isEmpty())
                m_status->setText(tr("Export failed: %1").arg(error));
            else
                m_status->setText(ExportNotice::text(
                    tr("Exported %1 runs to %2")
                        .arg(Format::count(result.toLongLong()), QDir::toNativeSeparators(path)),
                    path));
            emit exportFinished(result.toLongLong(), error);
        });
    const int job = m_exportJob;
    connect(m_runner, &jobs::JobRunner::jobCancelled, this, [this, job](int id) {
        if (id != job)
            return;
        m_export->setEnabled(true);
        m_status->setText(tr("Export cancelled."));
        emit exportFinished(0, tr("cancelled"));
    });
    return m_exportJob;
}

void RunHistoryPanel::openImport()
{
    if (m_path.isEmpty() || !m_runner)
        return;
    auto* dialog = new ImportDialog(m_path, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] { refresh(); });
    dialog->open();
}

} // namespace kestrel::ui
