#pragma once

#include "core/detection/AnomalyService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class LatestJob;

// The anomaly table: rows are whatever AnomalyService::anomalies() returns for
// the current filter, fetched a page at a time as the view scrolls (SQL does
// the filtering, sorting and paging; only visible pages are held). Every
// query runs as a JobRunner job on a service the job opens from the
// workspace path: the UI thread never waits for SQLite. Until a page has
// arrived its rows are empty; refresh() keeps the rows on screen until the
// new count and first page replace them.
class AnomalyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Model,
        Metric,
        Type,
        Severity,
        Score,
        Actual,
        Expected,
        State,
        Detector,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    // Qt::UserRole: the anomaly id of a row.
    static constexpr int IdRole = Qt::UserRole;

    explicit AnomalyTableModel(QObject* parent = nullptr);
    ~AnomalyTableModel() override;

    // Points the model at a workspace (empty path: none); drops every row of the previous one.
    void setContext(const QString& path, jobs::JobRunner* runner);
    void setFilter(const detection::AnomalyFilter& filter);
    detection::AnomalyFilter filter() const { return m_filter; }
    // Re-reads count and pages (after detection or a review action).
    void refresh();
    // True while the count or a page is being read.
    bool isLoading() const;

    // The anomaly on a row, or null while its page is being read (asking for it).
    const detection::StoredAnomaly* anomalyAt(int row) const;
    // The row of an anomaly id among the pages read so far, or -1.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A query failed (the workspace went away, ...): a message for a person.
    void queryFailed(const QString& message);
    // The count and the first page of the current filter are in.
    void loaded();

private:
    const std::vector<detection::StoredAnomaly>* page(int index) const;
    void requestPage(int index) const;

    std::string m_path;
    jobs::JobRunner* m_runner = nullptr;
    LatestJob* m_first;
    detection::AnomalyFilter m_filter;
    qint64 m_count = 0;
    // Bumped by every refresh: pages of an older generation are dropped.
    quint64 m_generation = 0;
    mutable QHash<int, std::vector<detection::StoredAnomaly>> m_pages;
    mutable QSet<int> m_requested;
};

} // namespace kestrel::ui
