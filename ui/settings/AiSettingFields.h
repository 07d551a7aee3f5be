#pragma once

#include "core/ai/Settings.h"

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

// Loads the AI settings (keeping what other pages own), lets `change` set this
// page's part and saves them. A refusal is shown in `error` ("Not applied: ...")
// and false returned; on success `error` is hidden.
bool applyAiSettings(workspace::Database& db, QLabel* error,
                     const std::function<void(ai::AiSettings&)>& change);

} // namespace kestrel::ui
