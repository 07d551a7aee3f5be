#pragma once

#include "core/ai/AnalysisService.h"

#include <QWidget>

#include <functional>

class QComboBox;

namespace kestrel::ui {

class LatestJob;

// One provider and model: a provider drop-down (built-in, Anthropic,
// OpenAI-compatible) and an editable model list filled in the background from
// the provider itself (its built-in list when it cannot be asked). Nothing
// depends on one model name existing: any name can be typed.
class ModelChoiceEditor : public QWidget
{
    Q_OBJECT
public:
    // Builds a service on the worker's own connection, for listing models.
    // Makes the service for a workspace path, on the job's worker thread.
    using ServiceFactory =
        std::function<std::unique_ptr<ai::AnalysisService>(const std::string& workspacePath)>;

    explicit ModelChoiceEditor(QWidget* parent = nullptr);

    void setContext(const QString& workspacePath, LatestJob* job, ServiceFactory factory);
    ai::ModelChoice choice() const;
    void setChoice(const ai::ModelChoice& choice);
    QComboBox* providerBox() const { return m_provider; }
    QComboBox* modelBox() const { return m_model; }
    // Asks the provider for its models again.
    void refreshModels();

signals:
    void changed();
    void modelsListed(int count);

private:
    QString m_path;
    LatestJob* m_job = nullptr;
    ServiceFactory m_factory;
    QComboBox* m_provider;
    QComboBox* m_model;
};

} // namespace kestrel::ui
