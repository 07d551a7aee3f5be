#pragma once

#include "core/ai/Settings.h"

#include <QDoubleSpinBox>
#include <QString>

namespace kestrel::ui {

// The declaration of a numeric AI setting (core/ai/Settings.h) by key.
const ai::NumberSetting& aiNumberSetting(const char* key);

// A spin box bounded by the setting's declared range; `scale` converts the
// stored unit into the shown one (0.001 shows milliseconds as seconds).
QDoubleSpinBox* makeAiSpinBox(const char* key, int decimals, double scale, QWidget* parent);

// The setting's description for a person.
QString aiSettingLabel(const char* key);

} // namespace kestrel::ui
