#include "ui/panels/runhistory/RunSummaryStrip.h"

#include "ui/widgets/Format.h"
#include "ui/widgets/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kestrel::ui {

RunSummaryStrip::RunSummaryStrip(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("runSummaryStrip"));
    setFrameShape(QFrame::StyledPanel);
    // Colours from the palette (no style sheet), so a theme switch repaints the strip.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(28);
    m_runs = addFigure(QStringLiteral("runs"), tr("Runs"));
    m_success = addFigure(QStringLiteral("successRate"), tr("Success rate"));
    m_meanDuration = addFigure(QStringLiteral("meanDuration"), tr("Mean duration"));
    m_p95Duration = addFigure(QStringLiteral("p95Duration"), tr("p95 duration"));
    m_accuracy = addFigure(QStringLiteral("meanAccuracy"), tr("Mean accuracy"));
    layout->addStretch(1);
    m_state = new QLabel(this);
    m_state->setProperty("role", QStringLiteral("caption"));
    theme::setMutedText(m_state);
    layout->addWidget(m_state);
    setSummary({});
}

QLabel* RunSummaryStrip::addFigure(const QString& name, const QString& caption)
{
    auto* box = new QVBoxLayout;
    box->setSpacing(0);
    auto* captionLabel = new QLabel(caption, this);
    captionLabel->setProperty("role", QStringLiteral("caption"));
    QFont captionFont = captionLabel->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.85);
    captionLabel->setFont(captionFont);
    theme::setMutedText(captionLabel);
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setProperty("role", QStringLiteral("value"));
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.4);
    valueFont.setWeight(QFont::DemiBold);
    value->setFont(valueFont);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(captionLabel);
    box->addWidget(value);
    static_cast<QHBoxLayout*>(layout())->addLayout(box);
    return value;
}

QLabel* RunSummaryStrip::valueLabel(const QString& name) const
{
    return findChild<QLabel*>(name);
}

void RunSummaryStrip::setSummary(const runs::RunSummary& s)
{
    m_summary = s;
    const QString none = QStringLiteral("—");
    auto orNone = [&none](const QString& text) { return text.isEmpty() ? none : text; };
    m_runs->setText(Format::count(s.runs));
    m_success->setText(orNone(Format::percent(s.successRate)));
    m_success->setToolTip(tr("%1 completed, %2 failed, %3 cancelled, %4 running")
                              .arg(Format::count(s.completed), Format::count(s.failed),
                                   Format::count(s.cancelled), Format::count(s.running)));
    m_meanDuration->setText(orNone(Format::duration(s.meanDuration)));
    m_p95Duration->setText(orNone(Format::duration(s.p95Duration)));
    m_accuracy->setText(orNone(Format::percent(s.meanAccuracy)));
}

void RunSummaryStrip::setBusy(bool busy)
{
    m_state->setText(busy ? tr("updating…") : QString());
}

void RunSummaryStrip::setError(const QString& message)
{
    m_state->setText(tr("Summary unavailable: %1").arg(message));
}

} // namespace kestrel::ui
