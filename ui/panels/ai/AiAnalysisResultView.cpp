#include "ui/panels/ai/AiAnalysisPanel.h"
#include "core/common/ProviderIds.h"

#include "ui/panels/ai/AiAnalysisPanelParts.h"
#include "core/ai/AnalysisTypes.h"
#include "core/ai/Governance.h"
#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "core/secrets/KeychainKeySource.h"
#include "ui/panels/ai/ModelChoiceEditor.h"
#include "ui/panels/ai/ReportHistoryView.h"
#include "ui/panels/runhistory/MultiSelectButton.h"
#include "ui/settings/SessionSecrets.h"
#include "ui/widgets/ExportNotice.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"
#include "ui/widgets/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <mutex>

namespace kestrel::ui {

using namespace aipanel;

// The result side: the report, preview and compare tabs and what they show.
QWidget* AiAnalysisPanel::buildReportTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_badges = new QLabel(tab);
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    m_details = new QLabel(tr("Choose what to analyse and press Generate."), tab);
    theme::setMutedText(m_details);
    m_details->setWordWrap(true);
    ExportNotice::prepare(m_details);

    m_errorFrame = new QFrame(tab);
    m_errorFrame->setObjectName(QStringLiteral("aiError"));
    m_errorFrame->setStyleSheet(
        QStringLiteral("#aiError { background: #fdecea; border: 1px solid #e6a19a; border-radius: "
                       "4px; } #aiError QLabel { color: #7a1f16; }"));
    auto* errorLayout = new QHBoxLayout(m_errorFrame);
    m_error = new QLabel(m_errorFrame);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_builtinButton = new QPushButton(tr("Use the built-in analyst instead"), m_errorFrame);
    errorLayout->addWidget(m_error, 1);
    errorLayout->addWidget(m_builtinButton);
    m_errorFrame->hide();
    connect(m_builtinButton, &QPushButton::clicked, this, &AiAnalysisPanel::generateBuiltin);

    m_report = new QTextBrowser(tab);
    m_report->setOpenExternalLinks(true);
    m_report->document()->setDocumentMargin(14);
    m_report->document()->setDefaultStyleSheet(QStringLiteral("h1, h2 { color: #1f3a5f; }"));
    layout->addWidget(m_badges);
    layout->addWidget(m_details);
    layout->addWidget(m_errorFrame);
    layout->addWidget(m_report, 1);
    return tab;
}

QWidget* AiAnalysisPanel::buildPreviewTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_previewSummary =
        new QLabel(tr("Press Preview request to see exactly what would be sent. Nothing is sent "
                      "until you press Generate; the API key is never shown."),
                   tab);
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setTextFormat(Qt::RichText);
    m_previewCall = new QComboBox(tab);
    m_previewCall->hide();
    m_requestText = new QPlainTextEdit(tab);
    m_requestText->setReadOnly(true);
    // Long prompt lines and JSON strings wrap at the pane's width.
    m_requestText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_requestText->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_requestText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewCall);
    layout->addWidget(m_requestText, 1);
    connect(m_previewCall, &QComboBox::currentIndexChanged, this,
            &AiAnalysisPanel::showPreviewCall);
    return tab;
}

QWidget* AiAnalysisPanel::buildCompareTab()
{
    auto* tab = new QWidget(this);
    auto* splitter = new QSplitter(Qt::Horizontal, tab);
    const auto side = [splitter](QLabel*& title, QTextBrowser*& view) {
        auto* box = new QWidget(splitter);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        title = new QLabel(tr("Select two reports in History and press Compare."), box);
        title->setWordWrap(true);
        view = new QTextBrowser(box);
        l->addWidget(title);
        l->addWidget(view, 1);
        splitter->addWidget(box);
    };
    side(m_compareLeftTitle, m_compareLeft);
    side(m_compareRightTitle, m_compareRight);
    // Scrolling one side scrolls the other: sections line up while reading.
    connect(m_compareLeft->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        const auto* a = m_compareLeft->verticalScrollBar();
        auto* b = m_compareRight->verticalScrollBar();
        if (a->maximum() > 0)
            b->setValue(int(double(v) / a->maximum() * b->maximum()));
    });
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QString AiAnalysisPanel::badge(const QString& text, const QString& colour)
{
    return QStringLiteral("<span style=\"background-color:%1; color:white; "
                          "font-weight:600;\">&nbsp;%2&nbsp;</span> ")
        .arg(colour, text.toHtmlEscaped());
}

void AiAnalysisPanel::showResult(const ai::AnalysisResult& r, bool builtinChosen)
{
    m_result = r;
    m_markdown = QString::fromStdString(r.markdown);
    m_report->setMarkdown(m_markdown);
    m_errorFrame->hide();

    QString badges;
    bool allBuiltin = !r.answers.empty();
    for (const ai::ModelAnswer& a : r.answers)
        allBuiltin = allBuiltin && a.provider == provider_id::kBuiltin;
    if (r.usedFallback)
        badges +=
            badge(tr("Written by the built-in statistical analyst because the provider failed"),
                  QStringLiteral("#8a6d00"));
    else if (allBuiltin && m_configuredProvider == provider_id::kBuiltin && builtinChosen)
        badges += badge(tr("Written by the built-in statistical analyst (no provider configured)"),
                        QStringLiteral("#455a64"));
    else if (allBuiltin)
        badges +=
            badge(tr("Written by the built-in statistical analyst"), QStringLiteral("#455a64"));
    else if (r.answers.size() > 1)
        badges +=
            badge(tr("Consensus of %1 models").arg(r.answers.size()), QStringLiteral("#4a3aa8"));
    else if (!r.answers.empty())
        badges += badge(tr("Written by %1")
                            .arg(QString::fromStdString(r.answers.front().model.empty()
                                                            ? r.answers.front().provider
                                                            : r.answers.front().model)),
                        QStringLiteral("#1f5fa8"));
    if (r.cached)
        badges += badge(tr("Cached — nothing was sent"), QStringLiteral("#2e7d32"));
    if (r.incomplete)
        badges += badge(tr("Incomplete — the answer was cut short; what arrived is kept"),
                        QStringLiteral("#b3261e"));
    m_badges->setText(badges);

    QStringList parts;
    parts << tr("%1 runs analysed").arg(Format::count(r.totalRuns));
    if (r.inputTokens || r.outputTokens)
        parts << tr("%1 tokens in / %2 out")
                     .arg(Format::count(r.inputTokens.value_or(0)),
                          Format::count(r.outputTokens.value_or(0)));
    else
        parts << tr("no tokens used");
    if (allBuiltin || r.cached)
        parts << tr("nothing sent, no cost");
    else
        parts << (r.costUsd ? tr("cost %1").arg(Format::money(*r.costUsd))
                            : tr("cost unknown (no price for the model)"));
    if (r.reportId)
        parts << tr("stored as report #%1").arg(r.reportId);
    m_details->setText(parts.join(QStringLiteral(" · ")));
}

void AiAnalysisPanel::showStored(const ai::StoredReport& s)
{
    m_result.reset();
    m_markdown = QString::fromStdString(s.content);
    m_report->setMarkdown(m_markdown);
    m_errorFrame->hide();
    QString badges = badge(tr("Stored report #%1").arg(s.id), QStringLiteral("#455a64"));
    if (s.provider == provider_id::kBuiltin)
        badges +=
            badge(tr("Written by the built-in statistical analyst"), QStringLiteral("#455a64"));
    if (s.cached)
        badges += badge(tr("Cached"), QStringLiteral("#2e7d32"));
    if (s.incomplete)
        badges += badge(tr("Incomplete"), QStringLiteral("#b3261e"));
    if (s.anonymised)
        badges += badge(tr("Sent anonymised"), QStringLiteral("#4a3aa8"));
    m_badges->setText(badges);
    QStringList models;
    for (const std::string& m : s.models)
        models << QString::fromStdString(m);
    QStringList parts{
        Format::dateTime(s.createdAt), tr("timeframe %1").arg(QString::fromStdString(s.timeframe)),
        tr("models filter %1").arg(QString::fromStdString(s.modelFilter)),
        tr("%1 runs").arg(Format::count(s.totalRuns)), models.join(QStringLiteral(", "))};
    if (s.inputTokens || s.outputTokens)
        parts << tr("%1 tokens in / %2 out")
                     .arg(Format::count(s.inputTokens.value_or(0)),
                          Format::count(s.outputTokens.value_or(0)));
    if (s.costUsd)
        parts << tr("cost %1").arg(Format::money(*s.costUsd));
    if (!s.templateVersion.empty())
        parts << tr("template %1 v%2")
                     .arg(QString::fromStdString(s.templateName),
                          QString::fromStdString(s.templateVersion));
    if (!s.author.empty())
        parts << tr("by %1").arg(QString::fromStdString(s.author));
    m_details->setText(parts.join(QStringLiteral(" · ")));
}

void AiAnalysisPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_errorFrame->show();
    m_tabs->setCurrentIndex(0);
}

} // namespace kestrel::ui
