#include "ui/panels/ai/ModelChoiceEditor.h"
#include "core/common/ProviderIds.h"

#include "ui/widgets/LatestJob.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace kestrel::ui {

namespace {

struct Listed
{
    QStringList ids;
    QString note;
};

} // namespace

ModelChoiceEditor::ModelChoiceEditor(QWidget* parent)
    : QWidget(parent), m_provider(new QComboBox(this)), m_model(new QComboBox(this))
{
    m_provider->addItem(tr("Built-in analyst"), QString::fromLatin1(provider_id::kBuiltin));
    m_provider->addItem(tr("Anthropic"), QString::fromLatin1(provider_id::kAnthropic));
    m_provider->addItem(tr("OpenAI-compatible"), QString::fromLatin1(provider_id::kOpenAi));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setPlaceholderText(tr("provider default"));
    // Long provider and model names must not widen the controls column.
    m_provider->setMinimumContentsLength(12);
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(10);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_provider);
    layout->addWidget(m_model, 1);

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        refreshModels();
        emit changed();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, &ModelChoiceEditor::changed);
    refreshModels();
}

void ModelChoiceEditor::setContext(const QString& workspacePath, LatestJob* job,
                                   ServiceFactory factory)
{
    m_path = workspacePath;
    m_job = job;
    m_factory = std::move(factory);
    refreshModels();
}

ai::ModelChoice ModelChoiceEditor::choice() const
{
    const std::string provider = m_provider->currentData().toString().toStdString();
    if (provider == provider_id::kBuiltin)
        return {provider, {}};
    return {provider, m_model->currentText().trimmed().toStdString()};
}

void ModelChoiceEditor::setChoice(const ai::ModelChoice& choice)
{
    const int index = m_provider->findData(QString::fromStdString(choice.provider));
    if (index >= 0)
        m_provider->setCurrentIndex(index);
    m_model->setCurrentText(QString::fromStdString(choice.model));
}

void ModelChoiceEditor::refreshModels()
{
    const QString provider = m_provider->currentData().toString();
    const bool builtin = provider == QLatin1String(provider_id::kBuiltin);
    m_model->setEnabled(!builtin);
    if (builtin) {
        m_model->clear();
        m_model->lineEdit()->setPlaceholderText(tr("no model: statistics only"));
        return;
    }
    m_model->lineEdit()->setPlaceholderText(tr("provider default"));
    if (!m_job || !m_factory || m_path.isEmpty())
        return;
    const QString typed = m_model->currentText();
    m_job->run<Listed>(
        tr("List %1 models").arg(m_provider->currentText()),
        [path = m_path.toStdString(), factory = m_factory,
         id = provider.toStdString()](jobs::JobContext& ctx) {
            auto service = factory(path);
            const ai::ModelList list = service->listModels(id, ctx.stopToken());
            Listed out;
            for (const ai::ModelInfo& m : list.models)
                out.ids << QString::fromStdString(m.id);
            if (list.fromFallback)
                out.note = QString::fromStdString(list.note);
            return out;
        },
        [this, typed](const Listed& listed) {
            const QSignalBlocker block(m_model);
            m_model->clear();
            m_model->addItems(listed.ids);
            m_model->setCurrentText(typed);
            m_model->setToolTip(listed.note.isEmpty()
                                    ? tr("Models listed by the provider.")
                                    : tr("The provider could not be asked; built-in list shown. %1")
                                          .arg(listed.note));
            emit modelsListed(int(listed.ids.size()));
        });
}

} // namespace kestrel::ui
