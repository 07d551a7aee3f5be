#include "ui/panels/anomaly/AnomalyTableModel.h"

#include "core/workspace/Workspace.h"
#include "ui/panels/anomaly/AnomalyStyle.h"
#include "ui/widgets/Format.h"

#include <QFont>

namespace kestrel::ui {

namespace {

// Pages kept in memory: enough for a screenful either side of the view.
constexpr int kMaxCachedPages = 8;

std::optional<detection::AnomalySortColumn> sortColumn(int column)
{
    using C = detection::AnomalySortColumn;
    switch (column) {
    case AnomalyTableModel::Time: return C::Time;
    case AnomalyTableModel::Model: return C::Model;
    case AnomalyTableModel::Metric: return C::Metric;
    case AnomalyTableModel::Type: return C::Type;
    case AnomalyTableModel::Severity: return C::Severity;
    case AnomalyTableModel::Score: return C::Score;
    case AnomalyTableModel::State: return C::State;
    case AnomalyTableModel::Detector: return C::Detector;
    default: return std::nullopt;
    }
}

} // namespace

AnomalyTableModel::AnomalyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

AnomalyTableModel::~AnomalyTableModel() = default;

void AnomalyTableModel::setWorkspace(const QString& path)
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_service.reset();
    m_db.reset();
    if (!path.isEmpty()) {
        try {
            m_db = std::make_unique<workspace::Database>(workspace::Workspace::connect(path.toStdString()));
            m_service = std::make_unique<detection::AnomalyService>(*m_db);
            m_count = m_service->countAnomalies(m_filter);
        } catch (const std::exception& e) {
            m_service.reset();
            m_db.reset();
            emit queryFailed(QString::fromUtf8(e.what()));
        }
    }
    endResetModel();
}

void AnomalyTableModel::setFilter(const detection::AnomalyFilter& filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = -1;
    refresh();
}

void AnomalyTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    if (m_service) {
        try {
            m_count = m_service->countAnomalies(m_filter);
        } catch (const std::exception& e) {
            emit queryFailed(QString::fromUtf8(e.what()));
        }
    }
    endResetModel();
}

const std::vector<detection::StoredAnomaly>* AnomalyTableModel::page(int index) const
{
    auto it = m_pages.find(index);
    if (it != m_pages.end())
        return &*it;
    if (!m_service)
        return nullptr;
    if (m_pages.size() >= kMaxCachedPages)
        m_pages.clear();
    detection::AnomalyFilter f = m_filter;
    f.offset = std::int64_t(index) * kPageSize;
    f.limit = kPageSize;
    try {
        return &*m_pages.insert(index, m_service->anomalies(f));
    } catch (const std::exception& e) {
        emit const_cast<AnomalyTableModel*>(this)->queryFailed(QString::fromUtf8(e.what()));
        return nullptr;
    }
}

const detection::StoredAnomaly* AnomalyTableModel::anomalyAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto* rows = page(row / kPageSize);
    const std::size_t i = std::size_t(row % kPageSize);
    return rows && i < rows->size() ? &(*rows)[i] : nullptr;
}

int AnomalyTableModel::rowOf(std::int64_t id) const
{
    const int pages = int((m_count + kPageSize - 1) / kPageSize);
    for (int p = 0; p < pages; ++p) {
        const auto* rows = page(p);
        if (!rows)
            return -1;
        for (std::size_t i = 0; i < rows->size(); ++i)
            if ((*rows)[i].id == id)
                return p * kPageSize + int(i);
    }
    return -1;
}

int AnomalyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int AnomalyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyTableModel::data(const QModelIndex& index, int role) const
{
    const detection::StoredAnomaly* a = index.isValid() ? anomalyAt(index.row()) : nullptr;
    if (!a)
        return {};
    const QString severity = QString::fromStdString(a->severity);
    switch (role) {
    case IdRole:
        return qint64(a->id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return Format::dateTime(a->time);
        case Model: return QString::fromStdString(a->model);
        case Metric: return AnomalyStyle::metricLabel(QString::fromStdString(a->metric));
        case Type: return AnomalyStyle::typeLabel(QString::fromStdString(a->type));
        case Severity: return AnomalyStyle::severityLabel(severity);
        case Score: return QString::number(a->score, 'f', 3);
        case Actual: return AnomalyStyle::value(a->actual);
        case Expected: return AnomalyStyle::value(a->expected);
        case State: return AnomalyStyle::stateLabel(QString::fromStdString(a->state));
        case Detector:
            return a->detectorName.empty() ? tr("(deleted)") : QString::fromStdString(a->detectorName);
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return AnomalyStyle::severityIcon(severity);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return AnomalyStyle::severityColor(severity);
        if (a->state == detection::state::kResolved || a->state == detection::state::kFalsePositive)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::FontRole:
        if (index.column() == Severity && (a->severity == "critical" || a->severity == "high")) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Actual || index.column() == Expected)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("%1 on %2 · window %3 – %4 UTC")
            .arg(AnomalyStyle::typeLabel(QString::fromStdString(a->type)), QString::fromStdString(a->model),
                 Format::dateTime(a->start), Format::dateTime(a->end));
    default:
        return {};
    }
}

QVariant AnomalyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Score || section == Actual || section == Expected))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !sortColumn(section))
        return tr("This column cannot be sorted.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time (UTC)");
    case Model: return tr("Model");
    case Metric: return tr("Metric");
    case Type: return tr("Type");
    case Severity: return tr("Severity");
    case Score: return tr("Score");
    case Actual: return tr("Actual");
    case Expected: return tr("Expected");
    case State: return tr("State");
    case Detector: return tr("Detector");
    default: return {};
    }
}

void AnomalyTableModel::sort(int column, Qt::SortOrder order)
{
    const auto c = sortColumn(column);
    if (!c)
        return;
    m_filter.sort = *c;
    m_filter.descending = order == Qt::DescendingOrder;
    refresh();
}

} // namespace kestrel::ui
