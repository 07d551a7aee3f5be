#include "ui/JobsDock.h"

#include "core/jobs/JobRunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {
enum Column { Title, State, Progress, Started, Message, Cancel, ColumnCount };

bool isActive(jobs::JobState state)
{
    return state == jobs::JobState::Queued || state == jobs::JobState::Running;
}
} // namespace

JobsDock::JobsDock(jobs::JobRunner* runner, QWidget* parent)
    : QDockWidget(tr("Jobs"), parent), m_runner(runner), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("JobsDock"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Job"), tr("State"), tr("Progress"), tr("Started"), tr("Message"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(Message, QHeaderView::Stretch);
    m_table->setColumnWidth(Title, 220);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* clear = new QPushButton(tr("Clear finished"), box);
    buttons->addWidget(clear);
    layout->addLayout(buttons);
    setWidget(box);

    connect(clear, &QPushButton::clicked, this, &JobsDock::clearFinished);
    connect(runner, &jobs::JobRunner::jobAdded, this, &JobsDock::refreshRow);
    connect(runner, &jobs::JobRunner::jobChanged, this, [this](int id) {
        refreshRow(id);
        if (!isActive(m_runner->job(id).state))
            trimFinished();
    });
    connect(runner, &jobs::JobRunner::jobProgress, this, [this](int id, double) { refreshRow(id); });
    connect(runner, &jobs::JobRunner::jobForgotten, this, [this](int id) {
        if (const int row = rowOf(id); row >= 0)
            m_table->removeRow(row);
    });
}

int JobsDock::rowCount() const
{
    return m_table->rowCount();
}

int JobsDock::rowOf(int id) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, Title)->data(Qt::UserRole).toInt() == id)
            return r;
    }
    return -1;
}

void JobsDock::refreshRow(int id)
{
    const jobs::JobInfo info = m_runner->job(id);
    if (info.id == 0)
        return;
    int row = rowOf(id);
    if (row < 0) {
        row = 0;
        m_table->insertRow(0);
        auto* title = new QTableWidgetItem(info.title);
        title->setData(Qt::UserRole, id);
        m_table->setItem(0, Title, title);
        m_table->setItem(0, State, new QTableWidgetItem);
        m_table->setItem(0, Started, new QTableWidgetItem(info.submitted.toString(QStringLiteral("HH:mm:ss"))));
        m_table->setItem(0, Message, new QTableWidgetItem);
        auto* bar = new QProgressBar;
        bar->setRange(0, 1000);
        m_table->setCellWidget(0, Progress, bar);
        auto* cancel = new QPushButton(tr("Cancel"));
        connect(cancel, &QPushButton::clicked, this, [this, id] { m_runner->cancel(id); });
        m_table->setCellWidget(0, Cancel, cancel);
    }
    QTableWidgetItem* state = m_table->item(row, State);
    state->setText(jobs::toString(info.state));
    state->setForeground(info.state == jobs::JobState::Failed ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
    QTableWidgetItem* message = m_table->item(row, Message);
    message->setText(info.message);
    message->setToolTip(info.message);
    static_cast<QProgressBar*>(m_table->cellWidget(row, Progress))->setValue(int(info.progress * 1000));
    m_table->cellWidget(row, Cancel)->setEnabled(isActive(info.state));
}

void JobsDock::trimFinished()
{
    int finished = 0;
    for (int r = 0; r < m_table->rowCount();) {
        const int id = m_table->item(r, Title)->data(Qt::UserRole).toInt();
        if (!isActive(m_runner->job(id).state) && ++finished > kMaxFinished) {
            m_table->removeRow(r);
            continue;
        }
        ++r;
    }
}

void JobsDock::clearFinished()
{
    for (int r = m_table->rowCount() - 1; r >= 0; --r) {
        const int id = m_table->item(r, Title)->data(Qt::UserRole).toInt();
        if (!isActive(m_runner->job(id).state))
            m_table->removeRow(r);
    }
}

} // namespace kestrel::ui
