#include "core/common/Json.h"
#include "core/common/Json.h"
#include "ui/panels/ai/AiAnalysisPanel.h"

#include "core/ai/AnalysisTypes.h"
#include "core/ai/Governance.h"
#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/RunStore.h"
#include "core/secrets/KeychainKeySource.h"
#include "core/workspace/Workspace.h"
#include "ui/panels/ai/ModelChoiceEditor.h"
#include "ui/panels/ai/ReportHistoryView.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/settings/SessionSecrets.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <mutex>

namespace kestrel::ui {

// Text streamed by the worker, picked up by the UI thread's render timer: the
// sink is called on worker threads (several at once in a consensus), so it
// only appends under the lock; rendering is throttled by the timer.
struct AiAnalysisPanel::Stream
{
    std::mutex mutex;
    std::vector<std::string> texts; // per answer index
    std::vector<std::string> labels;
    bool dirty = false;
    std::optional<ai::AnalysisResult> result;
};

namespace {

constexpr int kRenderIntervalMs = 100;

struct WorkspaceChoices
{
    QStringList models;
    ai::AiSettings settings;
};

EpochMs dayStartMs(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString choiceLabel(const ai::ModelChoice& c)
{
    if (c.provider == "builtin")
        return AiAnalysisPanel::tr("built-in analyst");
    return QString::fromStdString(c.provider) + QLatin1Char(':') +
           (c.model.empty() ? AiAnalysisPanel::tr("default model") : QString::fromStdString(c.model));
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(dark); font-size: 11px;"));
    return label;
}

} // namespace

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

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(buildControls());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(360);
    scroll->setMaximumWidth(460);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
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
                        .arg(Format::dateTime(r.createdAt), QString::fromStdString(r.timeframe).toHtmlEscaped(),
                             models.join(QStringLiteral(", ")).toHtmlEscaped());
                };
                m_compareLeftTitle->setText(title(left));
                m_compareRightTitle->setText(title(right));
                m_compareLeft->setMarkdown(QString::fromStdString(left.content));
                m_compareRight->setMarkdown(QString::fromStdString(right.content));
                m_tabs->setCurrentIndex(3);
            });
    connect(m_history, &ReportHistoryView::exported, this, [this](const QString& path, const QString& error) {
        if (error.isEmpty())
            m_details->setText(tr("Exported to %1").arg(path.toHtmlEscaped()));
        else
            showError(error);
    });
    connect(m_history, &ReportHistoryView::failed, this, &AiAnalysisPanel::showError);
    connect(m_previewJob, &LatestJob::failed, this, [this](const QString& error) {
        m_previewSummary->setText(error.toHtmlEscaped());
        showError(error);
    });
    updateControls();
}

AiAnalysisPanel::~AiAnalysisPanel()
{
    if (m_runner && m_jobId)
        m_runner->cancel(m_jobId);
}

QWidget* AiAnalysisPanel::buildControls()
{
    auto* root = new QWidget(this);
    auto* column = new QVBoxLayout(root);
    column->setContentsMargins(0, 0, 6, 0);

    // What to analyse.
    auto* scope = new QGroupBox(tr("Scope"), root);
    auto* scopeForm = new QFormLayout(scope);
    m_timeframe = new QComboBox(scope);
    m_timeframe->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_timeframe->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_timeframe->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_timeframe->addItem(tr("Last 90 days"), QStringLiteral("90d"));
    m_timeframe->addItem(tr("Custom range"), QStringLiteral("custom"));
    m_timeframe->setCurrentIndex(1);
    scopeForm->addRow(tr("Timeframe"), m_timeframe);
    auto* range = new QHBoxLayout;
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), scope);
    m_to = new QDateEdit(QDate::currentDate(), scope);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–"), scope));
    range->addWidget(m_to);
    scopeForm->addRow(tr("From / to (UTC)"), range);
    m_models = new MultiSelectButton(tr("Models"), scope);
    m_models->setToolTip(tr("Nothing ticked analyses every model."));
    scopeForm->addRow(tr("Models"), m_models);
    column->addWidget(scope);

    auto* analysis = new QGroupBox(tr("Analysis"), root);
    auto* analysisLayout = new QVBoxLayout(analysis);
    for (const std::string& type : ai::analysisTypes()) {
        auto* box = new QCheckBox(QString::fromStdString(ai::analysisTitle(type)), analysis);
        box->setProperty("analysisType", QString::fromStdString(type));
        box->setChecked(true);
        m_types.push_back(box);
        analysisLayout->addWidget(box);
    }
    auto* line = new QFrame(analysis);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    analysisLayout->addWidget(line);
    m_patterns = new QCheckBox(tr("Look for recurring patterns"), analysis);
    m_patterns->setChecked(true);
    m_recommendations = new QCheckBox(tr("End each section with concrete next steps"), analysis);
    m_recommendations->setToolTip(tr("Asks for actionable recommendations in every section, "
                                     "not only in Optimization recommendations."));
    m_recommendations->setChecked(true);
    m_anonymise = new QCheckBox(tr("Anonymise model names and symbols"), analysis);
    m_anonymise->setToolTip(tr("Pseudonyms are sent; real names are restored in the answer."));
    m_useCache = new QCheckBox(tr("Reuse a cached answer when one exists"), analysis);
    m_useCache->setChecked(true);
    for (QCheckBox* b : {m_patterns, m_recommendations, m_anonymise, m_useCache})
        analysisLayout->addWidget(b);
    column->addWidget(analysis);

    // Who writes it.
    auto* analyst = new QGroupBox(tr("Analyst"), root);
    auto* analystLayout = new QVBoxLayout(analyst);
    m_primary = new ModelChoiceEditor(analyst);
    analystLayout->addWidget(m_primary);
    m_consensus = new QCheckBox(tr("Consensus of several models"), analyst);
    analystLayout->addWidget(m_consensus);
    auto* consensusBox = new QWidget(analyst);
    auto* consensusForm = new QFormLayout(consensusBox);
    consensusForm->setContentsMargins(16, 0, 0, 0);
    m_extra[0] = new ModelChoiceEditor(consensusBox);
    m_extra[1] = new ModelChoiceEditor(consensusBox);
    m_thirdModel = new QCheckBox(tr("Third"), consensusBox);
    consensusForm->addRow(tr("Second"), m_extra[0]);
    consensusForm->addRow(m_thirdModel, m_extra[1]);
    m_merge = new QComboBox(consensusBox);
    m_merge->addItem(tr("Built-in merge"), QStringLiteral("builtin"));
    m_merge->setToolTip(tr("Built-in merge lists where the answers agree and differ; a synthesis asks a chosen "
                           "model to write the consensus."));
    m_merge->addItem(tr("Synthesis by a chosen model"), QStringLiteral("model"));
    consensusForm->addRow(tr("Consensus"), m_merge);
    m_synthesis = new ModelChoiceEditor(consensusBox);
    consensusForm->addRow(tr("Synthesis by"), m_synthesis);
    analystLayout->addWidget(consensusBox);
    column->addWidget(analyst);

    auto* buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("Preview request"), root);
    m_previewButton->setToolTip(tr("Shows the exact request and its cost; sends nothing."));
    m_generateButton = new QPushButton(tr("Generate"), root);
    m_generateButton->setDefault(true);
    m_generateButton->setStyleSheet(QStringLiteral("QPushButton { font-weight: 600; padding: 4px 14px; }"));
    m_cancelButton = new QPushButton(tr("Cancel"), root);
    buttons->addWidget(m_previewButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_generateButton);
    column->addLayout(buttons);
    m_progress = new QProgressBar(root);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    column->addWidget(m_progress);
    m_costLine = hint(tr("Preview to see the estimated cost before sending."), root);
    column->addWidget(m_costLine);
    column->addStretch(1);

    const auto update = [this] { updateControls(); };
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, update);
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, &AiAnalysisPanel::showTimeframeRange);
    connect(m_consensus, &QCheckBox::toggled, this, update);
    connect(m_thirdModel, &QCheckBox::toggled, this, update);
    connect(m_merge, &QComboBox::currentIndexChanged, this, update);
    connect(m_previewButton, &QPushButton::clicked, this, &AiAnalysisPanel::preview);
    connect(m_generateButton, &QPushButton::clicked, this, &AiAnalysisPanel::generate);
    connect(m_cancelButton, &QPushButton::clicked, this, &AiAnalysisPanel::cancel);
    return root;
}

QWidget* AiAnalysisPanel::buildReportTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_badges = new QLabel(tab);
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    m_details = new QLabel(tr("Choose what to analyse and press Generate."), tab);
    m_details->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorFrame = new QFrame(tab);
    m_errorFrame->setObjectName(QStringLiteral("aiError"));
    m_errorFrame->setStyleSheet(QStringLiteral(
        "#aiError { background: #fdecea; border: 1px solid #e6a19a; border-radius: 4px; } #aiError QLabel { color: #7a1f16; }"));
    auto* errorLayout = new QHBoxLayout(m_errorFrame);
    m_error = new QLabel(m_errorFrame);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_builtinButton = new QPushButton(tr("Use the built-in analyst instead"), m_errorFrame);
    errorLayout->addWidget(m_error, 1);
    errorLayout->addWidget(m_builtinButton);
    m_errorFrame->hide();
    connect(m_builtinButton, &QPushButton::clicked, this, &AiAnalysisPanel::generateBuiltin);

    m_report = new QTextBrowser(tab);
    m_report->setOpenExternalLinks(true);
    m_report->document()->setDocumentMargin(14);
    m_report->document()->setDefaultStyleSheet(QStringLiteral("h1, h2 { color: #1f3a5f; }"));
    layout->addWidget(m_badges);
    layout->addWidget(m_details);
    layout->addWidget(m_errorFrame);
    layout->addWidget(m_report, 1);
    return tab;
}

QWidget* AiAnalysisPanel::buildPreviewTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_previewSummary = new QLabel(tr("Press Preview request to see exactly what would be sent. Nothing is sent "
                                     "until you press Generate; the API key is never shown."),
                                  tab);
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setTextFormat(Qt::RichText);
    m_previewCall = new QComboBox(tab);
    m_previewCall->hide();
    m_requestText = new QPlainTextEdit(tab);
    m_requestText->setReadOnly(true);
    m_requestText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requestText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewCall);
    layout->addWidget(m_requestText, 1);
    connect(m_previewCall, &QComboBox::currentIndexChanged, this, &AiAnalysisPanel::showPreviewCall);
    return tab;
}

QWidget* AiAnalysisPanel::buildCompareTab()
{
    auto* tab = new QWidget(this);
    auto* splitter = new QSplitter(Qt::Horizontal, tab);
    const auto side = [splitter](QLabel*& title, QTextBrowser*& view) {
        auto* box = new QWidget(splitter);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        title = new QLabel(tr("Select two reports in History and press Compare."), box);
        title->setWordWrap(true);
        view = new QTextBrowser(box);
        l->addWidget(title);
        l->addWidget(view, 1);
        splitter->addWidget(box);
    };
    side(m_compareLeftTitle, m_compareLeft);
    side(m_compareRightTitle, m_compareRight);
    // Scrolling one side scrolls the other: sections line up while reading.
    connect(m_compareLeft->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        const auto* a = m_compareLeft->verticalScrollBar();
        auto* b = m_compareRight->verticalScrollBar();
        if (a->maximum() > 0)
            b->setValue(int(double(v) / a->maximum() * b->maximum()));
    });
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
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

void AiAnalysisPanel::setKeySource(std::shared_ptr<const ai::KeySource> keys)
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

void AiAnalysisPanel::showTimeframeRange()
{
    const QString timeframe = m_timeframe->currentData().toString();
    if (timeframe == QLatin1String("custom"))
        return;
    const QDateTime end = m_asOf > 0 ? QDateTime::fromMSecsSinceEpoch(m_asOf, QTimeZone::utc())
                                     : QDateTime::currentDateTimeUtc();
    const int days = timeframe == QLatin1String("24h") ? 1 : timeframe.chopped(1).toInt();
    m_to->setDate(end.date());
    m_from->setDate(end.addDays(-days).date());
}

void AiAnalysisPanel::wireEditors()
{
    if (!m_keys)
        return;
    ModelChoiceEditor::ServiceFactory factory = [keys = m_keys, overrides = m_overrides](workspace::Database& db) {
        return std::make_unique<ai::AnalysisService>(db, *keys, overrides);
    };
    const std::array<ModelChoiceEditor*, 4> editors{m_primary, m_extra[0], m_extra[1], m_synthesis};
    for (std::size_t i = 0; i < editors.size(); ++i)
        editors[i]->setContext(m_path, m_editorJobs[i], factory);
}

void AiAnalysisPanel::loadWorkspaceChoices()
{
    if (m_path.isEmpty())
        return;
    m_loadJob->run<WorkspaceChoices>(
        tr("Read AI settings"),
        [path = m_path.toStdString()](jobs::JobContext&) {
            workspace::Database db = workspace::Workspace::connect(path);
            WorkspaceChoices out;
            for (const std::string& m : runs::RunStore(db).models())
                out.models << QString::fromStdString(m);
            out.settings = ai::AiSettings::load(db);
            return out;
        },
        [this](const WorkspaceChoices& c) {
            m_models->setChoices(c.models);
            m_configuredProvider = c.settings.provider;
            // The workspace's configured analyst is the default choice.
            const std::string model = c.settings.provider == "anthropic" ? c.settings.anthropicModel
                                      : c.settings.provider == "openai"  ? c.settings.openaiModel
                                                                         : std::string();
            m_primary->setChoice({c.settings.provider, model});
            emit modelsLoaded(int(c.models.size()));
        });
}

ai::AnalysisRequest AiAnalysisPanel::request() const
{
    ai::AnalysisRequest r;
    ai::AnalysisOptions& o = r.options;
    o.timeframe = m_timeframe->currentData().toString().toStdString();
    if (o.timeframe == "custom") {
        o.from = dayStartMs(m_from->date());
        o.to = dayStartMs(m_to->date().addDays(1));
    }
    o.now = m_asOf;
    for (const QString& m : m_models->checked())
        o.models.push_back(m.toStdString());
    for (QCheckBox* b : m_types)
        if (b->isChecked())
            o.types.push_back(b->property("analysisType").toString().toStdString());
    o.patternRecognition = m_patterns->isChecked();
    o.optimizationRecommendations = m_recommendations->isChecked();
    o.anonymise = m_anonymise->isChecked();
    r.useCache = m_useCache->isChecked();
    r.models.push_back(m_primary->choice());
    if (m_consensus->isChecked()) {
        r.models.push_back(m_extra[0]->choice());
        if (m_thirdModel->isChecked())
            r.models.push_back(m_extra[1]->choice());
        if (m_merge->currentData().toString() == QLatin1String("model"))
            r.synthesis = m_synthesis->choice();
    }
    r.author = qEnvironmentVariable("USER").toStdString();
    return r;
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
    m_synthesis->setEnabled(consensus && m_merge->currentData().toString() == QLatin1String("model"));
    const bool busy = isGenerating();
    m_generateButton->setEnabled(!busy && !m_path.isEmpty());
    m_previewButton->setEnabled(!busy && !m_path.isEmpty());
    m_cancelButton->setEnabled(busy);
    m_builtinButton->setEnabled(!busy);
    if (!busy)
        m_progress->setValue(0);
}

void AiAnalysisPanel::preview()
{
    if (m_path.isEmpty() || !m_keys)
        return;
    const ai::AnalysisRequest req = request();
    m_previewSummary->setText(tr("Building the request…"));
    m_previewJob->run<ai::AnalysisPreview>(
        tr("Preview AI request"),
        [path = m_path.toStdString(), req, keys = m_keys, overrides = m_overrides](jobs::JobContext& ctx) {
            workspace::Database db = workspace::Workspace::connect(path);
            ai::AnalysisService service(db, *keys, overrides);
            Feedback feedback = ctx.feedback();
            return service.preview(req, feedback);
        },
        [this](const ai::AnalysisPreview& p) {
            showPreview(p);
            emit previewReady();
        });
}

void AiAnalysisPanel::showPreview(const ai::AnalysisPreview& p)
{
    m_preview = p;
    std::int64_t tokens = 0;
    bool allCached = !p.calls.empty();
    for (const ai::PlannedCall& c : p.calls) {
        tokens += c.estimate.inputTokens;
        allCached = allCached && c.cached;
    }
    const QString cost = p.maxCostUsd ? QString::fromStdString(ai::usd(*p.maxCostUsd)) : tr("unknown (no price for a model)");
    QString text = tr("<b>%n call(s)</b> over %1 runs · about <b>%2</b> input tokens · at most <b>%3</b>",
                      nullptr, int(p.calls.size()))
                       .arg(Format::count(p.totalRuns), Format::count(tokens), cost.toHtmlEscaped());
    if (allCached)
        text += QStringLiteral("<br>") + badge(tr("cached — nothing will be sent"), QStringLiteral("#2e7d32"));
    m_previewSummary->setText(text);
    m_costLine->setText(allCached ? tr("Cached — nothing will be sent.")
                                  : tr("Estimated: %1 input tokens, at most %2.").arg(Format::count(tokens), cost));

    const QSignalBlocker block(m_previewCall);
    m_previewCall->clear();
    for (const ai::PlannedCall& c : p.calls)
        m_previewCall->addItem(tr("%1 — POST %2%3")
                                   .arg(choiceLabel(c.choice), QString::fromStdString(c.endpoint),
                                        c.cached ? tr(" (cached — nothing will be sent)") : QString()));
    m_previewCall->setVisible(p.calls.size() > 1);
    showPreviewCall(0);
    m_tabs->setCurrentIndex(1);
}

void AiAnalysisPanel::showPreviewCall(int index)
{
    if (!m_preview || index < 0 || index >= int(m_preview->calls.size())) {
        m_requestText->clear();
        return;
    }
    m_requestText->setPlainText(QString::fromStdString(dumpJson(m_preview->calls[std::size_t(index)].body, 2)));
}

void AiAnalysisPanel::generate()
{
    startGenerate(request());
}

void AiAnalysisPanel::generateBuiltin()
{
    ai::AnalysisRequest r = request();
    r.models = {{"builtin", ""}};
    r.synthesis.reset();
    startGenerate(r);
}

void AiAnalysisPanel::startGenerate(const ai::AnalysisRequest& req)
{
    if (isGenerating() || m_path.isEmpty() || !m_runner || !m_keys)
        return;
    auto stream = std::make_shared<Stream>();
    for (const ai::ModelChoice& c : req.models)
        stream->labels.push_back(choiceLabel(c).toStdString());
    m_stream = stream;
    m_result.reset();
    m_markdown.clear();
    m_report->clear();
    m_errorFrame->hide();
    const bool builtinOnly = req.models.size() == 1 && req.models.front().provider == "builtin";
    m_badges->setText(badge(tr("Generating…"), QStringLiteral("#1f5fa8")));
    m_details->setText(builtinOnly ? tr("The built-in analyst is computing from the run statistics.")
                                   : tr("Waiting for %1…").arg(QString::fromStdString(stream->labels.front())));
    m_tabs->setCurrentIndex(0);

    QPointer<AiAnalysisPanel> self(this);
    m_jobId = m_runner->submit(
        tr("AI analysis"),
        [path = m_path.toStdString(), req, keys = m_keys, overrides = m_overrides, stream](jobs::JobContext& ctx) {
            workspace::Database db = workspace::Workspace::connect(path);
            ai::AnalysisService service(db, *keys, overrides);
            Feedback feedback = ctx.feedback();
            const ai::AnswerSink sink = [stream](std::size_t index, std::string_view text) {
                std::lock_guard lock(stream->mutex);
                if (stream->texts.size() <= index)
                    stream->texts.resize(index + 1);
                stream->texts[index].append(text);
                stream->dirty = true;
            };
            ai::AnalysisResult result = service.run(req, feedback, sink);
            std::lock_guard lock(stream->mutex);
            stream->result = std::move(result);
            return QVariant();
        },
        [self](const QVariant&, const QString& error) {
            if (self)
                self->finishGenerate(error, false);
        });
    m_renderTimer->start();
    updateControls();
    emit busyChanged(true);
}

void AiAnalysisPanel::renderStream()
{
    if (!m_stream)
        return;
    QString text;
    {
        std::lock_guard lock(m_stream->mutex);
        if (!m_stream->dirty)
            return;
        m_stream->dirty = false;
        std::size_t nonEmpty = 0;
        for (const std::string& t : m_stream->texts)
            nonEmpty += t.empty() ? 0 : 1;
        std::string md;
        for (std::size_t i = 0; i < m_stream->texts.size(); ++i) {
            const std::string& t = m_stream->texts[i];
            if (t.empty())
                continue;
            if (nonEmpty > 1) {
                const std::string label =
                    i < m_stream->labels.size() ? m_stream->labels[i] : tr("built-in analyst").toStdString();
                md += "# " + tr("Answer from %1").arg(QString::fromStdString(label)).toStdString() + "\n\n";
            }
            md += t;
            if (!md.empty() && md.back() != '\n')
                md += '\n';
            md += '\n';
        }
        text = QString::fromStdString(md);
        // One answer alone is shown exactly as it arrives.
        if (nonEmpty == 1)
            for (const std::string& t : m_stream->texts)
                if (!t.empty())
                    text = QString::fromStdString(t);
    }
    m_markdown = text;
    // Keep the reader's place unless they are following the end.
    auto* bar = m_report->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    m_report->setMarkdown(text);
    bar->setValue(atEnd ? bar->maximum() : position);
    emit streamUpdated(int(text.size()));
}

void AiAnalysisPanel::finishGenerate(const QString& error, bool cancelled)
{
    renderStream();
    m_renderTimer->stop();
    m_jobId = 0;
    std::optional<ai::AnalysisResult> result;
    if (m_stream) {
        std::lock_guard lock(m_stream->mutex);
        result = m_stream->result;
    }
    const bool builtinChosen = m_stream && m_stream->labels.size() == 1 &&
                               m_stream->labels.front() == choiceLabel({"builtin", ""}).toStdString();
    m_stream.reset();
    updateControls();
    emit busyChanged(false);
    if (result) {
        showResult(*result, builtinChosen);
        m_history->refresh();
        emit generated(qint64(result->reportId));
        return;
    }
    if (cancelled) {
        m_badges->setText(badge(tr("Cancelled"), QStringLiteral("#8a6d00")));
        m_details->setText(m_markdown.isEmpty() ? tr("Cancelled before any text arrived; nothing was stored.")
                                                : tr("Cancelled; the text that arrived is shown."));
        emit generationFailed(tr("Cancelled"));
        return;
    }
    showError(error);
    m_badges->setText(badge(tr("Failed"), QStringLiteral("#b3261e")));
    m_details->clear();
    emit generationFailed(error);
}

QString AiAnalysisPanel::badge(const QString& text, const QString& colour)
{
    return QStringLiteral("<span style=\"background-color:%1; color:white; font-weight:600;\">&nbsp;%2&nbsp;</span> ")
        .arg(colour, text.toHtmlEscaped());
}

void AiAnalysisPanel::showResult(const ai::AnalysisResult& r, bool builtinChosen)
{
    m_result = r;
    m_markdown = QString::fromStdString(r.markdown);
    m_report->setMarkdown(m_markdown);
    m_errorFrame->hide();

    QString badges;
    bool allBuiltin = !r.answers.empty();
    for (const ai::ModelAnswer& a : r.answers)
        allBuiltin = allBuiltin && a.provider == "builtin";
    if (r.usedFallback)
        badges += badge(tr("Written by the built-in statistical analyst because the provider failed"),
                        QStringLiteral("#8a6d00"));
    else if (allBuiltin && m_configuredProvider == "builtin" && builtinChosen)
        badges += badge(tr("Written by the built-in statistical analyst (no provider configured)"),
                        QStringLiteral("#455a64"));
    else if (allBuiltin)
        badges += badge(tr("Written by the built-in statistical analyst"), QStringLiteral("#455a64"));
    else if (r.answers.size() > 1)
        badges += badge(tr("Consensus of %1 models").arg(r.answers.size()), QStringLiteral("#4a3aa8"));
    else if (!r.answers.empty())
        badges += badge(tr("Written by %1").arg(QString::fromStdString(r.answers.front().model.empty()
                                                                            ? r.answers.front().provider
                                                                            : r.answers.front().model)),
                        QStringLiteral("#1f5fa8"));
    if (r.cached)
        badges += badge(tr("Cached — nothing was sent"), QStringLiteral("#2e7d32"));
    if (r.incomplete)
        badges += badge(tr("Incomplete — the answer was cut short; what arrived is kept"), QStringLiteral("#b3261e"));
    m_badges->setText(badges);

    QStringList parts;
    parts << tr("%1 runs analysed").arg(Format::count(r.totalRuns));
    if (r.inputTokens || r.outputTokens)
        parts << tr("%1 tokens in / %2 out")
                     .arg(Format::count(r.inputTokens.value_or(0)), Format::count(r.outputTokens.value_or(0)));
    else
        parts << tr("no tokens used");
    if (allBuiltin || r.cached)
        parts << tr("nothing sent, no cost");
    else
        parts << (r.costUsd ? tr("cost %1").arg(QString::fromStdString(ai::usd(*r.costUsd)))
                            : tr("cost unknown (no price for the model)"));
    if (r.reportId)
        parts << tr("stored as report #%1").arg(r.reportId);
    m_details->setText(parts.join(QStringLiteral(" · ")));
}

void AiAnalysisPanel::showStored(const ai::StoredReport& s)
{
    m_result.reset();
    m_markdown = QString::fromStdString(s.content);
    m_report->setMarkdown(m_markdown);
    m_errorFrame->hide();
    QString badges = badge(tr("Stored report #%1").arg(s.id), QStringLiteral("#455a64"));
    if (s.provider == "builtin")
        badges += badge(tr("Written by the built-in statistical analyst"), QStringLiteral("#455a64"));
    if (s.cached)
        badges += badge(tr("Cached"), QStringLiteral("#2e7d32"));
    if (s.incomplete)
        badges += badge(tr("Incomplete"), QStringLiteral("#b3261e"));
    if (s.anonymised)
        badges += badge(tr("Sent anonymised"), QStringLiteral("#4a3aa8"));
    m_badges->setText(badges);
    QStringList models;
    for (const std::string& m : s.models)
        models << QString::fromStdString(m);
    QStringList parts{Format::dateTime(s.createdAt),
                      tr("timeframe %1").arg(QString::fromStdString(s.timeframe)),
                      tr("models filter %1").arg(QString::fromStdString(s.modelFilter)),
                      tr("%1 runs").arg(Format::count(s.totalRuns)),
                      models.join(QStringLiteral(", "))};
    if (s.inputTokens || s.outputTokens)
        parts << tr("%1 tokens in / %2 out")
                     .arg(Format::count(s.inputTokens.value_or(0)), Format::count(s.outputTokens.value_or(0)));
    if (s.costUsd)
        parts << tr("cost %1").arg(QString::fromStdString(ai::usd(*s.costUsd)));
    if (!s.templateVersion.empty())
        parts << tr("template %1 v%2").arg(QString::fromStdString(s.templateName), QString::fromStdString(s.templateVersion));
    if (!s.author.empty())
        parts << tr("by %1").arg(QString::fromStdString(s.author));
    m_details->setText(parts.join(QStringLiteral(" · ")));
}

void AiAnalysisPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_errorFrame->show();
    m_tabs->setCurrentIndex(0);
}

void AiAnalysisPanel::cancel()
{
    if (m_runner && m_jobId)
        m_runner->cancel(m_jobId);
}

} // namespace kestrel::ui
