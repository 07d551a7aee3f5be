#pragma once

#include <QString>

namespace kestrel::ui {

// Applies a colour theme to the running application: "system" restores the
// style and palette the application started with, "light" and "dark" switch
// to the Fusion style with a light or dark palette. Unknown names mean "system".
void applyTheme(const QString& name);

// Applies settings::theme; called once at start-up.
void applyStoredTheme();

} // namespace kestrel::ui
