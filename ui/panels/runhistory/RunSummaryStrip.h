#pragma once

#include "core/runs/RunAggregates.h"

#include <QFrame>

class QLabel;

namespace kestrel::ui {

// One line of key figures for the current filter: runs, success rate, mean and
// p95 duration, mean accuracy. Shows "…" while the figures are computed.
class RunSummaryStrip : public QFrame
{
    Q_OBJECT
public:
    explicit RunSummaryStrip(QWidget* parent = nullptr);

    void setSummary(const runs::RunSummary& summary);
    const runs::RunSummary& summary() const { return m_summary; }
    void setBusy(bool busy);
    void setError(const QString& message);
    // The value label of a figure ("runs", "successRate", "meanDuration",
    // "p95Duration", "meanAccuracy"); for tests and screenshots.
    QLabel* valueLabel(const QString& name) const;

private:
    QLabel* addFigure(const QString& name, const QString& caption);
    runs::RunSummary m_summary;
    QLabel* m_runs = nullptr;
    QLabel* m_success = nullptr;
    QLabel* m_meanDuration = nullptr;
    QLabel* m_p95Duration = nullptr;
    QLabel* m_accuracy = nullptr;
    QLabel* m_state = nullptr;
};

} // namespace kestrel::ui
