#include "ui/panels/runhistory/MultiSelectButton.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>

namespace kestrel::ui {

namespace {

// Keeps the menu open when a checkable entry is clicked.
class StickyMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QAction* action = activeAction();
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
};

} // namespace

MultiSelectButton::MultiSelectButton(const QString& noun, QWidget* parent)
    : QToolButton(parent), m_noun(noun)
{
    m_menu = new StickyMenu(this);
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    updateText();
}

void MultiSelectButton::setChoices(const QStringList& values, const QStringList& labels)
{
    const QStringList wasChecked = checked();
    m_menu->clear();
    QAction* all = m_menu->addAction(tr("Any"));
    connect(all, &QAction::triggered, this, [this] {
        setChecked({});
        emit selectionChanged();
    });
    m_menu->addSeparator();
    QStringList allValues = values;
    for (const QString& v : wasChecked) {
        if (!allValues.contains(v))
            allValues.append(v);
    }
    for (int i = 0; i < allValues.size(); ++i) {
        const QString& value = allValues[i];
        QAction* a = m_menu->addAction(i < labels.size() ? labels[i] : value);
        a->setData(value);
        a->setCheckable(true);
        a->setChecked(wasChecked.contains(value));
        connect(a, &QAction::triggered, this, [this] {
            updateText();
            emit selectionChanged();
        });
    }
    updateText();
}

QStringList MultiSelectButton::choices() const
{
    QStringList out;
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable())
            out.append(a->data().toString());
    }
    return out;
}

QStringList MultiSelectButton::checked() const
{
    QStringList out;
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable() && a->isChecked())
            out.append(a->data().toString());
    }
    return out;
}

void MultiSelectButton::setChecked(const QStringList& values)
{
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable())
            a->setChecked(values.contains(a->data().toString()));
    }
    // A value not offered yet (the choices still loading, "filter by this
    // value" from a table) is added, so the filter is never silently dropped.
    const QStringList offered = choices();
    for (const QString& value : values) {
        if (offered.contains(value))
            continue;
        QAction* a = m_menu->addAction(value);
        a->setData(value);
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::triggered, this, [this] {
            updateText();
            emit selectionChanged();
        });
    }
    updateText();
}

void MultiSelectButton::toggle(const QString& value)
{
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable() && a->data().toString() == value) {
            a->trigger();
            return;
        }
    }
}

void MultiSelectButton::updateText()
{
    const QStringList on = checked();
    QString text;
    if (on.isEmpty())
        text = tr("%1: any").arg(m_noun);
    else if (on.size() == 1) {
        for (QAction* a : m_menu->actions()) {
            if (a->isCheckable() && a->isChecked())
                text = tr("%1: %2").arg(m_noun, a->text());
        }
    } else
        text = tr("%1: %2 selected").arg(m_noun).arg(on.size());
    setText(text);
    setToolTip(on.join(QStringLiteral("\n")));
}

} // namespace kestrel::ui
