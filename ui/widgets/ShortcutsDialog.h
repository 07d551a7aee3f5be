#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace kestrel::ui {

// Help › Keyboard shortcuts: every menu command that has a shortcut, read
// from the menu bar itself (so the list cannot drift from the menus), and the
// conventions of tables and charts that have no menu entry.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The listed shortcut of a command ("&Refresh" and "Refresh" both match), or empty.
    QString shortcutOf(const QString& command) const;

private:
    QTableWidget* m_table;
};

} // namespace kestrel::ui
