#pragma once

#include <QString>

class QLabel;

namespace kestrel::ui {

// How an export says it is done, in every panel: the message with the full
// path and an "Open folder" link that opens the folder in the file manager
// (QDesktopServices), as Qt Creator and DBeaver do after writing a file.
class ExportNotice
{
public:
    // Rich text: "Exported 1,234 runs to /home/a/runs.csv · Open folder".
    static QString text(const QString& message, const QString& path);
    // Makes `label` show such text with a clickable, keyboard-reachable link.
    static void prepare(QLabel* label);
    // The link's target for `path`: its folder as a file:// URL.
    static QString folderLink(const QString& path);
};

} // namespace kestrel::ui
