#include "ui/panels/ai/AiAnalysisPanel.h"
#include "core/common/ProviderIds.h"

#include "ui/panels/ai/AiAnalysisPanelParts.h"
#include "core/ai/AnalysisTypes.h"
#include "core/ai/Governance.h"
#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "core/secrets/KeychainKeySource.h"
#include "ui/panels/ai/AiSpendTile.h"
#include "ui/panels/ai/ModelChoiceEditor.h"
#include "ui/panels/ai/ReportHistoryView.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/settings/SessionSecrets.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ExportNotice.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"
#include "ui/widgets/ThemeColors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <mutex>

namespace kestrel::ui {

using namespace aipanel;

namespace aipanel {

QString choiceLabel(const ai::ModelChoice& c)
{
    if (c.provider == provider_id::kBuiltin)
        return AiAnalysisPanel::tr("built-in analyst");
    return QString::fromStdString(c.provider) + QLatin1Char(':') +
           (c.model.empty() ? AiAnalysisPanel::tr("default model")
                            : QString::fromStdString(c.model));
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    label->setFont(small);
    theme::setMutedText(label);
    return label;
}

} // namespace aipanel

AiAnalysisPanel::AiAnalysisPanel(QWidget* parent)
    : QWidget(parent), m_loadJob(new LatestJob(this)), m_previewJob(new LatestJob(this)),
      m_listJob(new LatestJob(this)), m_renderTimer(new QTimer(this))
{
    for (auto& job : m_editorJobs)
        job = new LatestJob(this);
    m_renderTimer->setInterval(kRenderIntervalMs);
    connect(m_renderTimer, &QTimer::timeout, this, &AiAnalysisPanel::renderStream);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildReportTab(), tr("Report"));
    m_tabs->addTab(buildPreviewTab(), tr("Request preview"));
    m_history = new ReportHistoryView(this);
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(buildCompareTab(), tr("Compare"));

    // The form scrolls; its buttons stay under it, always in view.
    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(0);
    auto* scroll = new QScrollArea(form);
    scroll->setWidget(buildControls());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formLayout->addWidget(scroll, 1);
    formLayout->addWidget(buildFormActions());
    form->setMinimumWidth(320);
    form->setMaximumWidth(480);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(form);
    m_resultPages = new QStackedWidget(this);
    m_resultPages->addWidget(m_tabs);
    m_empty =
        new EmptyState(tr("No runs to analyse yet"),
                       tr("AI Analysis writes a report on the run history: performance trends, "
                          "model comparison, errors, recommendations and system health, by the "
                          "built-in analyst or a language model. Import runs or create a demo "
                          "workspace first."),
                       m_resultPages);
    // Every run has a model: a workspace without models has no run.
    connect(this, &AiAnalysisPanel::modelsLoaded, this, [this](int models) {
        m_resultPages->setCurrentWidget(models == 0 ? static_cast<QWidget*>(m_empty) : m_tabs);
    });
    splitter->addWidget(m_resultPages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_history, &ReportHistoryView::reportOpened, this, [this](const ai::StoredReport& r) {
        showStored(r);
        m_tabs->setCurrentIndex(0);
    });
    connect(m_history, &ReportHistoryView::compareReady, this,
            [this](const ai::StoredReport& left, const ai::StoredReport& right) {
                const auto title = [](const ai::StoredReport& r) {
                    QStringList models;
                    for (const std::string& m : r.models)
                        models << QString::fromStdString(m);
                    return tr("<b>#%1</b> · %2 · %3 · %4")
                        .arg(r.id)
                        .arg(Format::dateTime(r.createdAt),
                             QString::fromStdString(r.timeframe).toHtmlEscaped(),
                             models.join(QStringLiteral(", ")).toHtmlEscaped());
                };
                m_compareLeftTitle->setText(title(left));
                m_compareRightTitle->setText(title(right));
                m_compareLeft->setMarkdown(QString::fromStdString(left.content));
                m_compareRight->setMarkdown(QString::fromStdString(right.content));
                m_tabs->setCurrentIndex(3);
            });
    connect(m_history, &ReportHistoryView::exported, this,
            [this](const QString& path, const QString& error) {
                if (error.isEmpty())
                    m_details->setText(ExportNotice::text(
                        tr("Exported to %1").arg(QDir::toNativeSeparators(path)), path));
                else
                    showError(error);
            });
    connect(m_history, &ReportHistoryView::failed, this, &AiAnalysisPanel::showError);
    connect(m_previewJob, &LatestJob::failed, this, [this](const QString& error) {
        m_previewSummary->setText(error.toHtmlEscaped());
        showError(error);
    });
    m_spendTile = new AiSpendTile(this);
    m_spendTile->hide(); // shown where the Overview places it
    m_previewAction = new QAction(tr("&Preview request"), this);
    connect(m_previewAction, &QAction::triggered, this, &AiAnalysisPanel::preview);
    m_generateAction = new QAction(tr("&Generate report"), this);
    connect(m_generateAction, &QAction::triggered, this, &AiAnalysisPanel::generate);
    m_cancelAction = new QAction(tr("&Cancel generation"), this);
    connect(m_cancelAction, &QAction::triggered, this, &AiAnalysisPanel::cancel);

    m_defaultMerge = m_merge->currentIndex();
    for (QCheckBox* box : m_types)
        m_defaultChecks.emplace_back(box, box->isChecked());
    for (QCheckBox* box :
         {m_patterns, m_recommendations, m_anonymise, m_useCache, m_consensus, m_thirdModel})
        m_defaultChecks.emplace_back(box, box->isChecked());
    updateControls();
    showTimeframeRange();
}

AiAnalysisPanel::~AiAnalysisPanel()
{
    if (m_runner && m_jobId)
        m_runner->cancel(m_jobId);
}

void AiAnalysisPanel::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    if (m_runner != runner) {
        if (m_runner)
            disconnect(m_runner, nullptr, this, nullptr);
        m_runner = runner;
        if (m_runner) {
            connect(m_runner, &jobs::JobRunner::jobProgress, this, [this](int id, double p) {
                if (id == m_jobId)
                    m_progress->setValue(int(p * 1000));
            });
            // A cancelled job keeps the text that arrived: the worker stored
            // its partial result before ending.
            connect(m_runner, &jobs::JobRunner::jobCancelled, this, [this](int id) {
                if (id == m_jobId)
                    finishGenerate({}, true);
            });
        }
    }
    if (m_jobId && m_runner)
        m_runner->cancel(m_jobId);
    m_path = workspacePath;
    for (LatestJob* job : {m_loadJob, m_previewJob, m_listJob})
        job->setRunner(runner);
    for (LatestJob* job : m_editorJobs)
        job->setRunner(runner);
    m_result.reset();
    m_preview.reset();
    m_markdown.clear();
    m_report->clear();
    m_badges->clear();
    m_errorFrame->hide();
    m_details->setText(tr("Choose what to analyse and press Generate."));
    if (!m_keys)
        m_keys = std::make_shared<secrets::KeychainKeySource>(sessionSecretStore());
    wireEditors();
    loadWorkspaceChoices();
    m_history->setContext(workspacePath, runner);
    // Generate and Preview depend on having a workspace: recompute now, not
    // only when a control changes.
    updateControls();
    showTimeframeRange();
}

void AiAnalysisPanel::setKeySource(std::shared_ptr<const secrets::KeySource> keys)
{
    m_keys = std::move(keys);
    wireEditors();
}

void AiAnalysisPanel::setProviderOverrides(const ai::ProviderOverrides& overrides)
{
    m_overrides = overrides;
    wireEditors();
}

void AiAnalysisPanel::setAsOf(EpochMs asOf)
{
    m_asOf = asOf;
    showTimeframeRange();
}

void AiAnalysisPanel::wireEditors()
{
    if (!m_keys)
        return;
    ModelChoiceEditor::ServiceFactory factory = [keys = m_keys,
                                                 overrides = m_overrides](const std::string& path) {
        return std::make_unique<ai::AnalysisService>(path, *keys, overrides);
    };
    const std::array<ModelChoiceEditor*, 4> editors{m_primary, m_extra[0], m_extra[1], m_synthesis};
    for (std::size_t i = 0; i < editors.size(); ++i)
        editors[i]->setContext(m_path, m_editorJobs[i], factory);
}

void AiAnalysisPanel::updateControls()
{
    const bool custom = m_timeframe->currentData().toString() == QLatin1String("custom");
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    const bool consensus = m_consensus->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(m_extra[0]), static_cast<QWidget*>(m_thirdModel),
                       static_cast<QWidget*>(m_merge)})
        w->setEnabled(consensus && !isGenerating());
    m_extra[1]->setEnabled(consensus && m_thirdModel->isChecked());
    m_synthesis->setEnabled(consensus &&
                            m_merge->currentData().toString() == QLatin1String("model"));
    const bool busy = isGenerating();
    m_generateButton->setEnabled(!busy && !m_path.isEmpty());
    m_previewButton->setEnabled(!busy && !m_path.isEmpty());
    m_cancelButton->setEnabled(busy);
    m_builtinButton->setEnabled(!busy);
    if (m_generateAction) {
        m_previewAction->setEnabled(m_previewButton->isEnabled());
        m_generateAction->setEnabled(m_generateButton->isEnabled());
        m_cancelAction->setEnabled(busy);
    }
    if (!busy)
        m_progress->setValue(0);
}

void AiAnalysisPanel::attach(jobs::JobRunner* runner, PanelEvents* events)
{
    m_runner = runner;
    m_empty->addWorkspaceButtons(events);
    // Runs arrived (an import from the empty state): the models and the state follow.
    connect(events, &PanelEvents::runsChanged, this, [this] { loadWorkspaceChoices(); });
    connect(this, &AiAnalysisPanel::generated, events, &PanelEvents::reportsChanged);
    // Every generated report may have spent money: the tile follows, and the budget.
    connect(events, &PanelEvents::reportsChanged, m_spendTile, &AiSpendTile::refresh);
    connect(events, &PanelEvents::settingsChanged, m_spendTile, &AiSpendTile::refresh);
}

void AiAnalysisPanel::workspaceChanged(const WorkspaceRef& workspace)
{
    resetForm();
    setContext(workspace.path, m_runner);
    m_spendTile->setContext(workspace.path, m_runner);
}

void AiAnalysisPanel::refresh()
{
    loadWorkspaceChoices();
    m_history->refresh();
    m_spendTile->refresh();
}

bool AiAnalysisPanel::showsEmptyState() const
{
    return m_resultPages->currentWidget() == m_empty;
}

QList<QAction*> AiAnalysisPanel::panelActions()
{
    return {m_previewAction, m_generateAction, m_cancelAction};
}

QList<KpiTile*> AiAnalysisPanel::overviewTiles()
{
    return {m_spendTile};
}

ReportSection AiAnalysisPanel::reportSection() const
{
    ReportSection s{title(), {}};
    s.lines << tr("Timeframe: %1").arg(m_timeframe->currentText());
    const QStringList models = m_models->checked();
    s.lines
        << tr("Models: %1").arg(models.isEmpty() ? tr("all") : models.join(QStringLiteral(", ")));
    if (m_result)
        s.lines << tr("Report #%1 on screen, %2 characters")
                       .arg(m_result->reportId)
                       .arg(m_markdown.size());
    else
        s.lines << tr("No report on screen");
    return s;
}

void AiAnalysisPanel::resetForm()
{
    showDefaultTimeframe();
    m_merge->setCurrentIndex(m_defaultMerge);
    for (const auto& [box, checked] : m_defaultChecks)
        box->setChecked(checked);
    m_models->setChecked({});
    m_tabs->setCurrentIndex(0);
    m_previewCall->clear();
    m_requestText->clear();
    m_previewSummary->clear();
    for (QTextBrowser* view : {m_compareLeft, m_compareRight})
        view->clear();
    for (QLabel* label : {m_compareLeftTitle, m_compareRightTitle})
        label->clear();
}

} // namespace kestrel::ui
