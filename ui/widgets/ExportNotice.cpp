#include "ui/widgets/ExportNotice.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QUrl>

namespace kestrel::ui {

QString ExportNotice::folderLink(const QString& path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absolutePath()).toString();
}

QString ExportNotice::text(const QString& message, const QString& path)
{
    return QStringLiteral("%1 · <a href=\"%2\">%3</a>")
        .arg(message.toHtmlEscaped(), folderLink(path).toHtmlEscaped(),
             QCoreApplication::translate("ExportNotice", "Open folder"));
}

void ExportNotice::prepare(QLabel* label)
{
    label->setTextFormat(Qt::AutoText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    QObject::connect(label, &QLabel::linkActivated, label,
                     [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
}

} // namespace kestrel::ui
