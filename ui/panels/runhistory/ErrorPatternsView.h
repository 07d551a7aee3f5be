#pragma once

#include "core/runs/RunAggregates.h"
#include "core/runs/RunFilter.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class LatestJob;

// Error messages of the filtered runs grouped into templates, most frequent
// first, with the models, symbols and data sources they hit and when they were
// first and last seen. Choosing a template (double-click, Enter or "Show runs")
// asks the panel to filter the runs by it. Recomputed in the background.
class ErrorPatternsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { Template, Count, FirstSeen, LastSeen, Models, Symbols, DataSources, ColumnCount };

    explicit ErrorPatternsView(QWidget* parent = nullptr);

    void setContext(const QString& workspacePath, kestrel::jobs::JobRunner* runner);
    void setFilter(const kestrel::runs::RunFilter& filter);

    bool isBusy() const;
    QSortFilterProxyModel* model() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QPushButton* showRunsButton() const { return m_showRuns; }

signals:
    void templateChosen(const QString& templateText);
    void updated();

private:
    void recompute();
    void showDetail();
    void chooseCurrent();

    QString m_path;
    runs::RunFilter m_filter;
    LatestJob* m_job;
    QLabel* m_status;
    QTableView* m_table;
    QSortFilterProxyModel* m_proxy;
    class TableModel;
    TableModel* m_model;
    QTextBrowser* m_detail;
    QPushButton* m_showRuns;
};

} // namespace kestrel::ui
