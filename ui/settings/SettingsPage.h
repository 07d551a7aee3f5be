#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;

namespace kestrel::jobs {
class JobRunner;
}

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
    // A workspace page checks its values here and stores them in a job
    // (storeInJob); saved() tells how that ended.
    virtual bool apply() = 0;
    virtual void restoreDefaults() = 0;
    // True while a job stores this page's values.
    bool isSaving() const { return m_saving > 0; }

signals:
    // Any edit (or an edit undone): the dialog re-reads isModified().
    void changed();
    // A store started by apply() ended; when it failed the reason is on the page.
    void saved(bool ok);

public:
    // Runs `store` (a façade call; it throws kestrel::Error to refuse) on
    // `runner`'s Interactive lane, then `after(ok)` on this page; a refusal
    // is shown in `error` ("Not applied: " and the reason).
    void storeInJob(jobs::JobRunner* runner, QLabel* error, std::function<void()> store,
                    std::function<void(bool ok)> after);

private:
    int m_saving = 0;
};

} // namespace kestrel::ui
