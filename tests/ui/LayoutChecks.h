#pragma once

// What "a panel works at this size" means for the layout tests: every
// button shows its whole text and no two visible sibling widgets overlap.

#include <QAbstractButton>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace kestrel::test {

inline QString describe(const QWidget* w)
{
    QString name = w->objectName();
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        name = QStringLiteral("'%1'").arg(b->text());
    return QStringLiteral("%1 %2 %3x%4")
        .arg(QString::fromLatin1(w->metaObject()->className()), name)
        .arg(w->width())
        .arg(w->height());
}

// Buttons (push, tool, check and radio) that are on screen with less room than their text needs.
inline QStringList clippedButtons(const QWidget* root)
{
    QStringList out;
    for (const QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (!b->isVisible() || b->text().isEmpty() || b->visibleRegion().isEmpty())
            continue;
        QString text = b->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        const int textWidth = b->fontMetrics().horizontalAdvance(text);
        if (textWidth > b->width() || b->width() < b->minimumSizeHint().width())
            out << QStringLiteral("%1 needs %2 px")
                       .arg(describe(b))
                       .arg(std::max(textWidth, b->minimumSizeHint().width()));
    }
    return out;
}

// Pairs of visible sibling widgets whose rectangles intersect.
inline QStringList overlappingSiblings(const QWidget* root)
{
    QStringList out;
    QList<const QWidget*> parents{root};
    for (const QWidget* w : root->findChildren<QWidget*>())
        parents << w;
    for (const QWidget* parent : parents) {
        if (!parent->isVisible())
            continue;
        QList<const QWidget*> kids;
        for (const QObject* o : parent->children()) {
            const auto* w = qobject_cast<const QWidget*>(o);
            if (w && w->isVisible() && !w->isWindow() && !w->geometry().isEmpty())
                kids << w;
        }
        for (int i = 0; i < kids.size(); ++i)
            for (int j = i + 1; j < kids.size(); ++j)
                if (kids[i]->geometry().intersects(kids[j]->geometry()))
                    out << QStringLiteral("%1 overlaps %2 in %3")
                               .arg(describe(kids[i]), describe(kids[j]), describe(parent));
    }
    return out;
}

} // namespace kestrel::test
