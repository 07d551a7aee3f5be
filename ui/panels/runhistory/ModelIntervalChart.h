#pragma once

#include "core/runs/RunAggregates.h"

#include <qcustomplot.h>

#include <vector>

namespace kestrel::ui {

// The ranked models' success rates as a forest plot: one row per model in
// rank order, the best at the top, labelled with the model and its runs; a
// dot at the rate and a bar over its 95 % Wilson interval; a dashed line at
// the best model's lower bound, which every bar that overlaps the best one
// reaches. Each interval is a QCPItemLine named after its model, from (low,
// row) to (high, row), row = rank - 1. Hovering a row shows its figures.
class ModelIntervalChart : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ModelIntervalChart(QWidget* parent = nullptr);

    void setModels(std::vector<runs::ModelStats> models);
    // The models as drawn, in rank order.
    const std::vector<runs::ModelStats>& models() const { return m_models; }
    // The interval bar of `model`, or null when it has no interval.
    QCPItemLine* intervalOf(const QString& model) const;
    // The tooltip of the row at `row` (0 = rank 1), empty outside the rows.
    QString rowToolTip(int row) const;
    // Height that shows every row readably.
    QSize sizeHint() const override;

protected:
    bool event(QEvent* event) override;

private:
    void recolour(const QPalette& palette);

    std::vector<runs::ModelStats> m_models;
    std::vector<QCPItemLine*> m_intervals; // one per model, null without an interval
    std::vector<QCPGraph*> m_rates;        // one per model
    QCPItemStraightLine* m_bestLow;
};

} // namespace kestrel::ui
