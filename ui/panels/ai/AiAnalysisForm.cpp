#include "ui/panels/ai/AiAnalysisPanel.h"
#include "core/common/ProviderIds.h"

#include "ui/panels/ai/AiAnalysisPanelParts.h"
#include "core/ai/AnalysisTypes.h"
#include "core/ai/Governance.h"
#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "core/secrets/KeychainKeySource.h"
#include "ui/panels/ai/ModelChoiceEditor.h"
#include "ui/panels/ai/ReportHistoryView.h"
#include "ui/Settings.h"
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

using namespace aipanel;

// The request form: what to analyse and who writes it, and the request it describes.
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
    showDefaultTimeframe();
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
    m_merge->addItem(tr("Built-in merge"), QString::fromLatin1(provider_id::kBuiltin));
    m_merge->setToolTip(
        tr("Built-in merge lists where the answers agree and differ; a synthesis asks a chosen "
           "model to write the consensus."));
    m_merge->addItem(tr("Synthesis by a chosen model"), QStringLiteral("model"));
    consensusForm->addRow(tr("Consensus"), m_merge);
    m_synthesis = new ModelChoiceEditor(consensusBox);
    consensusForm->addRow(tr("Synthesis by"), m_synthesis);
    analystLayout->addWidget(consensusBox);
    column->addWidget(analyst);
    column->addStretch(1);

    const auto update = [this] { updateControls(); };
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, update);
    connect(m_timeframe, &QComboBox::currentIndexChanged, this,
            &AiAnalysisPanel::showTimeframeRange);
    connect(m_consensus, &QCheckBox::toggled, this, update);
    connect(m_thirdModel, &QCheckBox::toggled, this, update);
    connect(m_merge, &QComboBox::currentIndexChanged, this, update);
    return root;
}

QWidget* AiAnalysisPanel::buildFormActions()
{
    auto* root = new QWidget(this);
    root->setObjectName(QStringLiteral("aiFormActions"));
    auto* column = new QVBoxLayout(root);
    column->setContentsMargins(0, 4, 6, 0);
    auto* buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("Preview request"), root);
    m_previewButton->setToolTip(tr("Shows the exact request and its cost; sends nothing."));
    m_generateButton = new QPushButton(tr("Generate"), root);
    m_generateButton->setDefault(true);
    m_generateButton->setStyleSheet(
        QStringLiteral("QPushButton { font-weight: 600; padding: 4px 14px; }"));
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

    connect(m_previewButton, &QPushButton::clicked, this, &AiAnalysisPanel::preview);
    connect(m_generateButton, &QPushButton::clicked, this, &AiAnalysisPanel::generate);
    connect(m_cancelButton, &QPushButton::clicked, this, &AiAnalysisPanel::cancel);
    return root;
}

void AiAnalysisPanel::showDefaultTimeframe()
{
    m_timeframe->setCurrentIndex(
        std::max(0, m_timeframe->findData(settings::defaultTimeframePreset())));
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

void AiAnalysisPanel::loadWorkspaceChoices()
{
    if (m_path.isEmpty())
        return;
    m_loadJob->run<WorkspaceChoices>(
        tr("Read AI settings"),
        [path = m_path.toStdString()](jobs::JobContext&) {
            ai::AnalysisService service(path);
            WorkspaceChoices out;
            for (const std::string& m : service.runModels())
                out.models << QString::fromStdString(m);
            out.settings = service.settings();
            return out;
        },
        [this](const WorkspaceChoices& c) {
            m_models->setChoices(c.models);
            m_configuredProvider = c.settings.provider;
            // The workspace's configured analyst is the default choice.
            const std::string model =
                c.settings.provider == provider_id::kAnthropic ? c.settings.anthropicModel
                : c.settings.provider == provider_id::kOpenAi  ? c.settings.openaiModel
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
    return r;
}

} // namespace kestrel::ui
