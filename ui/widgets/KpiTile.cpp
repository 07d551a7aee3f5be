#include "ui/widgets/KpiTile.h"

#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/Sparkline.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace kestrel::ui {

KpiTile::KpiTile(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new ElidedLabel(title, this)),
      m_value(new QLabel(QStringLiteral("—"), this)), m_detail(new ElidedLabel(this)),
      m_sparkline(new Sparkline(this))
{
    setObjectName(QStringLiteral("KpiTile"));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    m_title->setFont(titleFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_sparkline->setFixedHeight(44);
    // A narrow tile elides its title and detail; the whole line is in the tooltip.
    m_value->setMinimumWidth(1);
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addSpacing(4);
    layout->addWidget(m_sparkline);
    applyColors();
}

void KpiTile::setValue(const QString& value)
{
    m_value->setText(value);
}

void KpiTile::setDetail(const QString& detail)
{
    m_detail->setText(detail);
}

void KpiTile::setTrend(QVector<double> values)
{
    m_sparkline->setValues(std::move(values));
}

void KpiTile::setTone(Tone tone)
{
    m_tone = tone;
    applyColors();
}

QColor KpiTile::background() const
{
    return palette().color(QPalette::Base);
}

void KpiTile::applyColors()
{
    const QPalette p = palette();
    for (QLabel* label : {static_cast<QLabel*>(m_title), static_cast<QLabel*>(m_detail), m_value}) {
        QPalette lp = label->palette();
        lp.setColor(QPalette::WindowText,
                    label == m_value ? theme::toneColor(m_tone, p) : theme::mutedText(p));
        label->setPalette(lp);
    }
    m_sparkline->setColor(m_tone == Tone::Neutral ? p.color(QPalette::Highlight)
                                                  : theme::toneColor(m_tone, p));
    update();
}

void KpiTile::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void KpiTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().brush(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

QString KpiTile::title() const
{
    return m_title->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

const QVector<double>& KpiTile::trend() const
{
    return m_sparkline->values();
}

} // namespace kestrel::ui
