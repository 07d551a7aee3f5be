#pragma once

#include "ui/panels/runhistory/AggregateTableView.h"

namespace kestrel::ui {

// Per-model comparison over the runs a filter selects: runs, failures, success
// rate and mean accuracy with their 95 % intervals, p50/p95 duration and rank.
// A handful of rows, so sorting happens in a proxy model. Recomputed in the
// background.
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

private:
    void recompute() override;

    class TableModel;
    TableModel* m_model;
};

} // namespace kestrel::ui
