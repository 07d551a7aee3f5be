#include "ui/widgets/DemoBanner.h"

#include "ui/Settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kestrel::ui {

DemoBanner::DemoBanner(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_links(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's tooltip colours: a note that stands out on every theme.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 2, 4, 2);
    auto* column = new QHBoxLayout;
    m_text->setText(tr("<b>This is a demo workspace with planted incidents.</b> Where to look "
                       "first:"));
    setToolTip(tr("Planted: a latency spike, an error-rate spike when a data source fails, a "
                  "slow memory leak, a throughput drop and a gradual accuracy decline."));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>");
    // One label, so the note is one line where the window is wide enough:
    // it must not push the panels' height past a 1280×720 screen.
    m_links->setText(m_text->text() + QLatin1Char(' ') +
                     QStringList{link.arg(QLatin1String(kAnomalies), tr("the open anomalies")),
                                 link.arg(QLatin1String(kErrorPatterns),
                                          tr("the error patterns of Run History")),
                                 link.arg(QLatin1String(kCharts), tr("the daily charts"))}
                         .join(QStringLiteral(" · ")));
    m_links->setTextFormat(Qt::RichText);
    m_links->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_links->setForegroundRole(QPalette::ToolTipText);
    connect(m_links, &QLabel::linkActivated, this, &DemoBanner::activate);
    // It wraps on a narrow window, so the note never sets the window's width.
    m_text->hide();
    column->addWidget(m_links, 1);
    layout->addLayout(column, 1);
    m_close->setObjectName(QStringLiteral("dismissDemoBanner"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this note; it will not be shown again"));
    m_close->setAccessibleName(tr("Close the demo note"));
    layout->addWidget(m_close, 0, Qt::AlignVCenter);
    connect(m_close, &QToolButton::clicked, this, [this] {
        settings::demoBannerDismissed.setValue(true);
        hide();
    });
    hide();
}

void DemoBanner::setDemoWorkspace(bool demo)
{
    setVisible(demo && !settings::demoBannerDismissed.value());
}

QStringList DemoBanner::targets() const
{
    return {QLatin1String(kAnomalies), QLatin1String(kErrorPatterns), QLatin1String(kCharts)};
}

void DemoBanner::activate(const QString& target)
{
    emit linkActivated(target);
}

} // namespace kestrel::ui
