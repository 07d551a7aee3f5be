#include "ui/panels/ai/ReportExport.h"

#include "core/common/OutputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <exception>

namespace kestrel::ui {

namespace {

// Writes through the one output-file helper: atomic, never onto the open
// workspace; returns its message (or an empty string).
QString writeBytes(const QString& path, const QByteArray& bytes)
{
    try {
        writeOutputFile(
            path.toStdString(),
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

QString ReportExport::toMarkdown(const ai::StoredReport& report, const QString& path)
{
    return writeBytes(path, QByteArray::fromStdString(ai::reportMarkdown(report)));
}

QString ReportExport::toPdf(const ai::StoredReport& report, const QString& path)
{
    // Rendered in memory, then written like every other output file.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(
            QCoreApplication::translate("ReportExport", "Kestrel AI analysis #%1").arg(report.id));
        writer.setCreator(QStringLiteral("Kestrel"));
        QTextDocument doc;
        doc.setDefaultStyleSheet(QStringLiteral(
            "body { font-family: sans-serif; } code, pre { font-family: monospace; }"));
        doc.setMarkdown(QString::fromStdString(ai::reportMarkdown(report)));
        QFont font = doc.defaultFont();
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        doc.print(&writer);
    }
    if (pdf.isEmpty())
        return QCoreApplication::translate("ReportExport", "Cannot write the PDF %1.").arg(path);
    return writeBytes(path, pdf);
}

} // namespace kestrel::ui
