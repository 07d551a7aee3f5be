#include "ui/settings/AiSettingFields.h"

#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPointer>

#include <cstring>

namespace kestrel::ui {

const ai::NumberSetting& aiNumberSetting(const char* key)
{
    for (const ai::NumberSetting& s : ai::numberSettings())
        if (std::strcmp(s.key, key) == 0)
            return s;
    throw Error(std::string("Unknown AI setting ") + key);
}

QDoubleSpinBox* makeAiSpinBox(const char* key, int decimals, double scale, QWidget* parent)
{
    const ai::NumberSetting& s = aiNumberSetting(key);
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(key));
    box->setDecimals(decimals);
    box->setRange(s.min * scale, s.max * scale);
    box->setToolTip(aiSettingLabel(key));
    return box;
}

QString aiSettingLabel(const char* key)
{
    return QCoreApplication::translate("AiSettings", aiNumberSetting(key).description);
}

void applyAiSettings(SettingsPage* page, const ai::SettingsService& service,
                     jobs::JobRunner* runner, QLabel* error,
                     std::function<void(ai::AiSettings&)> change, std::function<void(bool)> after)
{
    page->storeInJob(
        runner, error, [service, change = std::move(change)] { service.updateAi(change); },
        std::move(after));
}

void SettingsPage::storeInJob(jobs::JobRunner* runner, QLabel* error, std::function<void()> store,
                              std::function<void(bool ok)> after)
{
    ++m_saving;
    QPointer<QLabel> label(error);
    auto finish = [this, label, after](bool ok, const QString& message) {
        --m_saving;
        if (label) {
            label->setText(
                QCoreApplication::translate("AiSettingFields", "Not applied: %1").arg(message));
            label->setVisible(!ok);
        }
        after(ok);
        emit saved(ok);
    };
    runner->submit<bool>(
        QCoreApplication::translate("AiSettingFields", "Store settings"), jobs::JobOptions::view(),
        [store = std::move(store)](jobs::JobContext&) {
            store();
            return true;
        },
        this, [finish](bool) { finish(true, QString()); },
        [finish](const QString& message) { finish(false, message); });
}

} // namespace kestrel::ui
