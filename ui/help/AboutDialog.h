#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace kestrel::ui {

// Help › About Kestrel: the version and build, the Qt it runs on, the
// versions and licences of the libraries, and a button that copies it all
// for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The same facts as plain text, one per line (what Copy puts on the clipboard).
    static QString plainReport();
    QTextBrowser* text() const { return m_text; }

private:
    QTextBrowser* m_text;
};

} // namespace kestrel::ui
