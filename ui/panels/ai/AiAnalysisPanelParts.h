#pragma once

// What the files of the AI Analysis panel share (AiAnalysisPanel.cpp, the
// request form, the run controller and the result views); not for other code.
#include "ui/panels/ai/AiAnalysisPanel.h"

#include "core/ai/Settings.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <mutex>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QWidget;

namespace kestrel::ui {

// Text streamed by the worker, picked up by the UI thread's render timer: the
// sink is called on worker threads (several at once in a consensus), so it
// only appends under the lock; rendering is throttled by the timer.
struct AiAnalysisPanel::Stream
{
    std::mutex mutex;
    std::vector<std::string> texts; // per answer index
    std::vector<std::string> labels;
    bool dirty = false;
    std::optional<ai::AnalysisResult> result;
};

namespace aipanel {

inline constexpr int kRenderIntervalMs = 100;

struct WorkspaceChoices
{
    QStringList models;
    ai::AiSettings settings;
};

inline EpochMs dayStartMs(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString choiceLabel(const ai::ModelChoice& c);
// A small grey explanation under a control.
QLabel* hint(const QString& text, QWidget* parent);

} // namespace aipanel

} // namespace kestrel::ui
