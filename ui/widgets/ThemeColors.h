#pragma once

#include <QColor>
#include <QPalette>

#include <functional>

class QLabel;
class QWidget;

namespace kestrel::ui::theme {

// Colours derived from a palette, so that every widget reads on the light,
// the dark and the system theme alike. No widget hard-codes a foreground or
// background colour; it asks for one here (docs/ui-guidelines.md).

// True when the palette draws light text on a dark background.
bool isDark(const QPalette& palette);
// Captions, hints and secondary figures: between text and background, still readable.
QColor mutedText(const QPalette& palette);
// Grid lines of a chart: a faint line in the text colour.
QColor gridColor(const QPalette& palette);

// How a figure reads: good news, a warning, bad news or neither.
enum class Tone
{
    Neutral,
    Good,
    Warning,
    Bad
};
// The tone's colour for text and lines on the palette's base: darker shades on
// a light theme, lighter ones on a dark theme; Neutral is the text colour.
QColor toneColor(Tone tone, const QPalette& palette);

// WCAG contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b);

// Calls `apply` with the widget now and again whenever its palette changes (a
// theme switch at runtime), so colours set from the palette follow the theme.
void followPalette(QWidget* widget, std::function<void(QWidget*)> apply);
// Shows the label's text in mutedText(), following theme switches.
void setMutedText(QLabel* label);
// Shows the label's text in the tone's colour, following theme switches.
void setToneText(QLabel* label, Tone tone);

} // namespace kestrel::ui::theme
