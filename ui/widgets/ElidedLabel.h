#pragma once

#include <QLabel>

namespace kestrel::ui {

// A one-line label that fits any width: text that does not fit ends in "…",
// and the whole text is then its tooltip. Its minimum width is small, so it
// never forces a window wider than the screen (docs/ui-guidelines.md).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString& text = {}, QWidget* parent = nullptr);
    explicit ElidedLabel(QWidget* parent) : ElidedLabel(QString(), parent) {}

    // True when the text on screen is shortened.
    bool isElided() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace kestrel::ui
