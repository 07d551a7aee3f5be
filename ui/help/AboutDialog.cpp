#include "ui/help/AboutDialog.h"

#include "core/Version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <vector>

namespace kestrel::ui {

namespace {

struct Row
{
    QString name;
    QString version;
    QString licence;
};

std::vector<Row> rows()
{
    std::vector<Row> list = {
        {QStringLiteral("Qt"),
         AboutDialog::tr("%1 (built with %2)")
             .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
         QStringLiteral("LGPL-3.0")},
        {QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR),
         QStringLiteral("GPL-3.0")},
    };
    for (const Component& c : components())
        list.push_back({QString::fromStdString(c.name), QString::fromStdString(c.version),
                        QString::fromStdString(c.licence)});
    return list;
}

} // namespace

QString AboutDialog::plainReport()
{
    QStringList lines;
    lines << QStringLiteral("Kestrel %1").arg(QString::fromUtf8(version()))
          << tr("Build: %1").arg(QString::fromStdString(buildDescription()))
          << tr("System: %1 (%2)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    for (const Row& r : rows())
        lines << QStringLiteral("%1 %2 (%3)").arg(r.name, r.version, r.licence);
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About Kestrel"));
    setObjectName(QStringLiteral("aboutDialog"));
    resize(620, 560);

    QString html = tr("<h2>Kestrel %1</h2>"
                      "<p>A desktop analytics workstation for ML model runs: run history, "
                      "anomaly review and AI analysis.</p>")
                       .arg(QString::fromUtf8(version()).toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1<br>%2</p>")
            .arg(tr("Build: %1").arg(QString::fromStdString(buildDescription()).toHtmlEscaped()),
                 tr("System: %1 (%2)")
                     .arg(QSysInfo::prettyProductName().toHtmlEscaped(),
                          QSysInfo::currentCpuArchitecture()));
    html += QStringLiteral("<h3>%1</h3><table cellpadding='3'><tr><th align='left'>%2</th>"
                           "<th align='left'>%3</th><th align='left'>%4</th></tr>")
                .arg(tr("Libraries"), tr("Library"), tr("Version"), tr("Licence"));
    for (const Row& r : rows())
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(r.name.toHtmlEscaped(), r.version.toHtmlEscaped(), r.licence.toHtmlEscaped());
    html += QStringLiteral("</table>");
    html += tr("<h3>Licence</h3><p>Kestrel: © 2026 the Kestrel team, all rights reserved. "
               "The libraries above keep their own licences; on Debian their texts are in "
               "/usr/share/doc/&lt;package&gt;/copyright, and Kestrel's in "
               "/usr/share/doc/kestrel/copyright.</p>");
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setOpenExternalLinks(true);
    m_text->setHtml(html);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyAbout"));
    copy->setToolTip(tr("Copies the version, build and library versions, e.g. for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(plainReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
}

} // namespace kestrel::ui
