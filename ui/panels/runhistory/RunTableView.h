#pragma once

#include <QTableView>

namespace kestrel::ui {

class RunTableModel;

// The runs table: fixed row height (a million rows lay out instantly), SQL
// sorting by header click, and selection and scroll position kept by run id
// when the model re-reads the workspace (live updates), so new runs appear
// without the view jumping.
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

signals:
    void currentRunChanged(qint64 id);

private:
    void rememberState();
    void restoreState();
    RunTableModel* m_model = nullptr;
    qint64 m_keptSelection = 0;
    qint64 m_keptTop = 0;
    bool m_keptAtTop = true;
    int m_keptHorizontal = 0;
    int m_sortSection = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace kestrel::ui
