#pragma once

#include "core/ai/ReportStore.h"

#include <QString>

namespace kestrel::ui {

// Writes a stored report to a file a person can share: Markdown with its
// metadata header (the same text `kestrel ai analyze --out` writes) or a PDF
// rendered from that Markdown. Returns an empty string on success, else why.
class ReportExport
{
public:
    static QString toMarkdown(const ai::StoredReport& report, const QString& path);
    static QString toPdf(const ai::StoredReport& report, const QString& path);
};

} // namespace kestrel::ui
