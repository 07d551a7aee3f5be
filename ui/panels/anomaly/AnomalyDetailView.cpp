#include "ui/panels/anomaly/AnomalyDetailView.h"

#include "core/common/Json.h"

#include "ui/panels/anomaly/AnomalyStyle.h"
#include "ui/widgets/Format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral(
               "<tr><td style='color:#607d8b; padding-right:14px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString jsonText(const Json& v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_float())
        return Format::value(v.get<double>(), units::Unit::Plain);
    return QString::fromStdString(dumpJson(v));
}

// "relative_deviation" -> "Relative deviation": context keys as a label.
QString keyLabel(const std::string& key)
{
    QString label = QString::fromStdString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace

AnomalyDetailView::AnomalyDetailView(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_body(new QTextBrowser(this)),
      m_events(new QTreeWidget(this)), m_acknowledge(new QPushButton(tr("Acknowledge"), this)),
      m_resolve(new QPushButton(tr("Resolve…"), this)),
      m_falsePositive(new QPushButton(tr("False positive…"), this)),
      m_reopen(new QPushButton(tr("Reopen"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_header);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(6);
    m_acknowledge->setToolTip(tr("Someone is looking at it."));
    m_resolve->setToolTip(tr("It was dealt with; asks for notes on what was found and done."));
    m_falsePositive->setToolTip(
        tr("Not a real problem; asks for a reason. Later detection learns from it."));
    m_reopen->setToolTip(tr("Back to open."));
    for (QPushButton* b : {m_acknowledge, m_resolve, m_falsePositive, m_reopen}) {
        b->setEnabled(false);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    layout->addLayout(actions);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::StyledPanel);
    split->addWidget(m_body);
    m_events->setColumnCount(4);
    m_events->setHeaderLabels(
        {tr("When (%1)").arg(Format::zoneName()), tr("Who"), tr("Change"), tr("Note")});
    m_events->setRootIsDecorated(false);
    m_events->setAlternatingRowColors(true);
    m_events->header()->setStretchLastSection(true);
    split->addWidget(m_events);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_acknowledge, &QPushButton::clicked, this, &AnomalyDetailView::acknowledgeRequested);
    connect(m_resolve, &QPushButton::clicked, this, &AnomalyDetailView::resolveRequested);
    connect(m_falsePositive, &QPushButton::clicked, this,
            &AnomalyDetailView::falsePositiveRequested);
    connect(m_reopen, &QPushButton::clicked, this, &AnomalyDetailView::reopenRequested);
    setDetail(std::nullopt);
}

QString AnomalyDetailView::text() const
{
    return m_header->text() + QLatin1Char('\n') + m_body->toPlainText();
}

void AnomalyDetailView::setDetail(
    const std::optional<detection::AnomalyService::AnomalyDetail>& detail)
{
    m_detail = detail;
    m_events->clear();
    if (!detail) {
        m_header->setText(tr("<span style='color:#78909c'>No anomaly selected.</span>"));
        m_body->clear();
        for (QPushButton* b : {m_acknowledge, m_resolve, m_falsePositive, m_reopen})
            b->setEnabled(false);
        return;
    }
    const detection::StoredAnomaly& a = detail->anomaly;
    const QString severity = QString::fromStdString(a.severity);
    const QColor color = AnomalyStyle::severityColor(severity);
    m_header->setText(
        tr("<span style='font-size:large; font-weight:bold'>%1</span> &nbsp;"
           "<span style='background:%2; color:white; font-weight:bold'>&nbsp;%3&nbsp;</span> &nbsp;"
           "<span style='color:#455a64'>%4 · %5 · %6</span>")
            .arg(AnomalyStyle::typeLabel(QString::fromStdString(a.type)).toHtmlEscaped(),
                 color.name(), AnomalyStyle::severityLabel(severity).toHtmlEscaped(), esc(a.model),
                 AnomalyStyle::metricLabel(QString::fromStdString(a.metric)).toHtmlEscaped(),
                 AnomalyStyle::stateLabel(QString::fromStdString(a.state)).toHtmlEscaped()));

    QString html = QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Peak hour"), tr("%1 (%2)").arg(Format::dateTime(a.time), Format::zoneName()));
    html += row(tr("Window"),
                tr("%1 – %2 (%3)")
                    .arg(Format::dateTime(a.start), Format::dateTime(a.end), Format::zoneName()));
    // The name first; the stored code after it, muted, for `kestrel detect` and scripts.
    auto named = [](const std::string& code) {
        return tr("%1 <span style='color:#78909c'>· code %2</span>")
            .arg(Format::name(code).toHtmlEscaped(), esc(code));
    };
    html += row(tr("Metric"), named(a.metric));
    html += row(tr("Type"), named(a.type));
    html +=
        row(tr("Actual"), QStringLiteral("<b>%1</b>").arg(AnomalyStyle::value(a.actual, a.metric)));
    html += row(tr("Expected"), tr("%1 (normal band ±%2)")
                                    .arg(AnomalyStyle::value(a.expected, a.metric),
                                         AnomalyStyle::value(a.band, a.metric)));
    const QString relative =
        a.expected != 0
            ? tr(" (%1)").arg(Format::value(a.deviation / a.expected, units::Unit::Fraction))
            : QString();
    html += row(tr("Deviation"), (a.deviation >= 0 ? QStringLiteral("+") : QString()) +
                                     AnomalyStyle::value(a.deviation, a.metric) + relative);
    html += row(tr("Score"), tr("%1 (threshold %2)")
                                 .arg(Format::value(a.score, units::Unit::Plain),
                                      Format::value(a.threshold, units::Unit::Plain)));
    html += row(tr("Confidence"), Format::percent(a.confidence));
    html += row(tr("Detector"), a.detectorName.empty() ? tr("(deleted)") : esc(a.detectorName));
    if (a.detectionRunId)
        html += row(tr("Detection run"), Format::count(*a.detectionRunId));
    html += row(tr("Component"), esc(a.componentType) + QStringLiteral(" ") + esc(a.model));
    if (!a.note.empty())
        html += row(tr("Review note"), esc(a.note));
    if (a.context.is_object())
        for (auto it = a.context.begin(); it != a.context.end(); ++it)
            html += row(keyLabel(it.key()), jsonText(it.value()).toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!a.recommendations.empty()) {
        html += QStringLiteral("<p style='margin-top:8px'><b>%1</b></p><ul style='margin-top:0'>")
                    .arg(tr("Recommendations").toHtmlEscaped());
        for (const std::string& r : a.recommendations)
            html += QStringLiteral("<li>%1</li>").arg(esc(r));
        html += QStringLiteral("</ul>");
    }
    m_body->setHtml(html);

    for (const detection::AnomalyEvent& e : detail->events) {
        const QString change =
            e.fromState.empty()
                ? AnomalyStyle::stateLabel(QString::fromStdString(e.toState))
                : tr("%1 → %2").arg(AnomalyStyle::stateLabel(QString::fromStdString(e.fromState)),
                                    AnomalyStyle::stateLabel(QString::fromStdString(e.toState)));
        auto* item =
            new QTreeWidgetItem(m_events, {Format::dateTime(e.time), QString::fromStdString(e.user),
                                           change, QString::fromStdString(e.note)});
        item->setToolTip(3, QString::fromStdString(e.note));
    }
    for (int c = 0; c < 3; ++c)
        m_events->resizeColumnToContents(c);

    const std::string& s = a.state;
    m_acknowledge->setEnabled(s == detection::state::kOpen);
    m_resolve->setEnabled(s == detection::state::kOpen || s == detection::state::kAcknowledged);
    m_falsePositive->setEnabled(s == detection::state::kOpen ||
                                s == detection::state::kAcknowledged);
    m_reopen->setEnabled(s == detection::state::kResolved || s == detection::state::kFalsePositive);
}

} // namespace kestrel::ui
