#include "ui/panels/runhistory/BackgroundQuery.h"

#include "core/common/Error.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace kestrel::ui {

BackgroundQuery::BackgroundQuery(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    // Keep the worker (and its stack) alive between the frequent small queries.
    m_pool.setExpiryTimeout(-1);
}

BackgroundQuery::~BackgroundQuery()
{
    discard();
    m_pool.waitForDone();
}

void BackgroundQuery::setWorkspace(const QString& path)
{
    discard();
    m_path = path;
}

void BackgroundQuery::started()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void BackgroundQuery::ended()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

workspace::Database BackgroundQuery::connect(const QString& path)
{
    if (path.isEmpty())
        throw Error(QCoreApplication::translate("RunHistory", "No workspace is open.").toStdString());
    return workspace::Workspace::connect(path.toStdString());
}

} // namespace kestrel::ui
