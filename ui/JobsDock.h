#pragma once

#include <QDockWidget>

class QTableWidget;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

// Lists running and finished background jobs with progress and a cancel button.
class JobsDock : public QDockWidget
{
    Q_OBJECT
public:
    JobsDock(jobs::JobRunner* runner, QWidget* parent = nullptr);

private:
    void refreshRow(int id);
    jobs::JobRunner* m_runner;
    QTableWidget* m_table;
};

} // namespace kestrel::ui
