#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;
class QLineEdit;

namespace kestrel::ui {

// Help › User guide: docs/user-guide.md rendered (Markdown) with its
// screenshots, in a window of its own beside the main one. The text is the
// installed copy (<prefix>/share/doc/kestrel/user-guide.md) when there is
// one, else the copy built into the binary (:/help/user-guide.md).
class UserGuideViewer : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideViewer(QWidget* parent = nullptr);

    // The file the guide was read from.
    QString source() const { return m_source; }
    QTextBrowser* browser() const { return m_browser; }

    // Where the guide is looked for, first found first.
    static QStringList guideLocations();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void find(bool backwards);
    // Screenshots shrink to the text's width (never grow past their own size).
    void fitImages();

    QTextBrowser* m_browser;
    QLineEdit* m_find;
    QString m_source;
};

} // namespace kestrel::ui
