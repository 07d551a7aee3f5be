#include "ui/widgets/KpiTile.h"

#include "ui/widgets/Sparkline.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {
QColor toneColor(KpiTile::Tone tone)
{
    switch (tone) {
    case KpiTile::Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case KpiTile::Tone::Warning:
        return QColor(0xef, 0x6c, 0x00);
    case KpiTile::Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case KpiTile::Tone::Neutral:
        break;
    }
    return QColor(0x1f, 0x4e, 0x79);
}
} // namespace

KpiTile::KpiTile(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)),
      m_value(new QLabel(QStringLiteral("—"), this)), m_detail(new QLabel(this)),
      m_sparkline(new Sparkline(this))
{
    setObjectName(QStringLiteral("KpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#KpiTile { background: palette(base); border: 1px solid palette(mid); "
                       "border-radius: 6px; }"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    m_title->setFont(titleFont);
    m_title->setStyleSheet(QStringLiteral("color: palette(dark);"));
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_detail->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_sparkline->setFixedHeight(44);

    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addSpacing(4);
    layout->addWidget(m_sparkline);
    setTone(Tone::Neutral);
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
    const QColor color = toneColor(tone);
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    m_sparkline->setColor(color);
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
