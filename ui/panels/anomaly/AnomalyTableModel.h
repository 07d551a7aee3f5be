#pragma once

#include "core/detection/AnomalyService.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace kestrel::ui {

// The anomaly table: rows are whatever AnomalyService::anomalies() returns for
// the current filter, fetched a page at a time as the view scrolls (SQL does
// the filtering, sorting and paging; only visible pages are held). The
// queries are the service's quick calls, on the model's own UI-thread connection.
class AnomalyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Model, Metric, Type, Severity, Score, Actual, Expected, State, Detector, ColumnCount };
    static constexpr int kPageSize = 200;
    // Qt::UserRole: the anomaly id of a row.
    static constexpr int IdRole = Qt::UserRole;

    explicit AnomalyTableModel(QObject* parent = nullptr);
    ~AnomalyTableModel() override;

    // Opens the model's connection to the workspace (empty path: no workspace).
    void setWorkspace(const QString& path);
    void setFilter(const detection::AnomalyFilter& filter);
    detection::AnomalyFilter filter() const { return m_filter; }
    // Re-reads count and pages (after detection or a review action).
    void refresh();

    // The anomaly on a row (fetching its page when needed).
    const detection::StoredAnomaly* anomalyAt(int row) const;
    // The row of an anomaly id under the current filter, or -1.
    int rowOf(std::int64_t id) const;
    // The service on the model's connection (null without a workspace).
    detection::AnomalyService* service() const { return m_service.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A query failed (the workspace went away, ...): a message for a person.
    void queryFailed(const QString& message);

private:
    const std::vector<detection::StoredAnomaly>* page(int index) const;

    std::unique_ptr<workspace::Database> m_db;
    std::unique_ptr<detection::AnomalyService> m_service;
    detection::AnomalyFilter m_filter;
    qint64 m_count = 0;
    mutable QHash<int, std::vector<detection::StoredAnomaly>> m_pages;
};

} // namespace kestrel::ui
