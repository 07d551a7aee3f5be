#include "ui/widgets/ChartZoom.h"

#include <QAction>
#include <QCoreApplication>

#include <qcustomplot.h>

namespace kestrel::ui {

QAction* ChartZoom::install(QCustomPlot* plot, std::function<void()> reset)
{
    auto* action = new QAction(QCoreApplication::translate("ChartZoom", "Reset zoom"), plot);
    action->setObjectName(QStringLiteral("resetZoom"));
    action->setToolTip(
        QCoreApplication::translate("ChartZoom", "Show the whole series again (double-click)"));
    QObject::connect(action, &QAction::triggered, plot, [reset] { reset(); });
    plot->addAction(action);
    plot->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(plot, &QCustomPlot::mouseDoubleClick, plot,
                     [reset](QMouseEvent*) { reset(); });
    return action;
}

} // namespace kestrel::ui
