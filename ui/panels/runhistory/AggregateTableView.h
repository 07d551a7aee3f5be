#pragma once

#include "core/runs/RunAggregates.h"
#include "core/runs/RunFilter.h"
#include "core/runs/RunHistoryService.h"
#include "ui/widgets/LatestJob.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <type_traits>
#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

// A read-only table model over a vector of rows with `Columns` columns; the
// views add data() and headerData().
template <typename Row, int Columns> class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const Row* row(int r) const
    {
        return r >= 0 && r < int(m_rows.size()) ? &m_rows[size_t(r)] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : Columns;
    }

protected:
    std::vector<Row> m_rows;
};

// The frame shared by the Run History views that show one aggregate of the
// filtered runs as a table: a status line, the table over a proxy that sorts by
// Qt::UserRole, and the recomputation in the background on a connection of its
// own whenever the workspace or the filter changes.
class AggregateTableView : public QWidget
{
    Q_OBJECT
public:
    void setContext(const QString& workspacePath, kestrel::jobs::JobRunner* runner);
    void setFilter(const kestrel::runs::RunFilter& filter);

    bool isBusy() const;
    // The sorted model the table shows.
    QSortFilterProxyModel* model() const { return m_proxy; }
    QTableView* table() const { return m_table; }

signals:
    void updated();

protected:
    // `failureText` takes the error message as %1.
    AggregateTableView(const QString& failureText, QWidget* parent);

    // Lets a view drop parts of the filter it does not apply.
    virtual runs::RunFilter adjustFilter(const runs::RunFilter& filter) const { return filter; }
    virtual void recompute() = 0;

    // Runs `compute(service, filter, feedback)` in the background and hands
    // its rows to `show` on this thread; nothing happens before a workspace is set.
    template <typename Compute, typename Show>
    void recomputeWith(const QString& title, Compute compute, Show show)
    {
        if (m_path.isEmpty() || !m_job->runner())
            return;
        using Rows = std::invoke_result_t<Compute, const runs::RunHistoryService&,
                                          const runs::RunFilter&, const Feedback&>;
        const runs::RunHistoryService service(m_path.toStdString());
        const runs::RunFilter filter = m_filter;
        m_job->run<Rows>(
            title,
            [service, filter, compute](jobs::JobContext& ctx) {
                return compute(service, filter, ctx.feedback());
            },
            show);
    }

    QVBoxLayout* m_layout;
    LatestJob* m_job;
    QLabel* m_status;
    QTableView* m_table;
    QSortFilterProxyModel* m_proxy;

private:
    QString m_path;
    runs::RunFilter m_filter;
};

} // namespace kestrel::ui
