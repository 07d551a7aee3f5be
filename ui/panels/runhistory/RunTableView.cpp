#include "ui/panels/runhistory/RunTableView.h"

#include "core/runs/RunFilter.h"
#include "ui/panels/runhistory/RunTableModel.h"
#include "ui/widgets/TableActions.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace kestrel::ui {

RunTableView::RunTableView(RunTableModel* model, QWidget* parent)
    : QTableView(parent), m_model(model)
{
    setModel(model);
    TableActions::Hooks hooks;
    hooks.canFilter = [](const QModelIndex& index) {
        const int c = index.column();
        return (c == RunTableModel::Model || c == RunTableModel::Symbol ||
                c == RunTableModel::Status || c == RunTableModel::DataSource) &&
               !index.data(int(RunTableModel::Role::RawValue)).toString().isEmpty();
    };
    hooks.filterBy = [this](const QModelIndex& index) {
        runs::RunFilter f = m_model->filter();
        const std::string value =
            index.data(int(RunTableModel::Role::RawValue)).toString().toStdString();
        switch (index.column()) {
        case RunTableModel::Model:
            f.models = {value};
            break;
        case RunTableModel::Symbol:
            f.symbols = {value};
            break;
        case RunTableModel::Status:
            f.statuses = {value};
            break;
        case RunTableModel::DataSource:
            f.dataSources = {value};
            break;
        default:
            return;
        }
        emit filterRequested(f);
    };
    hooks.openDetail = [this](const QModelIndex& index) {
        if (const qint64 id = m_model->runId(index.row()))
            emit detailRequested(id);
    };
    hooks.copyRows = [this] { copySelectedRuns(); };
    m_actions = TableActions::install(this, std::move(hooks));
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    QHeaderView* rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView* columns = horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    auto width = [digit](int chars) { return chars * digit + 24; };
    setColumnWidth(RunTableModel::Time, width(17));
    setColumnWidth(RunTableModel::Model, width(21));
    setColumnWidth(RunTableModel::Symbol, width(12));
    setColumnWidth(RunTableModel::Status, width(9));
    setColumnWidth(RunTableModel::Duration, width(8));
    setColumnWidth(RunTableModel::Accuracy, width(8));
    setColumnWidth(RunTableModel::Confidence, width(9));
    setColumnWidth(RunTableModel::DataSource, width(9));

    columns->setSortIndicator(RunTableModel::Time, Qt::DescendingOrder);
    m_sortSection = RunTableModel::Time;
    setSortingEnabled(true);
    // The error message cannot be ordered in SQL: put the indicator back.
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            [this, columns](int section, Qt::SortOrder order) {
                runs::RunSortColumn unused;
                if (!RunTableModel::sortColumnFor(section, unused)) {
                    const QSignalBlocker block(columns);
                    columns->setSortIndicator(m_sortSection, m_sortOrder);
                    return;
                }
                m_sortSection = section;
                m_sortOrder = order;
            });

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &RunTableView::rememberState);
    connect(model, &QAbstractItemModel::modelReset, this, &RunTableView::restoreState);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const qint64 id = current.isValid() ? m_model->runId(current.row()) : 0;
                if (id != m_keptSelection || !current.isValid()) {
                    m_keptSelection = id;
                    emit currentRunChanged(id);
                }
            });
}

void RunTableView::copySelectedRuns()
{
    const QList<int> rows = TableActions::selectedRowNumbers(this);
    if (rows.isEmpty())
        return;
    if (std::all_of(rows.begin(), rows.end(), [this](int r) { return m_model->isRowLoaded(r); })) {
        QApplication::clipboard()->setText(TableActions::selectedRowsAsTsv(this));
        emit rowsCopied(int(rows.size()));
        return;
    }
    if (m_model->isLoading()) {
        // Rows between the preview's head and tail have no id yet: copy the
        // selection as it is once the id list is in (or nothing, should the load fail).
        if (!m_copyWhenLoaded) {
            const auto stop = [this] {
                disconnect(m_copyWhenLoaded);
                disconnect(m_copyLoadFailed);
            };
            m_copyWhenLoaded = connect(m_model, &RunTableModel::loaded, this, [this, stop] {
                stop();
                copySelectedRuns();
            });
            m_copyLoadFailed = connect(m_model, &RunTableModel::loadFailed, this, stop);
        }
        return;
    }
    // Pages not read yet: read the selected runs in a job, then copy (never empty cells).
    m_model->fetchRows(rows, this, [this, rows](std::vector<runs::RunRecord>&& records) {
        QList<int> present;
        QHash<int, const runs::RunRecord*> byRow;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const runs::RunRecord& r = records[static_cast<size_t>(i)];
            if (r.id) {
                present << rows[i];
                byRow.insert(rows[i], &r);
            }
        }
        QApplication::clipboard()->setText(
            TableActions::rowsAsTsv(this, present, [&byRow](int row, int column) {
                return RunTableModel::displayText(*byRow.value(row), column);
            }));
        emit rowsCopied(int(present.size()));
    });
}

qint64 RunTableView::selectedRunId() const
{
    // With several rows selected, the one the user last clicked.
    const QModelIndex current = selectionModel()->currentIndex();
    if (current.isValid() && selectionModel()->isRowSelected(current.row(), {}))
        return m_model->runId(current.row());
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->runId(rows.front().row());
}

qint64 RunTableView::topRunId() const
{
    const int row = rowAt(0);
    return row < 0 ? 0 : m_model->runId(row);
}

bool RunTableView::selectRun(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void RunTableView::rememberState()
{
    m_keptSelection = selectedRunId();
    m_keptTop = topRunId();
    m_keptAtTop = verticalScrollBar()->value() == 0;
    m_keptHorizontal = horizontalScrollBar()->value();
}

void RunTableView::restoreState()
{
    // The scroll bars learn the new row count here rather than at the next layout.
    updateGeometries();
    const qint64 selected = m_keptSelection;
    const int selectedRow = selected ? m_model->rowOfId(selected) : -1;
    if (selectedRow >= 0) {
        const QModelIndex index = m_model->index(selectedRow, 0);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    } else if (selected) {
        m_keptSelection = 0;
        emit currentRunChanged(0);
    }
    horizontalScrollBar()->setValue(m_keptHorizontal);
    if (!m_model->isRefresh()) {
        // A new filter or sort: start at the top, or at the run still selected.
        if (selectedRow >= 0)
            scrollTo(m_model->index(selectedRow, 0), QAbstractItemView::PositionAtCenter);
        else
            scrollToTop();
        return;
    }
    // Live update: stay where the user was; at the very top, show what arrived.
    const int topRow = m_keptAtTop ? -1 : m_model->rowOfId(m_keptTop);
    if (topRow >= 0)
        scrollTo(m_model->index(topRow, 0), QAbstractItemView::PositionAtTop);
    else
        scrollToTop();
}

} // namespace kestrel::ui
