#include "ui/panels/Panel.h"

namespace kestrel::ui {

QString ReportSection::toText() const
{
    QString text = QStringLiteral("## ") + title + QLatin1Char('\n');
    for (const QString& line : lines)
        text += QStringLiteral("- ") + line + QLatin1Char('\n');
    return text;
}

} // namespace kestrel::ui
