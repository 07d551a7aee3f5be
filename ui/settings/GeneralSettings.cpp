#include "ui/settings/GeneralSettings.h"

namespace kestrel::ui::settings {

const SettingsEntry<QString> theme(QStringLiteral("ui/theme"), QStringLiteral("system"),
                                   QT_TRANSLATE_NOOP("Settings", "Colour theme"));

const SettingsEntry<QString> language(QStringLiteral("ui/language"), QString(),
                                      QT_TRANSLATE_NOOP("Settings", "Language of the interface"));

const SettingsEntry<QString> timeZone(QStringLiteral("ui/time_zone"), QStringLiteral("utc"),
                                      QT_TRANSLATE_NOOP("Settings", "Show times in"));

} // namespace kestrel::ui::settings
