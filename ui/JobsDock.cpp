#include "ui/JobsDock.h"

#include "core/jobs/JobRunner.h"

#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

namespace kestrel::ui {

namespace {
enum Column { Title, State, Progress, Message, Cancel, ColumnCount };
}

JobsDock::JobsDock(jobs::JobRunner* runner, QWidget* parent)
    : QDockWidget(tr("Jobs"), parent), m_runner(runner), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("JobsDock"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("State"), tr("Progress"), tr("Message"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(Message, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWidget(m_table);
    connect(runner, &jobs::JobRunner::jobAdded, this, &JobsDock::refreshRow);
    connect(runner, &jobs::JobRunner::jobChanged, this, &JobsDock::refreshRow);
    connect(runner, &jobs::JobRunner::jobProgress, this, [this](int id, double) { refreshRow(id); });
}

void JobsDock::refreshRow(int id)
{
    const jobs::JobInfo info = m_runner->job(id);
    int row = -1;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, Title)->data(Qt::UserRole).toInt() == id)
            row = r;
    }
    if (row < 0) {
        row = 0;
        m_table->insertRow(0);
        auto* title = new QTableWidgetItem(info.title);
        title->setData(Qt::UserRole, id);
        m_table->setItem(0, Title, title);
        m_table->setItem(0, State, new QTableWidgetItem);
        m_table->setItem(0, Message, new QTableWidgetItem);
        auto* bar = new QProgressBar;
        bar->setRange(0, 1000);
        m_table->setCellWidget(0, Progress, bar);
        auto* cancel = new QPushButton(tr("Cancel"));
        connect(cancel, &QPushButton::clicked, this, [this, id] { m_runner->cancel(id); });
        m_table->setCellWidget(0, Cancel, cancel);
    }
    m_table->item(row, State)->setText(jobs::toString(info.state));
    m_table->item(row, Message)->setText(info.message);
    static_cast<QProgressBar*>(m_table->cellWidget(row, Progress))->setValue(int(info.progress * 1000));
    const bool active = info.state == jobs::JobState::Queued || info.state == jobs::JobState::Running;
    m_table->cellWidget(row, Cancel)->setEnabled(active);
}

} // namespace kestrel::ui
