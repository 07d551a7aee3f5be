#pragma once

#include "ui/panels/runhistory/AggregateTableView.h"

#include <vector>

class QHBoxLayout;
class QLabel;

namespace kestrel::ui {

class ModelIntervalChart;

// Per-model comparison over the runs a filter selects: runs, failures, success
// rate and mean accuracy with their 95 % intervals, p50/p95 duration and rank.
// A handful of rows, so sorting happens in a proxy model. Beside the table a
// forest plot of the success rates' intervals in rank order; above both, what
// the ranking means for these models. Recomputed in the background.
class ModelComparisonView : public AggregateTableView
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        Model,
        Runs,
        Failed,
        SuccessRate,
        Accuracy,
        P50,
        P95,
        ColumnCount
    };

    explicit ModelComparisonView(QWidget* parent = nullptr);

    ModelIntervalChart* chart() const { return m_chart; }
    QLabel* explanation() const { return m_explanation; }
    // The height that shows the chart, the explanation and every row of the table.
    int heightForAllRows() const;
    // Keeps the view at heightForAllRows(), after every update and on every
    // change of width (the Overview, which scrolls rather than squeezes).
    void setFitsAllRows(bool fits);
    // The plain-language reading of the ranking of `models`: the metric and
    // its direction, the best model with its interval and runs, which models'
    // intervals overlap the best one and which lie wholly below it, the tie
    // breakers. Without ranked models, only how the ranking works.
    static QString explainRanking(const std::vector<runs::ModelStats>& models);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void recompute() override;
    void fitHeight();

    class TableModel;
    TableModel* m_model;
    QLabel* m_explanation;
    ModelIntervalChart* m_chart;
    QHBoxLayout* m_top;
    bool m_fitsAllRows = false;
};

} // namespace kestrel::ui
