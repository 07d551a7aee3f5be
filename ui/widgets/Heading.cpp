#include "ui/widgets/Heading.h"

#include <QLabel>

namespace kestrel::ui {

QLabel* headingLabel(const QString& text, QWidget* parent, double scale)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace kestrel::ui
