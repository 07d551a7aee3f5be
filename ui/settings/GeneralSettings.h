#pragma once

#include "ui/Settings.h"

namespace kestrel::ui::settings {

// "system", "light" or "dark" (Fusion with its own palette).
extern const SettingsEntry<QString> theme;
// A language code ("de", "en") or empty for the system's language; read at start-up.
extern const SettingsEntry<QString> language;

// "utc" or "local": the zone every time in the GUI is shown in.
extern const SettingsEntry<QString> timeZone;

} // namespace kestrel::ui::settings
