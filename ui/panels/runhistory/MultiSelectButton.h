#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace kestrel::ui {

// A drop-down of checkable choices ("Models ▾"); nothing checked means "any".
// The menu stays open while the user ticks several entries.
class MultiSelectButton : public QToolButton
{
    Q_OBJECT
public:
    // `noun` names the choices on the button: "Models", "Status".
    explicit MultiSelectButton(const QString& noun, QWidget* parent = nullptr);

    // Values and how to show them; keeps the checked values still offered.
    void setChoices(const QStringList& values, const QStringList& labels = {});
    QStringList choices() const;
    QStringList checked() const;
    void setChecked(const QStringList& values);
    // Checks or unchecks one value as a user click would (emits selectionChanged).
    void toggle(const QString& value);
    QMenu* choiceMenu() const { return m_menu; }

signals:
    void selectionChanged();

private:
    void updateText();
    QString m_noun;
    QMenu* m_menu = nullptr;
};

} // namespace kestrel::ui
