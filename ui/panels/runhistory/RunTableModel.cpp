#include "ui/panels/runhistory/RunTableModel.h"

#include "ui/WorkspaceWatcher.h"
#include "ui/panels/Panel.h"

#include "core/jobs/JobRunner.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"

#include <algorithm>

namespace kestrel::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QVariant optionalValue(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

// One record per id of `ids`, in that order, read by `read` (the found runs of
// a list of ids); an id 0 (a row not known yet) or a run deleted since the
// ids were read leaves an empty record (id 0).
template <typename Read>
std::vector<runs::RunRecord> readInOrder(const std::vector<std::int64_t>& ids, Read&& read)
{
    std::vector<std::int64_t> known;
    known.reserve(ids.size());
    for (std::int64_t id : ids)
        if (id)
            known.push_back(id);
    std::vector<runs::RunRecord> found = read(known);
    QHash<std::int64_t, size_t> byId;
    byId.reserve(static_cast<qsizetype>(found.size()));
    for (size_t i = 0; i < found.size(); ++i)
        byId.insert(found[i].id, i);
    std::vector<runs::RunRecord> out(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
        const auto f = byId.constFind(ids[i]);
        if (ids[i] && f != byId.cend())
            out[i] = std::move(found[*f]);
    }
    return out;
}

} // namespace

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_idsJob = new LatestJob(this);
    m_previewJob = new LatestJob(this);
    m_pageJob = new LatestJob(this);
    connect(m_idsJob, &LatestJob::failed, this, [this](const QString& error) {
        m_previewJob->cancel();
        m_loading = false;
        emit loadingChanged(false);
        emit loadFailed(error);
    });
    m_changes = new PanelEvents(this);
    m_watcher = new WorkspaceWatcher(m_changes, this);
    // Another connection's commit re-reads the same filter and sort; the
    // reload says runsChanged only when the runs differ.
    connect(m_changes, &PanelEvents::runsChanged, this, &RunTableModel::reload);
}

RunTableModel::~RunTableModel() = default;

void RunTableModel::setWorkspace(const QString& path, jobs::JobRunner* runner)
{
    m_idsJob->cancel();
    m_previewJob->cancel();
    m_idsJob->setRunner(runner);
    m_previewJob->setRunner(runner);
    m_pageJob->setRunner(runner);
    m_runner = runner;
    m_service = runs::RunHistoryService(path.toStdString());
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    beginResetModel();
    m_previewShown = false;
    m_preview = {};
    m_ids.clear();
    m_ids.shrink_to_fit();
    dropPages();
    m_db.reset();
    m_shownValid = false;
    m_path = path;
    if (!path.isEmpty()) {
        try {
            m_db = m_service.openReader();
        } catch (const std::exception& e) {
            m_db.reset();
            endResetModel();
            emit loadFailed(QString::fromUtf8(e.what()));
            return;
        }
    }
    endResetModel();
    m_watcher->watch(m_db && m_live ? m_path : QString());
    if (m_db)
        reload();
}

void RunTableModel::setFilter(const runs::RunFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void RunTableModel::setLive(bool live)
{
    m_live = live;
    m_watcher->watch(m_db && m_live ? m_path : QString());
}

void RunTableModel::reload()
{
    if (!m_db)
        return;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    const runs::RunFilter filter = m_filter;
    const runs::RunSort sort = m_sort;
    const bool refresh = m_shownValid && m_shownFilter == m_filter &&
                         m_shownSort.column == m_sort.column &&
                         m_shownSort.descending == m_sort.descending;
    m_previewShown = false;
    const runs::RunHistoryService service = m_service;
    if (refresh) {
        // Same query: keep showing the current rows until the new ids arrive.
        m_previewJob->cancel();
    } else {
        m_previewJob->run<Preview>(
            tr("Run table preview"),
            [service, filter, sort](jobs::JobContext& ctx) {
                return service.preview(filter, sort, kPreviewRows, ctx.feedback());
            },
            [this](Preview&& p) {
                if (m_loading)
                    applyPreview(std::move(p));
            });
    }
    m_idsJob->run<std::vector<std::int64_t>>(
        tr("Run table"),
        [service, filter, sort](jobs::JobContext& ctx) {
            return service.ids(filter, sort, ctx.feedback());
        },
        [this](std::vector<std::int64_t>&& ids) {
            m_previewJob->cancel();
            m_loading = false;
            emit loadingChanged(false);
            applyIds(std::move(ids));
        });
}

void RunTableModel::applyPreview(Preview&& preview)
{
    m_refresh = false;
    beginResetModel();
    m_preview = std::move(preview);
    m_previewShown = true;
    m_ids.clear();
    dropPages();
    endResetModel();
}

std::int64_t RunTableModel::idAt(int row) const
{
    if (row < 0)
        return 0;
    const auto r = static_cast<size_t>(row);
    if (!m_previewShown)
        return r < m_ids.size() ? m_ids[r] : 0;
    const auto count = static_cast<size_t>(m_preview.count);
    if (r < m_preview.head.size())
        return m_preview.head[r];
    if (r < count && r >= count - m_preview.tail.size())
        return m_preview.tail[r - (count - m_preview.tail.size())];
    return 0;
}

void RunTableModel::applyIds(std::vector<std::int64_t>&& ids)
{
    if (m_previewShown && static_cast<std::int64_t>(ids.size()) == m_preview.count) {
        // Same rows as the preview promised: fill in the middle without a reset,
        // so the view keeps its place and selection.
        m_previewShown = false;
        m_preview = {};
        m_ids = std::move(ids);
        dropPages();
        m_refresh = false;
        m_shownFilter = m_filter;
        m_shownSort = m_sort;
        m_shownValid = true;
        if (!m_ids.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit loaded();
        return;
    }
    m_refresh = m_shownValid && m_shownFilter == m_filter && m_shownSort.column == m_sort.column &&
                m_shownSort.descending == m_sort.descending;
    m_shownFilter = m_filter;
    m_shownSort = m_sort;
    m_shownValid = true;
    const bool changed = m_previewShown || ids != m_ids;
    if (changed) {
        beginResetModel();
        m_previewShown = false;
        m_preview = {};
        m_ids = std::move(ids);
        dropPages();
        endResetModel();
    }
    emit loaded();
    if (changed && m_refresh)
        emit runsChanged();
}

qint64 RunTableModel::runId(int row) const
{
    return idAt(row);
}

int RunTableModel::rowOfId(qint64 id) const
{
    if (m_previewShown) {
        const auto head = std::find(m_preview.head.begin(), m_preview.head.end(), id);
        if (head != m_preview.head.end())
            return static_cast<int>(head - m_preview.head.begin());
        const auto tail = std::find(m_preview.tail.begin(), m_preview.tail.end(), id);
        if (tail != m_preview.tail.end())
            return rowCount() - static_cast<int>(m_preview.tail.end() - tail);
        return -1;
    }
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

QString RunTableModel::displayText(const runs::RunRecord& r, int column)
{
    if (!r.id)
        return {};
    switch (column) {
    case Time:
        return Format::dateTime(r.startedAt);
    case Model:
        return qs(r.model);
    case Symbol:
        return qs(r.symbol);
    case Status:
        return Format::status(r.status);
    case Duration:
        return Format::duration(r.durationSec);
    case Accuracy:
        return Format::percent(r.accuracy);
    case Confidence:
        return Format::percent(r.confidence);
    case DataSource:
        return qs(r.dataSource);
    case Error:
        return qs(r.errorMessage).simplified();
    default:
        return {};
    }
}

int RunTableModel::fetchRows(const QList<int>& rows, QObject* receiver,
                             std::function<void(std::vector<runs::RunRecord>&&)> done)
{
    if (!m_db || !m_runner || rows.isEmpty())
        return 0;
    std::vector<std::int64_t> ids;
    ids.reserve(static_cast<size_t>(rows.size()));
    for (int row : rows)
        ids.push_back(idAt(row));
    const runs::RunHistoryService service = m_service;
    return m_runner->submit<std::vector<runs::RunRecord>>(
        tr("Copying %n run(s)", nullptr, int(rows.size())),
        jobs::JobOptions{jobs::Lane::Interactive, true},
        [service, ids = std::move(ids)](jobs::JobContext& ctx) {
            // In chunks on one connection, so the Jobs dock shows progress and
            // a cancel stops between two chunks.
            constexpr size_t kChunk = 10 * kPageSize;
            Feedback feedback = ctx.feedback();
            const auto reader = service.openReader();
            std::vector<runs::RunRecord> records;
            records.reserve(ids.size());
            for (size_t start = 0; start < ids.size(); start += kChunk) {
                feedback.throwIfStopped();
                const auto first = ids.begin() + static_cast<std::ptrdiff_t>(start);
                const std::vector<std::int64_t> chunk(
                    first,
                    first + static_cast<std::ptrdiff_t>(std::min(kChunk, ids.size() - start)));
                for (runs::RunRecord& r :
                     readInOrder(chunk, [&](const auto& known) { return reader->byIds(known); }))
                    records.push_back(std::move(r));
                feedback.report(double(records.size()) / double(ids.size()));
            }
            return records;
        },
        receiver,
        [done = std::move(done)](std::vector<runs::RunRecord> records) mutable {
            done(std::move(records));
        });
}

int RunTableModel::cachedRowCount() const
{
    int n = 0;
    for (const CachedPage& page : m_pages)
        n += static_cast<int>(page.rows.size());
    return n;
}

bool RunTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < rowCount() && m_pages.contains(row / kPageSize);
}

void RunTableModel::dropPages()
{
    m_pages.clear();
    m_wantedPages.clear();
    ++m_pageGeneration;
    m_pageJob->cancel();
}

void RunTableModel::requestPage(int pageIndex) const
{
    m_wantedPages[pageIndex] = ++m_useClock;
    if (m_wantedPages.size() > kMaxCachedPages) {
        // Scrolled past: the page asked for longest ago is no longer on screen.
        auto oldest = std::min_element(m_wantedPages.begin(), m_wantedPages.end());
        m_wantedPages.erase(oldest);
    }
    if (m_fetchScheduled)
        return;
    m_fetchScheduled = true;
    // After this round of data() calls, so one job reads every page they asked for.
    QMetaObject::invokeMethod(
        const_cast<RunTableModel*>(this),
        [this] { const_cast<RunTableModel*>(this)->fetchPages(); }, Qt::QueuedConnection);
}

void RunTableModel::fetchPages()
{
    m_fetchScheduled = false;
    // One read at a time: the one running asks again for what came in meanwhile.
    if (m_wantedPages.isEmpty() || !m_db || m_pageJob->isBusy())
        return;
    struct Wanted
    {
        int page = 0;
        std::vector<std::int64_t> ids; // one per row; 0 for a row not known yet
    };
    std::vector<Wanted> wanted;
    for (auto it = m_wantedPages.cbegin(); it != m_wantedPages.cend(); ++it) {
        Wanted w;
        w.page = it.key();
        const int first = w.page * kPageSize;
        const int last = std::min(rowCount(), first + kPageSize);
        for (int r = first; r < last; ++r)
            w.ids.push_back(idAt(r));
        wanted.push_back(std::move(w));
    }
    using Fetched = std::vector<std::pair<int, Page>>;
    const runs::RunHistoryService service = m_service;
    const quint64 generation = m_pageGeneration;
    m_pageJob->run<Fetched>(
        tr("Run table rows"),
        [service, wanted = std::move(wanted)](jobs::JobContext& ctx) {
            std::vector<std::int64_t> ids;
            for (const Wanted& w : wanted)
                ids.insert(ids.end(), w.ids.begin(), w.ids.end());
            // A page is up to 200 reads by primary key: well under a millisecond.
            std::vector<runs::RunRecord> found = readInOrder(
                ids, [&](const auto& known) { return service.rows(known, ctx.feedback()); });
            Fetched pages;
            auto next = found.begin();
            for (const Wanted& w : wanted) {
                const auto end = next + static_cast<std::ptrdiff_t>(w.ids.size());
                pages.emplace_back(
                    w.page, Page(std::make_move_iterator(next), std::make_move_iterator(end)));
                next = end;
            }
            return pages;
        },
        [this, generation](Fetched&& pages) {
            if (generation != m_pageGeneration)
                return;
            for (auto& [pageIndex, rows] : pages) {
                m_wantedPages.remove(pageIndex);
                if (m_pages.size() >= kMaxCachedPages) {
                    auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                                   [](const CachedPage& a, const CachedPage& b) {
                                                       return a.lastUse < b.lastUse;
                                                   });
                    m_pages.erase(oldest);
                }
                CachedPage page;
                page.rows = std::move(rows);
                page.lastUse = ++m_useClock;
                m_pages.insert(pageIndex, std::move(page));
                const int first = pageIndex * kPageSize;
                const int last = std::min(rowCount(), first + kPageSize) - 1;
                if (last >= first)
                    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
            }
            // Pages asked for while this read ran.
            if (!m_wantedPages.isEmpty())
                fetchPages();
        });
}

const runs::RunRecord* RunTableModel::record(int row) const
{
    if (row < 0 || row >= rowCount() || !m_db)
        return nullptr;
    const int pageIndex = row / kPageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        requestPage(pageIndex);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    const runs::RunRecord& r = it->rows[static_cast<size_t>(row % kPageSize)];
    return r.id ? &r : nullptr;
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_previewShown ? m_preview.count
                                           : static_cast<std::int64_t>(m_ids.size()));
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == static_cast<int>(Role::RunId))
        return runId(index.row());
    const runs::RunRecord* r = record(index.row());
    if (!r) {
        // Its page is being read (on the Interactive lane).
        if (role == Qt::DisplayRole && index.column() == Time && !isRowLoaded(index.row()) && m_db)
            return tr("Loading…");
        return {};
    }
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*r, column);
    case Qt::ToolTipRole:
        if (column == Error && !r->errorMessage.empty())
            return qs(r->errorMessage);
        if (column == Time)
            return Format::dateTime(r->startedAt, true);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Duration || column == Accuracy || column == Confidence)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Status || column == Error) {
            const QColor c = Format::statusColor(r->status);
            if (c.isValid() && (column == Status || r->status == runs::status::kFailed))
                return c;
        }
        return {};
    case static_cast<int>(Role::StatusName):
        return qs(r->status);
    case static_cast<int>(Role::RawValue):
        switch (column) {
        case Time:
            return QVariant::fromValue<qint64>(r->startedAt);
        case Model:
            return qs(r->model);
        case Symbol:
            return qs(r->symbol);
        case Status:
            return qs(r->status);
        case Duration:
            return optionalValue(r->durationSec);
        case Accuracy:
            return optionalValue(r->accuracy);
        case Confidence:
            return optionalValue(r->confidence);
        case DataSource:
            return qs(r->dataSource);
        case Error:
            return qs(r->errorMessage);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (section == Duration || section == Accuracy || section == Confidence)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Model:
        return tr("Model");
    case Symbol:
        return tr("Symbol");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Accuracy:
        return tr("Accuracy");
    case Confidence:
        return tr("Confidence");
    case DataSource:
        return tr("Data source");
    case Error:
        return tr("Error message");
    default:
        return {};
    }
}

bool RunTableModel::sortColumnFor(int column, runs::RunSortColumn& out)
{
    using C = runs::RunSortColumn;
    switch (column) {
    case Time:
        out = C::Time;
        return true;
    case Model:
        out = C::Model;
        return true;
    case Symbol:
        out = C::Symbol;
        return true;
    case Status:
        out = C::Status;
        return true;
    case Duration:
        out = C::Duration;
        return true;
    case Accuracy:
        out = C::Accuracy;
        return true;
    case Confidence:
        out = C::Confidence;
        return true;
    case DataSource:
        out = C::DataSource;
        return true;
    default:
        return false;
    }
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    runs::RunSort sort;
    if (!sortColumnFor(column, sort.column))
        return;
    sort.descending = order == Qt::DescendingOrder;
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    reload();
}

} // namespace kestrel::ui
