#include "ui/settings/ConnectionTest.h"
#include "core/common/ProviderIds.h"

#include "core/ai/AnthropicProvider.h"
#include "core/ai/OpenAiCompatibleProvider.h"
#include "core/net/Redaction.h"
#include "core/common/Error.h"
#include "core/secrets/KeychainKeySource.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace kestrel::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::ui", text);
}

// The message with the key and anything key-shaped masked.
QString clean(const std::string& text, const std::string& key)
{
    std::string out = net::Redaction::redact(text);
    if (key.size() >= 4) {
        for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at))
            out.replace(at, key.size(), "[redacted]");
    }
    return QString::fromStdString(out);
}

// Resolves the key and builds the provider. Returns nothing with `error` set
// when a required key is missing or the store cannot be read.
std::unique_ptr<ai::Provider> makeProvider(ProviderTarget& target, QString& error)
{
    if (target.typedKey.empty()) {
        try {
            if (auto key = secrets::KeychainKeySource(target.store).key(target.provider))
                target.config.apiKey = key->value;
        } catch (const Error& e) {
            error = tr("The saved key could not be read: %1").arg(QString::fromUtf8(e.what()));
            return nullptr;
        }
    } else {
        net::Redaction::registerSecret(target.typedKey);
        target.config.apiKey = target.typedKey;
    }
    if (target.provider == provider_id::kAnthropic) {
        if (target.config.apiKey.empty()) {
            error = tr("No Anthropic API key: type one above, save it, or set ANTHROPIC_API_KEY.");
            return nullptr;
        }
        if (target.config.baseUrl.empty())
            target.config.baseUrl = ai::AnthropicProvider::kDefaultBaseUrl;
        return std::make_unique<ai::AnthropicProvider>(target.config);
    }
    if (target.config.baseUrl.empty())
        target.config.baseUrl = ai::OpenAiCompatibleProvider::kDefaultBaseUrl;
    return std::make_unique<ai::OpenAiCompatibleProvider>(target.config);
}

} // namespace

ConnectionReport testConnection(ProviderTarget target, std::stop_token stop)
{
    ConnectionReport report;
    const std::string typed = target.typedKey;
    QElapsedTimer timer;
    timer.start();
    // One attempt: the point is to say what the endpoint answers.
    target.config.maxRetries = 0;
    try {
        QString error;
        std::unique_ptr<ai::Provider> provider = makeProvider(target, error);
        if (!provider) {
            report.message = clean(error.toStdString(), typed);
            return report;
        }
        if (target.model.empty()) {
            const ai::ModelList list = provider->listModels(stop);
            if (list.models.empty() || list.fromFallback) {
                report.message = clean(
                    tr("No model is chosen and the provider listed none%1. Choose a model first.")
                        .arg(list.note.empty()
                                 ? QString()
                                 : QStringLiteral(" (") + QString::fromStdString(list.note) + ')')
                        .toStdString(),
                    target.config.apiKey);
                return report;
            }
            target.model = list.models.front().id;
        }
        ai::CompletionRequest request;
        request.model = target.model;
        request.prompt = "Reply with the single word: ready";
        request.maxTokens = 16;
        request.temperature = 0;
        timer.restart();
        const ai::Completion answer = provider->complete(request, {}, stop);
        const qint64 ms = answer.durationMs > 0 ? answer.durationMs : timer.elapsed();
        QString text = QString::fromStdString(answer.text).simplified();
        if (text.size() > 80)
            text = text.left(80) + QStringLiteral("…");
        const QString model =
            QString::fromStdString(answer.model.empty() ? target.model : answer.model);
        QString message = tr("Connected: %1 answered in %2 ms with model %3: “%4”.")
                              .arg(QString::fromStdString(provider->displayName()))
                              .arg(ms)
                              .arg(model, text);
        if (answer.incomplete)
            message += ' ' + tr("The answer was cut short: %1.")
                                 .arg(QString::fromStdString(answer.incompleteReason));
        report.ok = !answer.incomplete;
        report.message = clean(message.toStdString(), target.config.apiKey);
    } catch (const ai::ProviderError& e) {
        report.message = clean(tr("Failed after %1 ms: %2")
                                   .arg(timer.elapsed())
                                   .arg(QString::fromUtf8(e.what()))
                                   .toStdString(),
                               target.config.apiKey);
    } catch (const Cancelled&) {
        report.message = tr("Cancelled.");
    } catch (const std::exception& e) {
        report.message = clean(tr("Failed after %1 ms: %2")
                                   .arg(timer.elapsed())
                                   .arg(QString::fromUtf8(e.what()))
                                   .toStdString(),
                               target.config.apiKey.empty() ? typed : target.config.apiKey);
    }
    return report;
}

ModelListReport fetchModels(ProviderTarget target, std::stop_token stop)
{
    ModelListReport report;
    try {
        QString error;
        std::unique_ptr<ai::Provider> provider = makeProvider(target, error);
        if (!provider) {
            report.note = clean(error.toStdString(), target.typedKey);
            return report;
        }
        const ai::ModelList list = provider->listModels(stop);
        for (const ai::ModelInfo& m : list.models)
            report.models << QString::fromStdString(m.id);
        report.fromFallback = list.fromFallback;
        if (list.fromFallback)
            report.note = clean(tr("Could not list the models (%1); showing the built-in list.")
                                    .arg(QString::fromStdString(list.note))
                                    .toStdString(),
                                target.config.apiKey);
    } catch (const std::exception& e) {
        report.note =
            clean(e.what(), target.config.apiKey.empty() ? target.typedKey : target.config.apiKey);
    }
    return report;
}

} // namespace kestrel::ui
