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
#include "ui/widgets/Format.h"
#include "ui/widgets/LatestJob.h"

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

// The run controller: the preview, Generate as a job, the stream and its end.
void AiAnalysisPanel::preview()
{
    if (m_path.isEmpty() || !m_keys)
        return;
    const ai::AnalysisRequest req = request();
    m_previewSummary->setText(tr("Building the request…"));
    m_previewJob->run<ai::AnalysisPreview>(
        tr("Preview AI request"),
        [path = m_path.toStdString(), req, keys = m_keys,
         overrides = m_overrides](jobs::JobContext& ctx) {
            ai::AnalysisService service(path, *keys, overrides);
            Feedback feedback = ctx.feedback();
            return service.preview(req, feedback);
        },
        [this](const ai::AnalysisPreview& p) {
            showPreview(p);
            emit previewReady();
        });
}

void AiAnalysisPanel::showPreview(const ai::AnalysisPreview& p)
{
    m_preview = p;
    std::int64_t tokens = 0;
    bool allCached = !p.calls.empty();
    for (const ai::PlannedCall& c : p.calls) {
        tokens += c.estimate.inputTokens;
        allCached = allCached && c.cached;
    }
    const QString cost =
        p.maxCostUsd ? Format::money(*p.maxCostUsd) : tr("unknown (no price for a model)");
    QString text =
        tr("<b>%n call(s)</b> over %1 runs · about <b>%2</b> input tokens · at most <b>%3</b>",
           nullptr, int(p.calls.size()))
            .arg(Format::count(p.totalRuns), Format::count(tokens), cost.toHtmlEscaped());
    if (allCached)
        text += QStringLiteral("<br>") +
                badge(tr("cached — nothing will be sent"), QStringLiteral("#2e7d32"));
    m_previewSummary->setText(text);
    m_costLine->setText(
        allCached ? tr("Cached — nothing will be sent.")
                  : tr("Estimated: %1 input tokens, at most %2.").arg(Format::count(tokens), cost));

    const QSignalBlocker block(m_previewCall);
    m_previewCall->clear();
    for (const ai::PlannedCall& c : p.calls)
        m_previewCall->addItem(
            tr("%1 — POST %2%3")
                .arg(choiceLabel(c.choice), QString::fromStdString(c.endpoint),
                     c.cached ? tr(" (cached — nothing will be sent)") : QString()));
    m_previewCall->setVisible(p.calls.size() > 1);
    showPreviewCall(0);
    m_tabs->setCurrentIndex(1);
}

void AiAnalysisPanel::showPreviewCall(int index)
{
    if (!m_preview || index < 0 || index >= int(m_preview->calls.size())) {
        m_requestText->clear();
        return;
    }
    m_requestText->setPlainText(
        QString::fromStdString(dumpJson(m_preview->calls[std::size_t(index)].body, 2)));
}

void AiAnalysisPanel::generate()
{
    startGenerate(request());
}

void AiAnalysisPanel::generateBuiltin()
{
    ai::AnalysisRequest r = request();
    r.models = {{provider_id::kBuiltin, ""}};
    r.synthesis.reset();
    startGenerate(r);
}

void AiAnalysisPanel::startGenerate(const ai::AnalysisRequest& req)
{
    if (isGenerating() || m_path.isEmpty() || !m_runner || !m_keys)
        return;
    auto stream = std::make_shared<Stream>();
    for (const ai::ModelChoice& c : req.models)
        stream->labels.push_back(choiceLabel(c).toStdString());
    m_stream = stream;
    m_result.reset();
    m_markdown.clear();
    m_report->clear();
    m_errorFrame->hide();
    const bool builtinOnly =
        req.models.size() == 1 && req.models.front().provider == provider_id::kBuiltin;
    m_badges->setText(badge(tr("Generating…"), QStringLiteral("#1f5fa8")));
    m_details->setText(
        builtinOnly ? tr("The built-in analyst is computing from the run statistics.")
                    : tr("Waiting for %1…").arg(QString::fromStdString(stream->labels.front())));
    m_tabs->setCurrentIndex(0);

    QPointer<AiAnalysisPanel> self(this);
    m_jobId = m_runner->submit(
        tr("AI analysis"),
        [path = m_path.toStdString(), req, keys = m_keys, overrides = m_overrides,
         stream](jobs::JobContext& ctx) {
            ai::AnalysisService service(path, *keys, overrides);
            Feedback feedback = ctx.feedback();
            const ai::AnswerSink sink = [stream](std::size_t index, std::string_view text) {
                std::lock_guard lock(stream->mutex);
                if (stream->texts.size() <= index)
                    stream->texts.resize(index + 1);
                stream->texts[index].append(text);
                stream->dirty = true;
            };
            ai::AnalysisResult result = service.run(req, feedback, sink);
            std::lock_guard lock(stream->mutex);
            stream->result = std::move(result);
            return QVariant();
        },
        [self](const QVariant&, const QString& error) {
            if (self)
                self->finishGenerate(error, false);
        });
    m_renderTimer->start();
    updateControls();
    emit busyChanged(true);
}

void AiAnalysisPanel::renderStream()
{
    if (!m_stream)
        return;
    QString text;
    {
        std::lock_guard lock(m_stream->mutex);
        if (!m_stream->dirty)
            return;
        m_stream->dirty = false;
        std::size_t nonEmpty = 0;
        for (const std::string& t : m_stream->texts)
            nonEmpty += t.empty() ? 0 : 1;
        std::string md;
        for (std::size_t i = 0; i < m_stream->texts.size(); ++i) {
            const std::string& t = m_stream->texts[i];
            if (t.empty())
                continue;
            if (nonEmpty > 1) {
                const std::string label = i < m_stream->labels.size()
                                              ? m_stream->labels[i]
                                              : tr("built-in analyst").toStdString();
                md += "# " + tr("Answer from %1").arg(QString::fromStdString(label)).toStdString() +
                      "\n\n";
            }
            md += t;
            if (!md.empty() && md.back() != '\n')
                md += '\n';
            md += '\n';
        }
        text = QString::fromStdString(md);
        // One answer alone is shown exactly as it arrives.
        if (nonEmpty == 1)
            for (const std::string& t : m_stream->texts)
                if (!t.empty())
                    text = QString::fromStdString(t);
    }
    m_markdown = text;
    // Keep the reader's place unless they are following the end.
    auto* bar = m_report->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    m_report->setMarkdown(text);
    bar->setValue(atEnd ? bar->maximum() : position);
    emit streamUpdated(int(text.size()));
}

void AiAnalysisPanel::finishGenerate(const QString& error, bool cancelled)
{
    renderStream();
    m_renderTimer->stop();
    m_jobId = 0;
    std::optional<ai::AnalysisResult> result;
    if (m_stream) {
        std::lock_guard lock(m_stream->mutex);
        result = m_stream->result;
    }
    const bool builtinChosen =
        m_stream && m_stream->labels.size() == 1 &&
        m_stream->labels.front() == choiceLabel({provider_id::kBuiltin, ""}).toStdString();
    m_stream.reset();
    updateControls();
    emit busyChanged(false);
    if (result) {
        showResult(*result, builtinChosen);
        m_history->refresh();
        emit generated(qint64(result->reportId));
        return;
    }
    if (cancelled) {
        m_badges->setText(badge(tr("Cancelled"), QStringLiteral("#8a6d00")));
        m_details->setText(m_markdown.isEmpty()
                               ? tr("Cancelled before any text arrived; nothing was stored.")
                               : tr("Cancelled; the text that arrived is shown."));
        emit generationFailed(tr("Cancelled"));
        return;
    }
    showError(error);
    m_badges->setText(badge(tr("Failed"), QStringLiteral("#b3261e")));
    m_details->clear();
    emit generationFailed(error);
}

void AiAnalysisPanel::cancel()
{
    if (m_runner && m_jobId)
        m_runner->cancel(m_jobId);
}

} // namespace kestrel::ui
