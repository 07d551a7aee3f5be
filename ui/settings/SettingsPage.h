#pragma once

#include <QString>
#include <QWidget>

namespace kestrel::ui {

// One page of the Settings dialog. A page edits its widgets freely; nothing
// is stored until apply(). The dialog enables Apply while any page reports
// isModified(), and Restore defaults puts the page's defaults into its
// widgets (stored at the next Apply, like any other edit).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual bool isModified() const = 0;
    // Stores the page's values. Returns false, with the reason shown on the
    // page, when a value is refused; nothing of the page is stored then.
    virtual bool apply() = 0;
    virtual void restoreDefaults() = 0;

signals:
    // Any edit (or an edit undone): the dialog re-reads isModified().
    void changed();
};

} // namespace kestrel::ui
