#include "ui/panels/ai/ReportExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace kestrel::ui {

QString ReportExport::toMarkdown(const ai::StoredReport& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ReportExport", "Cannot write %1: %2").arg(path, file.errorString());
    file.write(QByteArray::fromStdString(ai::reportMarkdown(report)));
    if (!file.commit())
        return QCoreApplication::translate("ReportExport", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString ReportExport::toPdf(const ai::StoredReport& report, const QString& path)
{
    // Rendered into a temporary name and moved into place: no half-written PDF.
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("ReportExport", "Kestrel AI analysis #%1").arg(report.id));
        writer.setCreator(QStringLiteral("Kestrel"));
        QTextDocument doc;
        doc.setDefaultStyleSheet(QStringLiteral("body { font-family: sans-serif; } code, pre { font-family: monospace; }"));
        doc.setMarkdown(QString::fromStdString(ai::reportMarkdown(report)));
        QFont font = doc.defaultFont();
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        doc.print(&writer);
    }
    if (!QFileInfo::exists(partial) || QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        return QCoreApplication::translate("ReportExport", "Cannot write the PDF %1.").arg(path);
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return QCoreApplication::translate("ReportExport", "Cannot write the PDF %1.").arg(path);
    }
    return {};
}

} // namespace kestrel::ui
