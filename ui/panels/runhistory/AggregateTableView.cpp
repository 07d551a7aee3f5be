#include "ui/panels/runhistory/AggregateTableView.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kestrel::ui {

AggregateTableView::AggregateTableView(const QString& failureText, QWidget* parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_job(new LatestJob(this)),
      m_status(new QLabel(this)), m_table(new QTableView(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->hide();
    m_layout->addWidget(m_status);

    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();

    connect(m_job, &LatestJob::failed, this, [this, failureText](const QString& error) {
        m_status->setText(failureText.arg(error));
        m_status->show();
    });
}

void AggregateTableView::setContext(const QString& workspacePath, jobs::JobRunner* runner)
{
    m_path = workspacePath;
    m_job->setRunner(runner);
    recompute();
}

void AggregateTableView::setFilter(const runs::RunFilter& filter)
{
    m_filter = adjustFilter(filter);
    recompute();
}

bool AggregateTableView::isBusy() const
{
    return m_job->isBusy();
}

} // namespace kestrel::ui
