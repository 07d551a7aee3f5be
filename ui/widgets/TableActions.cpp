#include "ui/widgets/TableActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace kestrel::ui {

namespace {

QString clean(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

// Visible columns in the order the user sees them.
QList<int> visibleColumns(const QTableView* view)
{
    QList<int> columns;
    const QHeaderView* header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

} // namespace

TableActions::TableActions(QTableView* view, Hooks hooks)
    : QObject(view), m_view(view), m_hooks(std::move(hooks))
{
}

TableActions* TableActions::install(QTableView* view, Hooks hooks)
{
    auto* actions = new TableActions(view, std::move(hooks));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* copy = new QAction(tr("Copy"), view);
    copy->setObjectName(QStringLiteral("copyRows"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, actions, &TableActions::copyRows);
    view->addAction(copy);

    view->viewport()->installEventFilter(actions);
    view->horizontalHeader()->installEventFilter(actions);
    if (actions->m_hooks.openDetail)
        connect(view, &QAbstractItemView::activated, actions,
                [actions](const QModelIndex& index) { actions->m_hooks.openDetail(index); });
    return actions;
}

QList<int> TableActions::selectedRowNumbers(const QTableView* view)
{
    QList<int> rows;
    if (!view->selectionModel())
        return rows;
    for (const QModelIndex& row : view->selectionModel()->selectedRows())
        rows << row.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString TableActions::rowsAsTsv(const QTableView* view, const QList<int>& rows,
                                const std::function<QString(int, int)>& cell)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return {};
    const QList<int> columns = visibleColumns(view);
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList cells;
        for (int c : columns)
            cells << clean(cell(row, c));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableActions::selectedRowsAsTsv(const QTableView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model || !view->selectionModel())
        return {};
    return rowsAsTsv(view, selectedRowNumbers(view), [model](int row, int column) {
        return model->index(row, column).data(Qt::DisplayRole).toString();
    });
}

void TableActions::copyRows() const
{
    if (!m_view->selectionModel() || !m_view->selectionModel()->hasSelection())
        return;
    if (m_hooks.copyRows) {
        m_hooks.copyRows();
        return;
    }
    QApplication::clipboard()->setText(selectedRowsAsTsv(m_view));
}

QMenu* TableActions::rowMenu(const QModelIndex& index)
{
    auto* menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("tableRowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    QAction* copyRows = menu->addAction(tr("Copy %n row(s)", nullptr, std::max(1, selected)), this,
                                        &TableActions::copyRows);
    copyRows->setShortcut(QKeySequence::Copy);
    const QString text = index.data(Qt::DisplayRole).toString();
    menu->addAction(tr("Copy cell"), this, [text] { QApplication::clipboard()->setText(text); });
    if (m_hooks.filterBy && m_hooks.canFilter && m_hooks.canFilter(index)) {
        const QString column =
            m_view->model()->headerData(index.column(), Qt::Horizontal).toString();
        const QString shown = text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
        QAction* filter = menu->addAction(tr("Filter by %1 = \"%2\"").arg(column, shown));
        filter->setObjectName(QStringLiteral("filterByValue"));
        connect(filter, &QAction::triggered, this, [this, index] { m_hooks.filterBy(index); });
    }
    if (m_hooks.openDetail) {
        QAction* open = menu->addAction(tr("Open detail"));
        open->setObjectName(QStringLiteral("openDetail"));
        connect(open, &QAction::triggered, this, [this, index] { m_hooks.openDetail(index); });
    }
    if (m_hooks.extend)
        m_hooks.extend(menu, index);
    menu->addSeparator();
    QMenu* columns = headerMenu();
    columns->setTitle(tr("Columns"));
    columns->setParent(menu, columns->windowFlags());
    columns->setAttribute(Qt::WA_DeleteOnClose, false);
    menu->addMenu(columns);
    return menu;
}

QMenu* TableActions::headerMenu()
{
    auto* menu = new QMenu(tr("Columns"), m_view);
    menu->setObjectName(QStringLiteral("tableColumnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemModel* model = m_view->model();
    for (int c = 0; c < header->count(); ++c) {
        QAction* a = menu->addAction(model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setData(c);
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            // Keep at least one column.
            if (!on && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(c, !on);
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Show all columns"), this, [header] {
        for (int c = 0; c < header->count(); ++c)
            header->setSectionHidden(c, false);
    });
    return menu;
}

bool TableActions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ContextMenu)
        return false;
    auto* e = static_cast<QContextMenuEvent*>(event);
    if (watched == m_view->horizontalHeader()) {
        headerMenu()->popup(e->globalPos());
        return true;
    }
    const QModelIndex index = m_view->indexAt(e->pos());
    if (!index.isValid())
        return false;
    // Right-click on a row outside the selection selects that row, as in a file manager.
    if (!m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    rowMenu(index)->popup(e->globalPos());
    return true;
}

} // namespace kestrel::ui
