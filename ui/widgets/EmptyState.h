#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace kestrel::ui {

class PanelEvents;

// What a panel shows instead of empty tables and collapsed charts: a title
// that says what goes here, a line on how it gets there, and buttons that do
// it. Two standard forms: an empty workspace (Import runs…, Create demo
// workspace, asked of the main window through PanelEvents) and a filter that
// matches nothing (Clear the filter).
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);
    // A state with its text, added as a page of `pages` (beside the content it replaces).
    EmptyState(const QString& title, const QString& body, QStackedWidget* pages);

    void setText(const QString& title, const QString& body);
    QString title() const;
    QString body() const;
    // Adds a button under the text; `primary` makes it the default-looking one.
    QPushButton* addButton(const QString& text, bool primary = false);
    // The two buttons of an empty workspace; their clicks go to `events`.
    void addWorkspaceButtons(PanelEvents* events);
    QPushButton* importButton() const { return m_import; }
    QPushButton* demoButton() const { return m_demo; }

private:
    QLabel* m_title;
    QLabel* m_body;
    QWidget* m_buttons;
    QPushButton* m_import = nullptr;
    QPushButton* m_demo = nullptr;
};

} // namespace kestrel::ui
