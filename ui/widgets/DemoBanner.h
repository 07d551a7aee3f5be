#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace kestrel::ui {

// The strip over the panels of a demo workspace: says that its incidents
// are planted and links to three places to look first. Closing it is
// remembered on this machine (settings::demoBannerDismissed); it does not
// come back for the next demo.
class DemoBanner : public QFrame
{
    Q_OBJECT
public:
    // Where a link leads; the main window shows that panel (and tab).
    static constexpr const char* kAnomalies = "anomaly-review";
    static constexpr const char* kErrorPatterns = "run-history/errors";
    static constexpr const char* kCharts = "run-history/charts";

    explicit DemoBanner(QWidget* parent = nullptr);

    // Shows the banner for a demo workspace unless it was dismissed; hides it otherwise.
    void setDemoWorkspace(bool demo);
    // What the links lead to, in order.
    QStringList targets() const;
    // Follows the link to `target` as a click would.
    void activate(const QString& target);
    QToolButton* closeButton() const { return m_close; }
    QLabel* linksLabel() const { return m_links; }

signals:
    void linkActivated(const QString& target);

private:
    QLabel* m_text;
    QLabel* m_links;
    QToolButton* m_close;
};

} // namespace kestrel::ui
