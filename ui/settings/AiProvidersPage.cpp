#include "ui/settings/AiProvidersPage.h"
#include "core/common/ProviderIds.h"

#include "core/ai/AnthropicProvider.h"
#include "core/ai/OpenAiCompatibleProvider.h"
#include "ui/settings/AiSettingFields.h"
#include "ui/settings/ApiKeyField.h"
#include "core/jobs/JobRunner.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace kestrel::ui {

AiProvidersPage::AiProvidersPage(ai::SettingsService service,
                                 std::shared_ptr<secrets::SecretStore> store,
                                 jobs::JobRunner* runner, QWidget* parent)
    : SettingsPage(parent), m_service(std::move(service)), m_store(std::move(store)),
      m_runner(runner)
{
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->addItem(tr("Built-in statistical analyst (no network)"),
                        QString::fromLatin1(provider_id::kBuiltin));
    m_provider->addItem(tr("Anthropic"), QString::fromLatin1(provider_id::kAnthropic));
    m_provider->addItem(tr("OpenAI-compatible"), QString::fromLatin1(provider_id::kOpenAi));

    auto* anthropic = new QGroupBox(tr("Anthropic"), this);
    auto* anthropicLayout = new QVBoxLayout(anthropic);
    anthropicLayout->addWidget(
        buildEndpoint(m_anthropic, provider_id::kAnthropic,
                      QString::fromLatin1(ai::AnthropicProvider::kDefaultBaseUrl)));

    auto* openai = new QGroupBox(
        tr("OpenAI-compatible (OpenAI, gateways, llama.cpp server, Ollama, vLLM)"), this);
    auto* openaiLayout = new QVBoxLayout(openai);
    openaiLayout->addWidget(
        buildEndpoint(m_openai, provider_id::kOpenAi,
                      QString::fromLatin1(ai::OpenAiCompatibleProvider::kDefaultBaseUrl)));

    m_maxTokens = makeAiSpinBox("ai.max_tokens", 0, 1, this);
    m_temperature = makeAiSpinBox("ai.temperature", 2, 1, this);
    m_temperature->setSingleStep(0.1);
    m_connectTimeout = makeAiSpinBox("ai.connect_timeout_ms", 1, 0.001, this);
    m_connectTimeout->setSuffix(tr(" s"));
    m_readTimeout = makeAiSpinBox("ai.read_timeout_ms", 1, 0.001, this);
    m_readTimeout->setSuffix(tr(" s"));
    m_retries = makeAiSpinBox("ai.max_retries", 0, 1, this);
    auto* requests = new QGroupBox(tr("Requests"), this);
    auto* requestForm = new QFormLayout(requests);
    requestForm->addRow(aiSettingLabel("ai.max_tokens"), m_maxTokens);
    requestForm->addRow(aiSettingLabel("ai.temperature"), m_temperature);
    requestForm->addRow(tr("Wait for the provider to answer"), m_connectTimeout);
    requestForm->addRow(tr("Longest silence inside a streamed answer"), m_readTimeout);
    requestForm->addRow(aiSettingLabel("ai.max_retries"), m_retries);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("aiProvidersError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* top = new QFormLayout;
    top->addRow(tr("Provider for analyses"), m_provider);
    column->addLayout(top);
    column->addWidget(anthropic);
    column->addWidget(requests);
    column->addWidget(openai);
    column->addWidget(m_error);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_applied = fromSettings(ai::AiSettings());
    show(m_applied);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    for (QDoubleSpinBox* box :
         {m_maxTokens, m_temperature, m_connectTimeout, m_readTimeout, m_retries})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsPage::changed);
}

AiProvidersPage::~AiProvidersPage()
{
    m_stop.request_stop(); // workers still running return quickly and are ignored
}

QWidget* AiProvidersPage::buildEndpoint(Endpoint& e, const std::string& provider,
                                        const QString& defaultUrl)
{
    const QString id = QString::fromStdString(provider);
    auto* box = new QWidget(this);
    e.key = new ApiKeyField(provider, m_store, m_runner, box);
    e.baseUrl = new QLineEdit(box);
    e.baseUrl->setObjectName(id + QStringLiteral("BaseUrl"));
    e.baseUrl->setPlaceholderText(defaultUrl);
    e.model = new QComboBox(box);
    e.model->setObjectName(id + QStringLiteral("Model"));
    e.model->setEditable(true);
    e.model->setInsertPolicy(QComboBox::NoInsert);
    e.model->lineEdit()->setPlaceholderText(tr("the first model the provider lists"));
    e.refresh = new QPushButton(tr("Refresh"), box);
    e.refresh->setObjectName(id + QStringLiteral("RefreshModels"));
    e.refresh->setToolTip(tr("Ask the provider which models it offers"));
    e.modelNote = new QLabel(box);
    e.modelNote->setObjectName(id + QStringLiteral("ModelNote"));
    e.modelNote->setWordWrap(true);
    e.modelNote->hide();
    e.test = new QPushButton(tr("Test connection"), box);
    e.test->setObjectName(id + QStringLiteral("TestConnection"));
    e.testStatus = new QLabel(box);
    e.testStatus->setObjectName(id + QStringLiteral("TestStatus"));
    e.testStatus->setWordWrap(true);
    e.testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(e.model, 1);
    modelRow->addWidget(e.refresh);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(e.test);
    testRow->addWidget(e.testStatus, 1);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("API key"), e.key);
    form->addRow(tr("Base URL"), e.baseUrl);
    form->addRow(tr("Default model"), modelRow);
    form->addRow(QString(), e.modelNote);
    form->addRow(QString(), testRow);

    connect(e.key, &ApiKeyField::edited, this, &SettingsPage::changed);
    connect(e.key, &ApiKeyField::idle, this, [this] {
        if (!isBusy())
            emit idle();
    });
    connect(e.baseUrl, &QLineEdit::textChanged, this, &SettingsPage::changed);
    connect(e.model, &QComboBox::currentTextChanged, this, &SettingsPage::changed);
    connect(e.refresh, &QPushButton::clicked, this, [this, provider] { refreshModels(provider); });
    connect(e.test, &QPushButton::clicked, this, [this, provider] { testConnection(provider); });
    return box;
}

AiProvidersPage::Endpoint& AiProvidersPage::endpoint(const std::string& provider)
{
    return provider == provider_id::kAnthropic ? m_anthropic : m_openai;
}

QString AiProvidersPage::title() const
{
    return tr("AI providers");
}

AiProvidersPage::Values AiProvidersPage::fromSettings(const ai::AiSettings& s)
{
    Values v;
    v.provider = QString::fromStdString(s.provider);
    v.anthropicUrl = QString::fromStdString(s.anthropicBaseUrl);
    v.anthropicModel = QString::fromStdString(s.anthropicModel);
    v.openaiUrl = QString::fromStdString(s.openaiBaseUrl);
    v.openaiModel = QString::fromStdString(s.openaiModel);
    v.maxTokens = s.maxTokens;
    v.temperature = s.temperature;
    v.connectTimeoutS = s.connectTimeoutMs / 1000.0;
    v.readTimeoutS = s.readTimeoutMs / 1000.0;
    v.retries = s.maxRetries;
    return v;
}

AiProvidersPage::Values AiProvidersPage::current() const
{
    Values v;
    v.provider = m_provider->currentData().toString();
    v.anthropicUrl = m_anthropic.baseUrl->text().trimmed();
    v.anthropicModel = m_anthropic.model->currentText().trimmed();
    v.openaiUrl = m_openai.baseUrl->text().trimmed();
    v.openaiModel = m_openai.model->currentText().trimmed();
    v.maxTokens = m_maxTokens->value();
    v.temperature = m_temperature->value();
    v.connectTimeoutS = m_connectTimeout->value();
    v.readTimeoutS = m_readTimeout->value();
    v.retries = m_retries->value();
    return v;
}

void AiProvidersPage::show(const Values& v)
{
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(v.provider)));
    m_anthropic.baseUrl->setText(v.anthropicUrl);
    m_anthropic.model->setCurrentText(v.anthropicModel);
    m_openai.baseUrl->setText(v.openaiUrl);
    m_openai.model->setCurrentText(v.openaiModel);
    m_maxTokens->setValue(v.maxTokens);
    m_temperature->setValue(v.temperature);
    m_connectTimeout->setValue(v.connectTimeoutS);
    m_readTimeout->setValue(v.readTimeoutS);
    m_retries->setValue(v.retries);
}

bool AiProvidersPage::isModified() const
{
    return !(current() == m_applied) || m_anthropic.key->hasUnsavedKey() ||
           m_openai.key->hasUnsavedKey();
}

bool AiProvidersPage::isBusy() const
{
    return m_anthropic.key->isBusy() || m_openai.key->isBusy();
}

void AiProvidersPage::showStored(const ai::AiSettings& stored)
{
    m_applied = fromSettings(stored);
    show(m_applied);
    emit changed();
}

bool AiProvidersPage::apply()
{
    const Values v = current();
    const Values before = m_applied;
    auto change = [v](ai::AiSettings& s) {
        s.provider = v.provider.toStdString();
        s.anthropicBaseUrl = v.anthropicUrl.toStdString();
        s.anthropicModel = v.anthropicModel.toStdString();
        s.openaiBaseUrl = v.openaiUrl.toStdString();
        s.openaiModel = v.openaiModel.toStdString();
        s.maxTokens = static_cast<int>(std::lround(v.maxTokens));
        s.temperature = v.temperature;
        s.connectTimeoutMs = static_cast<int>(std::lround(v.connectTimeoutS * 1000));
        s.readTimeoutMs = static_cast<int>(std::lround(v.readTimeoutS * 1000));
        s.maxRetries = static_cast<int>(std::lround(v.retries));
    };
    applyAiSettings(this, m_service, m_runner, m_error, change, [this, before](bool ok) {
        if (!ok) // still to apply
            m_applied = before;
        emit changed();
    });
    // Applied unless the store refuses (then saved(false) and modified again).
    m_applied = v;
    for (ApiKeyField* key : {m_anthropic.key, m_openai.key})
        if (key->hasUnsavedKey())
            key->saveTypedKey();
    emit changed();
    return true;
}

void AiProvidersPage::restoreDefaults()
{
    show(fromSettings(ai::AiSettings()));
}

ProviderTarget AiProvidersPage::target(const std::string& provider) const
{
    const Endpoint& e = provider == provider_id::kAnthropic ? m_anthropic : m_openai;
    ProviderTarget t;
    t.provider = provider;
    t.config.baseUrl = e.baseUrl->text().trimmed().toStdString();
    t.config.connectTimeoutMs = static_cast<int>(std::lround(m_connectTimeout->value() * 1000));
    t.config.readTimeoutMs = static_cast<int>(std::lround(m_readTimeout->value() * 1000));
    t.config.maxRetries = static_cast<int>(std::lround(m_retries->value()));
    t.model = e.model->currentText().trimmed().toStdString();
    t.typedKey = e.key->typedKey();
    t.store = m_store;
    return t;
}

void AiProvidersPage::testConnection(const std::string& provider)
{
    Endpoint& e = endpoint(provider);
    e.test->setEnabled(false);
    e.testStatus->setText(tr("Testing…"));
    ProviderTarget t = target(provider);
    const std::stop_token stop = m_stop.get_token();
    m_runner->submit<ConnectionReport>(
        tr("Test the connection"), jobs::JobOptions::view(),
        [t, stop](jobs::JobContext&) mutable { return ui::testConnection(std::move(t), stop); },
        this,
        [this, provider](ConnectionReport report) {
            Endpoint& e = endpoint(provider);
            e.test->setEnabled(true);
            e.testStatus->setText(report.message);
            e.testStatus->setStyleSheet(report.ok ? QStringLiteral("color: #1e8449")
                                                  : QStringLiteral("color: #c0392b"));
            emit connectionTested(report.ok);
        });
}

void AiProvidersPage::refreshModels(const std::string& provider)
{
    Endpoint& e = endpoint(provider);
    e.refresh->setEnabled(false);
    e.modelNote->setText(tr("Asking for the model list…"));
    e.modelNote->show();
    ProviderTarget t = target(provider);
    const std::stop_token stop = m_stop.get_token();
    m_runner->submit<ModelListReport>(
        tr("Fetch the model list"), jobs::JobOptions::view(),
        [t, stop](jobs::JobContext&) mutable { return fetchModels(std::move(t), stop); }, this,
        [this, provider](ModelListReport report) {
            Endpoint& e = endpoint(provider);
            e.refresh->setEnabled(true);
            const QString chosen = e.model->currentText();
            {
                const QSignalBlocker block(e.model);
                e.model->clear();
                e.model->addItems(report.models);
                e.model->setCurrentText(
                    chosen.isEmpty() && !report.models.isEmpty() ? report.models.front() : chosen);
            }
            if (report.note.isEmpty())
                e.modelNote->setText(
                    tr("%n model(s) offered.", nullptr, static_cast<int>(report.models.size())));
            else
                e.modelNote->setText(report.note);
            emit changed();
            emit modelsRefreshed();
        });
}

} // namespace kestrel::ui
