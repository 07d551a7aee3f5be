#include "ui/settings/AiSettingFields.h"

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QLabel>

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

bool applyAiSettings(workspace::Database& db, QLabel* error,
                     const std::function<void(ai::AiSettings&)>& change)
{
    try {
        ai::AiSettings s = ai::AiSettings::load(db);
        change(s);
        s.save(db);
    } catch (const Error& e) {
        error->setText(QCoreApplication::translate("AiSettingFields", "Not applied: %1")
                           .arg(QString::fromUtf8(e.what())));
        error->show();
        return false;
    }
    error->hide();
    return true;
}

} // namespace kestrel::ui
