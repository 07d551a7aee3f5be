#include "ui/settings/Theme.h"

#include "ui/settings/GeneralSettings.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace kestrel::ui {

namespace {

struct Original
{
    QString styleName;
    QPalette palette;
};

// What the application looked like before any theme was applied.
const Original& original()
{
    static const Original o{QApplication::style() ? QApplication::style()->name() : QString(),
                            QApplication::palette()};
    return o;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(225, 225, 225);
    const QColor disabledText(130, 130, 130);
    const QColor highlight(42, 130, 218);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Mid, window.lighter(110));
    p.setColor(QPalette::Dark, base.darker(120));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

void applyTheme(const QString& name)
{
    const Original& before = original();
    if (name == QLatin1String("light") || name == QLatin1String("dark")) {
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        if (!fusion)
            return;
        QApplication::setStyle(fusion);
        QApplication::setPalette(name == QLatin1String("dark") ? darkPalette()
                                                               : fusion->standardPalette());
        return;
    }
    if (!before.styleName.isEmpty())
        QApplication::setStyle(before.styleName);
    QApplication::setPalette(before.palette);
}

void applyStoredTheme()
{
    applyTheme(settings::theme.value());
}

} // namespace kestrel::ui
