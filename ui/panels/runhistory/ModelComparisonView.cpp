#include "ui/panels/runhistory/ModelComparisonView.h"

#include "core/workspace/Workspace.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace kestrel::ui {

// The rows of compareModels(); Qt::UserRole holds the number a column sorts by.
class ModelComparisonView::TableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<runs::ModelStats> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        const runs::ModelStats& m = m_rows[size_t(index.row())];
        if (role == Qt::DisplayRole)
            return text(m, index.column());
        if (role == Qt::UserRole)
            return sortKey(m, index.column());
        if (role == Qt::TextAlignmentRole && index.column() != Model)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && (index.column() == SuccessRate || index.column() == Accuracy))
            return ModelComparisonView::tr("95 % confidence interval in brackets (%1)")
                .arg(index.column() == SuccessRate ? ModelComparisonView::tr("Wilson")
                                                   : ModelComparisonView::tr("Student t"));
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Rank: return ModelComparisonView::tr("Rank");
        case Model: return ModelComparisonView::tr("Model");
        case Runs: return ModelComparisonView::tr("Runs");
        case Failed: return ModelComparisonView::tr("Failed");
        case SuccessRate: return ModelComparisonView::tr("Success rate (95 % CI)");
        case Accuracy: return ModelComparisonView::tr("Mean accuracy (95 % CI)");
        case P50: return ModelComparisonView::tr("p50 duration");
        case P95: return ModelComparisonView::tr("p95 duration");
        default: return {};
        }
    }

private:
    static QString text(const runs::ModelStats& m, int column)
    {
        switch (column) {
        case Rank: return QString::number(m.rank);
        case Model: return QString::fromStdString(m.model);
        case Runs: return Format::count(m.runs);
        case Failed: return Format::count(m.failed);
        case SuccessRate: return Format::percentInterval(m.successRate, m.successInterval);
        case Accuracy: return Format::meanInterval(m.meanAccuracy, m.accuracyInterval);
        case P50: return Format::duration(m.p50Duration);
        case P95: return Format::duration(m.p95Duration);
        default: return {};
        }
    }

    // Missing values sort below every real one.
    static QVariant sortKey(const runs::ModelStats& m, int column)
    {
        constexpr double kMissing = -std::numeric_limits<double>::infinity();
        switch (column) {
        case Rank: return m.rank;
        case Model: return QString::fromStdString(m.model);
        case Runs: return qint64(m.runs);
        case Failed: return qint64(m.failed);
        case SuccessRate: return m.successRate.value_or(kMissing);
        case Accuracy: return m.meanAccuracy.value_or(kMissing);
        case P50: return m.p50Duration.value_or(kMissing);
        case P95: return m.p95Duration.value_or(kMissing);
        default: return {};
        }
    }

    std::vector<runs::ModelStats> m_rows;
};

ModelComparisonView::ModelComparisonView(QWidget* parent)
    : QWidget(parent), m_job(new LatestJob(this)), m_status(new QLabel(this)),
      m_table(new QTableView(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_model(new TableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Model, QHeaderView::Stretch);

    connect(m_job, &LatestJob::failed, this, [this](const QString& error) {
        m_status->setText(tr("The comparison could not be computed: %1").arg(error));
        m_status->show();
    });
}

void ModelComparisonView::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    m_path = workspacePath;
    m_job->setRunner(runner);
    recompute();
}

void ModelComparisonView::setFilter(const runs::RunFilter& filter)
{
    m_filter = filter;
    recompute();
}

bool ModelComparisonView::isBusy() const
{
    return m_job->isBusy();
}

void ModelComparisonView::recompute()
{
    if (m_path.isEmpty() || !m_job->runner())
        return;
    const std::string path = m_path.toStdString();
    const runs::RunFilter filter = m_filter;
    m_job->run<std::vector<runs::ModelStats>>(
        tr("Model comparison"),
        [path, filter](jobs::JobContext&) {
            workspace::Database db = workspace::Workspace::connect(path);
            return runs::RunAggregates(db).compareModels(filter);
        },
        [this](const std::vector<runs::ModelStats>& rows) {
            m_model->setRows(rows);
            m_status->setVisible(rows.empty());
            m_status->setText(tr("No runs match the filter."));
            emit updated();
        });
}

} // namespace kestrel::ui
