#pragma once

#include "core/ai/AnalysisService.h"
#include "core/common/ProviderIds.h"
#include "core/ai/ReportStore.h"

#include "ui/panels/Panel.h"

#include <QWidget>

#include <array>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

class AiSpendTile;
class EmptyState;
class LatestJob;
class ModelChoiceEditor;
class MultiSelectButton;
class ReportHistoryView;

// The AI Analysis tab (PRODUCT.md §7): what to analyse (timeframe, models,
// analysis types, the toggles, anonymisation), who writes it (built-in
// analyst, Anthropic, an OpenAI-compatible server, or a consensus of two or
// three), the exact request and its cost before anything is sent, Generate as
// a background job whose answer renders from Markdown as it streams, and the
// stored reports. Everything touching the workspace or the network runs in a
// JobRunner job on its own connection; the API key is read there and never
// reaches a widget.
//
// Split by responsibility: AiAnalysisPanel.cpp (assembly, workspace, the
// Panel interface), AiAnalysisForm.cpp (the request form), AiAnalysisRun.cpp
// (preview, generate, stream) and AiAnalysisResultView.cpp (the tabs that
// show results).
class AiAnalysisPanel : public QWidget, public Panel
{
    Q_OBJECT
public:
    explicit AiAnalysisPanel(QWidget* parent = nullptr);
    ~AiAnalysisPanel() override;

    // Panel: a new workspace resets the form to its defaults and clears
    // results, preview and comparison; contributes the AI spend tile.
    QWidget* widget() override { return this; }
    QString title() const override { return tr("AI Analysis"); }
    void attach(jobs::JobRunner* runner, PanelEvents* events) override;
    void workspaceChanged(const WorkspaceRef& workspace) override;
    // Re-reads the workspace's choices, the report history and the spend tile.
    void refresh() override;
    QList<QAction*> panelActions() override;
    QList<KpiTile*> overviewTiles() override;
    ReportSection reportSection() const override;
    AiSpendTile* spendTile() const { return m_spendTile; }

    void setContext(const QString& workspacePath, jobs::JobRunner* runner);
    // Where keys come from; by default the session's keychain (environment first).
    void setKeySource(std::shared_ptr<const secrets::KeySource> keys);
    // Base URLs and timeouts substituted for the workspace's (tests, gateways).
    void setProviderOverrides(const ai::ProviderOverrides& overrides);
    // Timeframes are measured back from this moment; 0 (default) means now.
    void setAsOf(EpochMs asOf);

    // The request the controls describe.
    ai::AnalysisRequest request() const;

    void preview();
    void generate();
    // Generates with the built-in analyst, whatever the provider controls say.
    void generateBuiltin();
    void cancel();
    bool isGenerating() const { return m_jobId != 0; }

    // The Markdown on screen: the streamed text so far, then the final report.
    QString markdown() const { return m_markdown; }
    const std::optional<ai::AnalysisResult>& lastResult() const { return m_result; }

    // Widgets, for tests and the screenshot.
    QComboBox* timeframeBox() const { return m_timeframe; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    MultiSelectButton* modelFilter() const { return m_models; }
    QCheckBox* typeBox(int index) const { return m_types.at(std::size_t(index)); }
    QCheckBox* anonymiseBox() const { return m_anonymise; }
    QCheckBox* cacheBox() const { return m_useCache; }
    ModelChoiceEditor* analyst() const { return m_primary; }
    QCheckBox* consensusBox() const { return m_consensus; }
    ModelChoiceEditor* consensusModel(int index) const { return m_extra.at(std::size_t(index)); }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* generateButton() const { return m_generateButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QPushButton* builtinButton() const { return m_builtinButton; }
    QTabWidget* tabs() const { return m_tabs; }
    // Shown instead of the result tabs while the workspace has no run to analyse.
    EmptyState* emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    QTextBrowser* reportView() const { return m_report; }
    QLabel* badges() const { return m_badges; }
    QLabel* details() const { return m_details; }
    QLabel* errorLabel() const { return m_error; }
    QFrame* errorFrame() const { return m_errorFrame; }
    QPlainTextEdit* requestView() const { return m_requestText; }
    QLabel* previewSummary() const { return m_previewSummary; }
    ReportHistoryView* history() const { return m_history; }
    QTextBrowser* compareView(int side) const { return side == 0 ? m_compareLeft : m_compareRight; }
    QLabel* compareTitle(int side) const
    {
        return side == 0 ? m_compareLeftTitle : m_compareRightTitle;
    }

signals:
    void modelsLoaded(int count);
    void previewReady();
    // The streamed text grew (UI thread, at most ~10 times a second).
    void streamUpdated(int characters);
    // Generation ended: with a result (also after a cancel that kept partial
    // text) or with an error message.
    void generated(qint64 reportId);
    void generationFailed(const QString& error);
    void busyChanged(bool busy);

private:
    struct Stream;
    QWidget* buildControls();
    // Preview, Cancel, Generate, the progress and the cost: under the form,
    // outside its scroll area, so they are always in view.
    QWidget* buildFormActions();
    QWidget* buildReportTab();
    QWidget* buildPreviewTab();
    QWidget* buildCompareTab();
    void wireEditors();
    void startGenerate(const ai::AnalysisRequest& request);
    void renderStream();
    void finishGenerate(const QString& error, bool cancelled);
    void showResult(const ai::AnalysisResult& result, bool builtinChosen);
    void showError(const QString& message);
    void showStored(const ai::StoredReport& report);
    void showPreview(const ai::AnalysisPreview& preview);
    void showPreviewCall(int index);
    void updateControls();
    // Shows the chosen preset's dates in From/To (they stay editable for custom).
    void showTimeframeRange();
    // Selects the default timeframe setting (read anew at every reset).
    void showDefaultTimeframe();
    void loadWorkspaceChoices();
    // The form as on first start (the defaults the constructor set; the
    // timeframe from the setting as it is now).
    void resetForm();
    static QString badge(const QString& text, const QString& colour);

    QString m_path;
    jobs::JobRunner* m_runner = nullptr;
    AiSpendTile* m_spendTile = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_generateAction = nullptr;
    QAction* m_cancelAction = nullptr;
    // The form's defaults, captured at the end of the constructor.
    int m_defaultMerge = 0;
    std::vector<std::pair<QCheckBox*, bool>> m_defaultChecks;
    std::shared_ptr<const secrets::KeySource> m_keys;
    ai::ProviderOverrides m_overrides;
    EpochMs m_asOf = 0;
    std::string m_configuredProvider = provider_id::kBuiltin;

    LatestJob* m_loadJob;
    LatestJob* m_previewJob;
    LatestJob* m_listJob;
    std::array<LatestJob*, 4> m_editorJobs{};
    int m_jobId = 0;
    std::shared_ptr<Stream> m_stream;
    QTimer* m_renderTimer;
    QString m_markdown;
    std::optional<ai::AnalysisResult> m_result;
    std::optional<ai::AnalysisPreview> m_preview;

    QComboBox* m_timeframe = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    MultiSelectButton* m_models = nullptr;
    std::vector<QCheckBox*> m_types;
    QCheckBox* m_patterns = nullptr;
    QCheckBox* m_recommendations = nullptr;
    QCheckBox* m_anonymise = nullptr;
    QCheckBox* m_useCache = nullptr;
    ModelChoiceEditor* m_primary = nullptr;
    QCheckBox* m_consensus = nullptr;
    std::array<ModelChoiceEditor*, 2> m_extra{};
    QCheckBox* m_thirdModel = nullptr;
    QComboBox* m_merge = nullptr;
    ModelChoiceEditor* m_synthesis = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_generateButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_costLine = nullptr;

    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_resultPages = nullptr;
    EmptyState* m_empty = nullptr;
    QLabel* m_badges = nullptr;
    QLabel* m_details = nullptr;
    QFrame* m_errorFrame = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_builtinButton = nullptr;
    QTextBrowser* m_report = nullptr;
    QLabel* m_previewSummary = nullptr;
    QComboBox* m_previewCall = nullptr;
    QPlainTextEdit* m_requestText = nullptr;
    ReportHistoryView* m_history = nullptr;
    QLabel* m_compareLeftTitle = nullptr;
    QLabel* m_compareRightTitle = nullptr;
    QTextBrowser* m_compareLeft = nullptr;
    QTextBrowser* m_compareRight = nullptr;
};

} // namespace kestrel::ui
