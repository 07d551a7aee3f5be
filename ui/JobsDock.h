#pragma once

#include <QDockWidget>

class QTableWidget;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

// Lists the user's background jobs (imports, detection, analyses; not view
// refreshes, which are unlisted), newest first, with progress, duration, the
// last message or the error of a failed job and a cancel button. Keeps the last kMaxFinished
// finished jobs so a long session does not grow the list without end.
class JobsDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxFinished = 200;

    JobsDock(jobs::JobRunner* runner, QWidget* parent = nullptr);

    // Rows shown, and one cell by column name ("Job", "Duration", "Message"); for tests.
    int rowCount() const;
    QString cellText(int row, const QString& column) const;
    // Removes the rows of jobs that have ended.
    void clearFinished();

private:
    void refreshRow(int id);
    int rowOf(int id) const;
    void trimFinished();
    jobs::JobRunner* m_runner;
    QTableWidget* m_table;
};

} // namespace kestrel::ui
