#pragma once

#include "ui/panels/runhistory/AggregateTableView.h"

class QPushButton;
class QTextBrowser;

namespace kestrel::ui {

// Error messages of the filtered runs grouped into templates, most frequent
// first, with the models, symbols and data sources they hit and when they were
// first and last seen. Choosing a template (double-click, Enter or "Show runs")
// asks the panel to filter the runs by it. Recomputed in the background.
class ErrorPatternsView : public AggregateTableView
{
    Q_OBJECT
public:
    enum Column
    {
        Template,
        Count,
        FirstSeen,
        LastSeen,
        Models,
        Symbols,
        DataSources,
        ColumnCount
    };

    explicit ErrorPatternsView(QWidget* parent = nullptr);

    QPushButton* showRunsButton() const { return m_showRuns; }

signals:
    void templateChosen(const QString& templateText);

private:
    runs::RunFilter adjustFilter(const runs::RunFilter& filter) const override;
    void recompute() override;
    void showDetail();
    void chooseCurrent();

    class TableModel;
    TableModel* m_model;
    QTextBrowser* m_detail;
    QPushButton* m_showRuns;
};

} // namespace kestrel::ui
