#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace kestrel::ui::theme {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Re-applies a palette-derived colour when the watched widget's palette changes.
class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget* widget, std::function<void(QWidget*)> apply)
        : QObject(widget), m_widget(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        run();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            run();
        return false;
    }

private:
    void run()
    {
        // Setting the palette from `apply` sends another PaletteChange.
        if (m_running || !m_widget)
            return;
        m_running = true;
        m_apply(m_widget);
        m_running = false;
    }

    QPointer<QWidget> m_widget;
    std::function<void(QWidget*)> m_apply;
    bool m_running = false;
};

// The palette a widget inherits, without the colours set on it by a follower.
QPalette inheritedPalette(const QWidget* widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette()
                                  : QApplication::palette(widget);
}

void setTextColor(QWidget* widget, const QColor& color)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    widget->setPalette(p);
}

} // namespace

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor mutedText(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.68);
}

QColor gridColor(const QPalette& palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlpha(isDark(palette) ? 45 : 30);
    return c;
}

QColor toneColor(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4d, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xef, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::Text);
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void followPalette(QWidget* widget, std::function<void(QWidget*)> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

void setMutedText(QLabel* label)
{
    followPalette(label, [](QWidget* w) { setTextColor(w, mutedText(inheritedPalette(w))); });
}

void setToneText(QLabel* label, Tone tone)
{
    // One follower per label: a later tone replaces the earlier one.
    label->setProperty("kestrelTone", int(tone));
    if (label->property("kestrelToneFollowed").toBool()) {
        setTextColor(label, toneColor(tone, inheritedPalette(label)));
        return;
    }
    label->setProperty("kestrelToneFollowed", true);
    followPalette(label, [](QWidget* w) {
        setTextColor(w, toneColor(Tone(w->property("kestrelTone").toInt()), inheritedPalette(w)));
    });
}

} // namespace kestrel::ui::theme
