#include "ui/panels/anomaly/AnomalyTableModel.h"

#include "core/jobs/JobRunner.h"
#include "ui/widgets/LatestJob.h"
#include "ui/panels/anomaly/AnomalyStyle.h"
#include "ui/widgets/Format.h"

#include <QFont>
#include <QPointer>

#include <memory>

namespace kestrel::ui {

namespace {

// Pages kept in memory: enough for a screenful either side of the view.
constexpr int kMaxCachedPages = 8;

std::optional<detection::AnomalySortColumn> sortColumn(int column)
{
    using C = detection::AnomalySortColumn;
    switch (column) {
    case AnomalyTableModel::Time:
        return C::Time;
    case AnomalyTableModel::Model:
        return C::Model;
    case AnomalyTableModel::Metric:
        return C::Metric;
    case AnomalyTableModel::Type:
        return C::Type;
    case AnomalyTableModel::Severity:
        return C::Severity;
    case AnomalyTableModel::Score:
        return C::Score;
    case AnomalyTableModel::State:
        return C::State;
    case AnomalyTableModel::Detector:
        return C::Detector;
    default:
        return std::nullopt;
    }
}

} // namespace

AnomalyTableModel::AnomalyTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_first(new LatestJob(this))
{
    connect(m_first, &LatestJob::failed, this, [this](const QString& error) {
        emit queryFailed(error);
        emit loaded();
    });
}

AnomalyTableModel::~AnomalyTableModel() = default;

void AnomalyTableModel::setContext(const QString& path, jobs::JobRunner* runner)
{
    m_path = path.toStdString();
    m_runner = runner;
    m_first->setRunner(runner);
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_requested.clear();
    m_count = 0;
    endResetModel();
    refresh();
}

void AnomalyTableModel::setFilter(const detection::AnomalyFilter& filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = -1;
    refresh();
}

bool AnomalyTableModel::isLoading() const
{
    return m_first->isBusy() || !m_requested.isEmpty();
}

void AnomalyTableModel::refresh()
{
    ++m_generation;
    m_requested.clear();
    if (m_path.empty() || !m_runner) {
        m_first->cancel();
        emit loaded();
        return;
    }
    struct First
    {
        qint64 count = 0;
        std::vector<detection::StoredAnomaly> rows;
    };
    detection::AnomalyFilter f = m_filter;
    m_first->run<First>(
        tr("Anomaly table"),
        [path = m_path, f](jobs::JobContext&) mutable {
            detection::AnomalyService service(path);
            First out;
            out.count = service.countAnomalies(f);
            f.offset = 0;
            f.limit = kPageSize;
            out.rows = service.anomalies(f);
            return out;
        },
        [this, generation = m_generation](const First& first) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_pages.clear();
            m_count = first.count;
            m_pages.insert(0, first.rows);
            endResetModel();
            emit loaded();
        });
}

void AnomalyTableModel::requestPage(int index) const
{
    if (m_requested.contains(index) || !m_runner || m_path.empty())
        return;
    m_requested.insert(index);
    detection::AnomalyFilter f = m_filter;
    f.offset = std::int64_t(index) * kPageSize;
    f.limit = kPageSize;
    auto rows = std::make_shared<std::vector<detection::StoredAnomaly>>();
    auto* self = const_cast<AnomalyTableModel*>(this);
    QPointer<AnomalyTableModel> guard(self);
    m_runner->submit(
        tr("Anomaly table page"),
        [path = m_path, f, rows](jobs::JobContext&) {
            *rows = detection::AnomalyService(path).anomalies(f);
            return QVariant();
        },
        [guard, self, rows, index, generation = m_generation](const QVariant&,
                                                              const QString& error) {
            if (!guard || generation != self->m_generation)
                return;
            self->m_requested.remove(index);
            if (!error.isEmpty()) {
                emit self->queryFailed(error);
                return;
            }
            if (self->m_pages.size() >= kMaxCachedPages)
                self->m_pages.clear();
            self->m_pages.insert(index, std::move(*rows));
            const int first = index * kPageSize;
            const int last = int(std::min<qint64>(self->m_count, first + kPageSize)) - 1;
            if (last >= first)
                emit self->dataChanged(self->index(first, 0), self->index(last, ColumnCount - 1));
        },
        jobs::JobOptions::view());
}

const std::vector<detection::StoredAnomaly>* AnomalyTableModel::page(int index) const
{
    auto it = m_pages.find(index);
    if (it != m_pages.end())
        return &*it;
    requestPage(index);
    return nullptr;
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
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (std::size_t i = 0; i < it->size(); ++i)
            if ((*it)[i].id == id)
                return it.key() * kPageSize + int(i);
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
        case Time:
            return Format::dateTime(a->time);
        case Model:
            return QString::fromStdString(a->model);
        case Metric:
            return AnomalyStyle::metricLabel(QString::fromStdString(a->metric));
        case Type:
            return AnomalyStyle::typeLabel(QString::fromStdString(a->type));
        case Severity:
            return AnomalyStyle::severityLabel(severity);
        case Score:
            return Format::value(a->score, units::Unit::Plain);
        case Actual:
            return AnomalyStyle::value(a->actual, a->metric);
        case Expected:
            return AnomalyStyle::value(a->expected, a->metric);
        case State:
            return AnomalyStyle::stateLabel(QString::fromStdString(a->state));
        case Detector:
            return a->detectorName.empty() ? tr("(deleted)")
                                           : QString::fromStdString(a->detectorName);
        default:
            return {};
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
        return tr("%1 on %2 · window %3 – %4 (%5)")
            .arg(AnomalyStyle::typeLabel(QString::fromStdString(a->type)),
                 QString::fromStdString(a->model), Format::dateTime(a->start),
                 Format::dateTime(a->end), Format::zoneName());
    default:
        return {};
    }
}

QVariant AnomalyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole &&
        (section == Score || section == Actual || section == Expected))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !sortColumn(section))
        return tr("This column cannot be sorted.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (%1)").arg(Format::zoneName());
    case Model:
        return tr("Model");
    case Metric:
        return tr("Metric");
    case Type:
        return tr("Type");
    case Severity:
        return tr("Severity");
    case Score:
        return tr("Score");
    case Actual:
        return tr("Actual");
    case Expected:
        return tr("Expected");
    case State:
        return tr("State");
    case Detector:
        return tr("Detector");
    default:
        return {};
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
