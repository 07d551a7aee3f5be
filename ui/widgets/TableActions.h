#pragma once

#include <QModelIndex>
#include <QObject>
#include <QString>

#include <functional>

class QMenu;
class QTableView;

namespace kestrel::ui {

// The desktop conventions of a data table (DBeaver, QGIS attribute table):
// rows selected several at a time (Shift, Ctrl), Ctrl+C copying the selected
// rows as tab-separated text with the visible headers, a context menu on rows
// (copy, copy cell, filter by this value, open detail, the panel's own
// entries) and one on the header that chooses the visible columns.
class TableActions : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        // Whether "Filter by this value" applies to the cell; null: never.
        std::function<bool(const QModelIndex&)> canFilter;
        std::function<void(const QModelIndex&)> filterBy;
        // "Open detail"; null: no entry.
        std::function<void(const QModelIndex&)> openDetail;
        // Adds the panel's own entries to the row menu.
        std::function<void(QMenu*, const QModelIndex&)> extend;
        // Copies the selected rows itself (a model that reads its rows in jobs
        // fetches the missing ones first); null: selectedRowsAsTsv().
        std::function<void()> copyRows;
    };

    // Sets up `view` and owns the menus' behaviour; lives as the view's child.
    static TableActions* install(QTableView* view, Hooks hooks = {});

    // The selected rows (in row order) as TSV: a header line of the visible
    // columns in their visual order, then one line per row. Tabs and line
    // breaks inside a cell become spaces.
    static QString selectedRowsAsTsv(const QTableView* view);
    // The same TSV for `rows` with the cells from `cell(row, column)`.
    static QString rowsAsTsv(const QTableView* view, const QList<int>& rows,
                             const std::function<QString(int, int)>& cell);
    // The selected rows, in row order.
    static QList<int> selectedRowNumbers(const QTableView* view);

    // Copies the selected rows to the clipboard (Ctrl+C).
    void copyRows() const;
    // The menus, built for a cell or for the header; shown with popup().
    QMenu* rowMenu(const QModelIndex& index);
    QMenu* headerMenu();

private:
    TableActions(QTableView* view, Hooks hooks);
    bool eventFilter(QObject* watched, QEvent* event) override;

    QTableView* m_view;
    Hooks m_hooks;
};

} // namespace kestrel::ui
