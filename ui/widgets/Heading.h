#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace kestrel::ui {

// A bold label, its font scaled by `scale`: panel titles and section headings
// share one look.
QLabel* headingLabel(const QString& text, QWidget* parent, double scale = 1.0);

// The large title at the top of a panel.
inline QLabel* panelTitle(const QString& text, QWidget* parent)
{
    return headingLabel(text, parent, 1.6);
}

} // namespace kestrel::ui
