#include "ui/JobsDock.h"

#include "core/jobs/JobRunner.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {
enum Column
{
    Title,
    State,
    Progress,
    Started,
    Duration,
    Message,
    Cancel,
    ColumnCount
};

bool isActive(jobs::JobState state)
{
    return state == jobs::JobState::Queued || state == jobs::JobState::Running;
}

// "0.4 s", "12 s", "3 min 05 s", "1 h 02 min"; empty before the job starts.
QString durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 10'000)
        return QCoreApplication::translate("Jobs", "%1 s").arg(ms / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("Jobs", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("Jobs", "%1 min %2 s")
            .arg(s / 60)
            .arg(s % 60, 2, 10, QChar('0'));
    return QCoreApplication::translate("Jobs", "%1 h %2 min")
        .arg(s / 3600)
        .arg((s % 3600) / 60, 2, 10, QChar('0'));
}
} // namespace

JobsDock::JobsDock(jobs::JobRunner* runner, QWidget* parent)
    : QDockWidget(tr("Jobs"), parent), m_runner(runner), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("JobsDock"));
    // Docked at the bottom it is resized by its splitter handle; it can also float.
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("State"), tr("Progress"), tr("Started"),
                                        tr("Duration"), tr("Message"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(Message, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Duration, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 3);
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
    // Running jobs' durations tick once a second.
    auto* tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const int id = m_table->item(r, Title)->data(Qt::UserRole).toInt();
            if (isActive(m_runner->job(id).state))
                refreshRow(id);
        }
    });
    tick->start();
    connect(runner, &jobs::JobRunner::jobAdded, this, &JobsDock::refreshRow);
    connect(runner, &jobs::JobRunner::jobChanged, this, [this](int id) {
        refreshRow(id);
        if (!isActive(m_runner->job(id).state))
            trimFinished();
    });
    connect(runner, &jobs::JobRunner::jobProgress, this,
            [this](int id, double) { refreshRow(id); });
    connect(runner, &jobs::JobRunner::jobForgotten, this, [this](int id) {
        if (const int row = rowOf(id); row >= 0)
            m_table->removeRow(row);
    });
}

int JobsDock::rowCount() const
{
    return m_table->rowCount();
}

QString JobsDock::cellText(int row, const QString& column) const
{
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (m_table->horizontalHeaderItem(c)->text() == column)
            return m_table->item(row, c) ? m_table->item(row, c)->text() : QString();
    }
    return {};
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
    // View refreshes are not user work: they stay out of the list.
    if (info.id == 0 || !info.listed)
        return;
    int row = rowOf(id);
    if (row < 0) {
        row = 0;
        m_table->insertRow(0);
        auto* title = new QTableWidgetItem(info.title);
        title->setData(Qt::UserRole, id);
        m_table->setItem(0, Title, title);
        m_table->setItem(0, State, new QTableWidgetItem);
        m_table->setItem(0, Started,
                         new QTableWidgetItem(info.submitted.toString(QStringLiteral("HH:mm:ss"))));
        m_table->setItem(0, Duration, new QTableWidgetItem);
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
    state->setForeground(info.state == jobs::JobState::Failed ? QBrush(QColor(0xc6, 0x28, 0x28))
                                                              : QBrush());
    m_table->item(row, Duration)->setText(durationText(info.durationMs()));
    QTableWidgetItem* message = m_table->item(row, Message);
    message->setText(info.message);
    message->setToolTip(info.message);
    static_cast<QProgressBar*>(m_table->cellWidget(row, Progress))
        ->setValue(int(info.progress * 1000));
    // Only work still queued or running can be cancelled; finished rows show no button.
    m_table->cellWidget(row, Cancel)->setVisible(isActive(info.state));
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
