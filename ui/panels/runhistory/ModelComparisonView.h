#pragma once

#include "core/runs/RunAggregates.h"
#include "core/runs/RunFilter.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class LatestJob;

// Per-model comparison over the runs a filter selects: runs, failures, success
// rate and mean accuracy with their 95 % intervals, p50/p95 duration and rank.
// A handful of rows, so sorting happens in a proxy model. Recomputed in the
// background.
class ModelComparisonView : public QWidget
{
    Q_OBJECT
public:
    enum Column { Rank, Model, Runs, Failed, SuccessRate, Accuracy, P50, P95, ColumnCount };

    explicit ModelComparisonView(QWidget* parent = nullptr);

    void setContext(const QString& workspacePath, kestrel::jobs::JobRunner* runner);
    void setFilter(const kestrel::runs::RunFilter& filter);

    bool isBusy() const;
    // The sorted model the table shows.
    QSortFilterProxyModel* model() const { return m_proxy; }
    QTableView* table() const { return m_table; }

signals:
    void updated();

private:
    void recompute();

    QString m_path;
    runs::RunFilter m_filter;
    LatestJob* m_job;
    QLabel* m_status;
    QTableView* m_table;
    QSortFilterProxyModel* m_proxy;
    class TableModel;
    TableModel* m_model;
};

} // namespace kestrel::ui
