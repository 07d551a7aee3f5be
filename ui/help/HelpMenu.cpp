#include "ui/help/HelpMenu.h"

#include "ui/help/AboutDialog.h"
#include "ui/help/UserGuideViewer.h"

#include <QAction>
#include <QMenu>
#include <QPointer>

namespace kestrel::ui {

void addHelpActions(QMenu* help, QWidget* window)
{
    QAction* guide = help->addAction(UserGuideViewer::tr("&User guide"), window, [window] {
        static QPointer<UserGuideViewer> viewer;
        if (!viewer) {
            viewer = new UserGuideViewer(window);
            viewer->setAttribute(Qt::WA_DeleteOnClose);
        }
        viewer->show();
        viewer->raise();
        viewer->activateWindow();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    help->addSeparator();
    QAction* about = help->addAction(AboutDialog::tr("&About Kestrel"), window, [window] {
        auto* dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

} // namespace kestrel::ui
