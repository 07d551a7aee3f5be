#pragma once

#include "core/runs/RunFilter.h"

#include <QTableView>

namespace kestrel::ui {

class RunTableModel;
class TableActions;

// The runs table: fixed row height (a million rows lay out instantly), SQL
// sorting by header click, and selection and scroll position kept by run id
// when the model re-reads the workspace (live updates), so new runs appear
// without the view jumping. Rows are selected several at a time and copied
// with Ctrl+C; right-click offers copy, filter by this value, open detail and
// the column chooser (TableActions).
class RunTableView : public QTableView
{
    Q_OBJECT
public:
    explicit RunTableView(RunTableModel* model, QWidget* parent = nullptr);

    RunTableModel* runModel() const { return m_model; }
    // Id of the selected run, or 0.
    qint64 selectedRunId() const;
    // Selects a run and scrolls to it; false when it is not in the table.
    bool selectRun(qint64 id);
    // Id of the run in the top visible row, or 0.
    qint64 topRunId() const;

    TableActions* actions() const { return m_actions; }
    // Ctrl+C: the selected rows as TSV. Rows whose page has not arrived are
    // read first in a listed job (RunTableModel::fetchRows), and the clipboard
    // is set when they are in; while the id list loads, the copy waits for it.
    void copySelectedRuns();

signals:
    void currentRunChanged(qint64 id);
    // "Filter by this value": the current filter narrowed to the cell's value.
    void filterRequested(const runs::RunFilter& filter);
    // "Open detail" or Enter on a run.
    void detailRequested(qint64 id);
    // The clipboard now holds `rows` copied rows.
    void rowsCopied(int rows);

private:
    void rememberState();
    void restoreState();
    RunTableModel* m_model = nullptr;
    TableActions* m_actions = nullptr;
    qint64 m_keptSelection = 0;
    qint64 m_keptTop = 0;
    bool m_keptAtTop = true;
    int m_keptHorizontal = 0;
    int m_sortSection = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    // A Ctrl+C waiting for the id list.
    QMetaObject::Connection m_copyWhenLoaded;
    QMetaObject::Connection m_copyLoadFailed;
};

} // namespace kestrel::ui
