#pragma once

#include "core/ai/Settings.h"
#include "core/secrets/SecretStore.h"
#include "ui/settings/ConnectionTest.h"
#include "core/ai/SettingsService.h"
#include "ui/settings/SettingsPage.h"

#include <memory>
#include <stop_token>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class ApiKeyField;

// AI providers: which provider analyses use, the Anthropic and
// OpenAI-compatible endpoints (key, base URL, default model from the fetched
// list) and the request limits (max tokens, temperature, timeouts, retries).
// Keys are saved at once into the SecretStore; everything else is stored in
// the workspace's AiSettings at Apply. Test connection and Refresh run on
// worker threads with the values as shown, applied or not.
class AiProvidersPage : public SettingsPage
{
    Q_OBJECT

public:
    // Connection tests, model lists and key saves run on `runner`'s Interactive lane.
    // The settings are stored through `service` in jobs on `runner`.
    AiProvidersPage(ai::SettingsService service, std::shared_ptr<secrets::SecretStore> store,
                    jobs::JobRunner* runner, QWidget* parent = nullptr);
    // The values the workspace holds (read by the dialog in a job).
    void showStored(const ai::AiSettings& stored);
    ~AiProvidersPage() override;

    QString title() const override;
    bool isModified() const override;
    bool apply() override;
    void restoreDefaults() override;

    // True while a key is being saved (the dialog waits before closing).
    bool isBusy() const;

    void testConnection(const std::string& provider);
    void refreshModels(const std::string& provider);

signals:
    void idle();
    void connectionTested(bool ok);
    void modelsRefreshed();

private:
    struct Endpoint
    {
        ApiKeyField* key = nullptr;
        QLineEdit* baseUrl = nullptr;
        QComboBox* model = nullptr;
        QPushButton* refresh = nullptr;
        QLabel* modelNote = nullptr;
        QPushButton* test = nullptr;
        QLabel* testStatus = nullptr;
    };
    struct Values
    {
        QString provider, anthropicUrl, anthropicModel, openaiUrl, openaiModel;
        double maxTokens = 0, temperature = 0, connectTimeoutS = 0, readTimeoutS = 0, retries = 0;
        bool operator==(const Values&) const = default;
    };

    QWidget* buildEndpoint(Endpoint& e, const std::string& provider, const QString& defaultUrl);
    Endpoint& endpoint(const std::string& provider);
    Values current() const;
    void show(const Values& v);
    static Values fromSettings(const ai::AiSettings& s);
    ProviderTarget target(const std::string& provider) const;

    ai::SettingsService m_service;
    std::shared_ptr<secrets::SecretStore> m_store;
    jobs::JobRunner* m_runner;
    std::stop_source m_stop;
    QComboBox* m_provider;
    Endpoint m_anthropic;
    Endpoint m_openai;
    QDoubleSpinBox* m_maxTokens;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_connectTimeout;
    QDoubleSpinBox* m_readTimeout;
    QDoubleSpinBox* m_retries;
    QLabel* m_error;
    Values m_applied;
};

} // namespace kestrel::ui
