#pragma once

#include "core/ai/Settings.h"
#include "core/ai/SettingsService.h"
#include "ui/settings/SettingsPage.h"

#include <QDoubleSpinBox>
#include <QString>

#include <functional>

class QLabel;

namespace kestrel::ui {

// The declaration of a numeric AI setting (core/ai/Settings.h) by key.
const ai::NumberSetting& aiNumberSetting(const char* key);

// A spin box bounded by the setting's declared range; `scale` converts the
// stored unit into the shown one (0.001 shows milliseconds as seconds).
QDoubleSpinBox* makeAiSpinBox(const char* key, int decimals, double scale, QWidget* parent);

// The setting's description for a person.
QString aiSettingLabel(const char* key);

// Reads the AI settings (keeping what other pages own), lets `change` set
// this page's part and stores them, in a job on `runner` through the
// SettingsService; then `after(ok)`. A refusal is shown in `error`.
void applyAiSettings(SettingsPage* page, const ai::SettingsService& service,
                     jobs::JobRunner* runner, QLabel* error,
                     std::function<void(ai::AiSettings&)> change, std::function<void(bool)> after);

} // namespace kestrel::ui
