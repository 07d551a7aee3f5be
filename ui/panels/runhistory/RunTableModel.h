#pragma once

#include "core/runs/RunFilter.h"
#include "core/runs/RunHistoryService.h"
#include "core/runs/RunRecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class LatestJob;
class PanelEvents;
class WorkspaceWatcher;

// The runs of a filter, in SQL sort order, for a QTableView; stays smooth at
// millions of runs. A job on the runner's Interactive lane fetches the ids of
// the filtered, sorted set (8 bytes a run) through the RunHistoryService, so
// it never waits behind an import or a training run; rows are read by primary key in pages of
// kPageSize when the view asks for them, in a job on the same lane (the row says "Loading…" until
// its page arrives, then dataChanged() fills it in), and kept in a small LRU cache, so at most
// kMaxCachedPages * kPageSize rows are ever in memory. Sorting and filtering re-query in SQL.
// Watches the workspace for runs other processes commit and reloads (the view keeps selection and
// scroll position by run id).
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Model,
        Symbol,
        Status,
        Duration,
        Accuracy,
        Confidence,
        DataSource,
        Error,
        ColumnCount
    };
    enum class Role
    {
        RunId = Qt::UserRole, // qint64
        RawValue,             // the stored value: ms, seconds, fraction, text
        StatusName,           // stored status text ("completed", ...)
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 12;

    explicit RunTableModel(QObject* parent = nullptr);
    ~RunTableModel() override;

    // Opens the model's reader (for page reads) and loads, with the id
    // queries on `runner`'s Interactive lane. Empty path closes the workspace.
    void setWorkspace(const QString& path, jobs::JobRunner* runner);
    void setFilter(const runs::RunFilter& filter);
    const runs::RunFilter& filter() const { return m_filter; }
    const runs::RunSort& runSort() const { return m_sort; }
    // Re-queries the current filter; the table changes only if the ids did.
    void reload();

    // True until the whole id list of the current filter and sort arrived;
    // rows between the first and last kPreviewRows are empty until then.
    bool isLoading() const { return m_loading; }
    static constexpr int kPreviewRows = 2 * kPageSize;
    qint64 runId(int row) const;
    // Row of a run id in the current order, or -1.
    int rowOfId(qint64 id) const;
    // Rows currently held in the page cache (bounded); for tests.
    int cachedRowCount() const;
    // True when the page holding `row` has arrived (data() shows its values).
    bool isRowLoaded(int row) const;
    // Whether runs written elsewhere (another process, another user of a team
    // workspace, an import) appear by themselves: a WorkspaceWatcher reports
    // the commits, off the UI thread, and the model re-reads. On by default.
    void setLive(bool live);
    // Reads the runs of `rows` (current order) in a listed job on the
    // Interactive lane (progress and cancel in the Jobs dock) and hands them
    // to `done` on `receiver`, one record a row in the order given; a run gone
    // since, or a row whose id has not arrived while loading, gives an empty
    // record (id 0). `done` is not called when the job is cancelled or fails.
    // Returns the job's id, 0 when no workspace is open.
    int fetchRows(const QList<int>& rows, QObject* receiver,
                  std::function<void(std::vector<runs::RunRecord>&&)> done);
    // The text data() shows for `column` of a loaded run.
    static QString displayText(const runs::RunRecord& r, int column);
    // True while (and after) a reset that re-read the same filter and sort,
    // as live updates do; false when the filter or the sort changed.
    bool isRefresh() const { return m_refresh; }
    // Sort column for a table column; false when the column cannot be sorted.
    static bool sortColumnFor(int column, runs::RunSortColumn& out);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    // The ids of the current filter and sort arrived (the table may be unchanged).
    void loaded();
    void loadFailed(const QString& message);
    // A re-read of the same filter and sort found different runs (another
    // process logged or an import added some).
    void runsChanged();

private:
    using Page = std::vector<runs::RunRecord>;
    using Preview = runs::IdPreview;
    const runs::RunRecord* record(int row) const;
    // Asks for a page that is not cached; the read runs in m_pageJob.
    void requestPage(int pageIndex) const;
    void fetchPages();
    // Forgets every page (the ids changed) and any read still running.
    void dropPages();
    void applyPreview(Preview&& preview);
    void applyIds(std::vector<std::int64_t>&& ids);
    std::int64_t idAt(int row) const;

    LatestJob* m_idsJob = nullptr;
    // Count, first and last ids of a new filter or sort, in a second job:
    // the table shows its top and bottom before the whole id list arrives.
    LatestJob* m_previewJob = nullptr;
    PanelEvents* m_changes = nullptr;
    WorkspaceWatcher* m_watcher = nullptr;
    bool m_live = true;
    QString m_path;
    runs::RunHistoryService m_service{std::string()};
    // This thread's reader: page reads by primary key and the change check only.
    std::unique_ptr<runs::RunHistoryService::Reader> m_db;
    runs::RunFilter m_filter;
    runs::RunSort m_sort;
    std::vector<std::int64_t> m_ids; // complete once !m_loading
    Preview m_preview;               // while loading a new filter or sort
    bool m_previewShown = false;
    bool m_loading = false;
    bool m_refresh = false;
    bool m_shownValid = false;
    runs::RunFilter m_shownFilter; // what m_ids reflect
    runs::RunSort m_shownSort;

    struct CachedPage
    {
        Page rows;
        quint64 lastUse = 0;
    };
    mutable QHash<int, CachedPage> m_pages;
    mutable quint64 m_useClock = 0;
    // Pages the view asked for and not yet read, with when they were asked
    // (at most kMaxCachedPages: the oldest give way); all are read by one
    // job, which replaces the one before it.
    mutable QHash<int, quint64> m_wantedPages;
    mutable bool m_fetchScheduled = false;
    LatestJob* m_pageJob = nullptr;
    jobs::JobRunner* m_runner = nullptr;
    quint64 m_pageGeneration = 0; // moves with every dropPages()
};

} // namespace kestrel::ui
