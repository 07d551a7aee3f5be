// The AI Analysis panel offscreen on a small demo workspace: the built-in
// report with no provider configured, the request preview, streaming from a
// real local Anthropic-speaking server, cancel mid-stream, a refused key, and
// the stored reports (reopen, compare, export Markdown and PDF).
#include "../ai/LocalAiServer.h"

#include "core/secrets/KeySource.h"
#include "core/ai/PriceTable.h"
#include "core/ai/ReportStore.h"
#include "core/ai/Settings.h"
#include "core/ai/UsageLedger.h"
#include "core/ai/Governance.h"
#include "core/common/Json.h"
#include "core/jobs/JobRunner.h"
#include "core/runs/DemoGenerator.h"
#include "core/runs/RunStore.h"
#include "core/workspace/Workspace.h"
#include "ui/panels/ai/AiAnalysisPanel.h"
#include "ui/panels/ai/AiSpendTile.h"
#include "ui/panels/ai/ModelChoiceEditor.h"
#include "ui/panels/ai/ReportHistoryView.h"
#include "ui/panels/runhistory/MultiSelectButton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTextBrowser>

#include <chrono>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

const std::string kKey = "sk-ant-panel-key-0123456789ABCDEFGH";
const EpochMs kEnd = *parseTime("2026-11-01T00:00:00Z");
const std::string kModel = "claude-panel-test";

std::string answerText()
{
    return "## Performance trends\nOptions Chain Analysis latency rose by 40 % in the last week; "
           "success stayed near 97 %.\n\n## Model comparison\nSector Analysis ranks first on "
           "accuracy, "
           "Market Sentiment last.\n\n## Error analysis\nThe fyers rate-limit template dominates "
           "the failures "
           "— naïve retries make it worse.\n\n## Optimization recommendations\nAdd a fallback data "
           "source and "
           "back off on 429.\n\n## System health\nStable apart from memory growth in the nightly "
           "batch.\n";
}

QString readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestAiPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LocalAiServer> m_server;
    std::unique_ptr<jobs::JobRunner> m_runner;
    std::unique_ptr<AiAnalysisPanel> m_panel;
    QStringList m_workspaceModels;
    qint64 m_builtinReport = 0;
    qint64 m_streamedReport = 0;

    void chooseAnthropic()
    {
        m_panel->analyst()->setChoice({"anthropic", kModel});
        QCOMPARE(m_panel->request().models.front().provider, std::string("anthropic"));
        QCOMPARE(m_panel->request().models.front().model, kModel);
    }

    // Everything a person can read on the panel, for the key check.
    QString visibleText() const
    {
        return m_panel->reportView()->toPlainText() + m_panel->requestView()->toPlainText() +
               m_panel->badges()->text() + m_panel->details()->text() +
               m_panel->errorLabel()->text() + m_panel->previewSummary()->text();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("panel.kestrel"));
        {
            auto ws = workspace::Workspace::create(m_path.toStdString());
            runs::DemoOptions demo;
            demo.seed = 11;
            demo.end = kEnd;
            demo.runs = 4'000;
            demo.priceDays = 30;
            Feedback fb;
            runs::generateDemo(ws->db(), demo, fb);
            ai::PriceTable prices = ai::PriceTable::load(ws->db());
            prices.set({"anthropic", kModel, 3.0, 15.0});
            prices.save(ws->db());
            ai::AiSettings s = ai::AiSettings::load(ws->db());
            s.requestsPerMinute = 0;
            s.save(ws->db());
            for (const std::string& m : runs::RunStore(ws->db()).models())
                m_workspaceModels << QString::fromStdString(m);
        }
        QVERIFY(m_workspaceModels.size() >= 2);

        m_server = std::make_unique<LocalAiServer>();
        m_server->route("GET /v1/models", [](const ServedRequest&) {
            ScriptedReply r;
            r.headers = {{"content-type", "application/json"}};
            r.chunks = {Json{
                {"data", Json::array({Json{
                             {"id", kModel}, {"display_name", "Panel test"}, {"type", "model"}}})},
                {"has_more",
                 false}}.dump()};
            return r;
        });

        m_runner = std::make_unique<jobs::JobRunner>();
        m_runner->setThreadCount(4);
        m_panel = std::make_unique<AiAnalysisPanel>();
        m_panel->setKeySource(std::make_shared<secrets::FixedKeySource>("anthropic", kKey));
        ai::ProviderOverrides o;
        o.baseUrls["anthropic"] = m_server->baseUrl();
        o.baseUrls["openai"] = m_server->baseUrl();
        o.retryBaseMs = 20;
        o.maxRetries = 0;
        o.readTimeoutMs = 10'000;
        m_panel->setProviderOverrides(o);
        m_panel->setAsOf(kEnd);
        m_panel->resize(1400, 900);
        QSignalSpy loaded(m_panel.get(), &AiAnalysisPanel::modelsLoaded);
        m_panel->setContext(m_path, m_runner.get());
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(m_panel->modelFilter()->choices(), m_workspaceModels);
        m_panel->timeframeBox()->setCurrentIndex(
            m_panel->timeframeBox()->findData(QStringLiteral("90d")));
    }

    // A panel opened on a workspace can preview and generate at once, and the
    // From/To fields show the chosen preset's dates.
    void readyOnStartAndRangeFollowsTimeframe()
    {
        AiAnalysisPanel panel;
        panel.setKeySource(std::make_shared<secrets::FixedKeySource>("anthropic", kKey));
        panel.setAsOf(kEnd);
        QVERIFY(!panel.generateButton()->isEnabled()); // no workspace yet
        QSignalSpy loaded(&panel, &AiAnalysisPanel::modelsLoaded);
        panel.setContext(m_path, m_runner.get());
        QVERIFY(panel.generateButton()->isEnabled());
        QVERIFY(panel.previewButton()->isEnabled());
        const QDate end = QDateTime::fromMSecsSinceEpoch(kEnd, QTimeZone::utc()).date();
        QCOMPARE(panel.toEdit()->date(), end);
        QCOMPARE(panel.fromEdit()->date(), end.addDays(-7));
        panel.timeframeBox()->setCurrentIndex(
            panel.timeframeBox()->findData(QStringLiteral("30d")));
        QCOMPARE(panel.fromEdit()->date(), end.addDays(-30));
        QVERIFY(!panel.fromEdit()->isEnabled());
        panel.timeframeBox()->setCurrentIndex(
            panel.timeframeBox()->findData(QStringLiteral("24h")));
        QCOMPARE(panel.fromEdit()->date(), end.addDays(-1));
        // Custom keeps what the user set.
        panel.timeframeBox()->setCurrentIndex(
            panel.timeframeBox()->findData(QStringLiteral("custom")));
        QVERIFY(panel.fromEdit()->isEnabled());
        panel.fromEdit()->setDate(end.addDays(-3));
        QCOMPARE(panel.fromEdit()->date(), end.addDays(-3));
        QCOMPARE(panel.request().options.from.value(),
                 *parseTime(end.addDays(-3).toString(Qt::ISODate).toStdString() + "T00:00:00Z"));
        QVERIFY(loaded.wait(30'000));
    }

    void builtinReportWhenNoProviderConfigured()
    {
        QCOMPARE(m_panel->request().models.front().provider, std::string("builtin"));
        QSignalSpy done(m_panel.get(), &AiAnalysisPanel::generated);
        m_panel->generateButton()->click();
        QVERIFY(m_panel->isGenerating());
        QVERIFY(done.wait(120'000));
        m_builtinReport = done.takeFirst().at(0).toLongLong();
        QVERIFY(m_builtinReport > 0);
        const QString md = m_panel->markdown();
        for (const char* heading :
             {"## Performance trends", "## Model comparison", "## Error analysis",
              "## Optimization recommendations", "## System health"})
            QVERIFY2(md.contains(QLatin1String(heading)), heading);
        // The rendered view shows the sections as headings, not raw Markdown.
        const QString shown = m_panel->reportView()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("System health")));
        QVERIFY(!shown.contains(QStringLiteral("## System health")));
        QVERIFY2(m_panel->badges()->text().contains(
                     QStringLiteral("built-in statistical analyst (no provider configured)")),
                 qPrintable(m_panel->badges()->text()));
        QVERIFY(m_panel->details()->text().contains(QStringLiteral("no tokens used")));

        m_panel->show();
        QTest::qWait(200);
        QVERIFY(m_panel->grab().save(QStringLiteral(KESTREL_BINARY_DIR "/ai-analysis.png")));
        m_panel->hide();
    }

    void previewShowsExactBodyWithoutKey()
    {
        chooseAnthropic();
        m_panel->timeframeBox()->setCurrentIndex(
            m_panel->timeframeBox()->findData(QStringLiteral("30d")));
        const QStringList picked{m_workspaceModels[0], m_workspaceModels[1]};
        m_panel->modelFilter()->setChecked(picked);
        const int before = m_server->count("POST /v1/messages");
        QSignalSpy ready(m_panel.get(), &AiAnalysisPanel::previewReady);
        m_panel->previewButton()->click();
        QVERIFY(ready.wait(60'000));
        const QString body = m_panel->requestView()->toPlainText();
        const Json json = Json::parse(body.toStdString());
        QCOMPARE(json.at("model").get<std::string>(), kModel);
        QVERIFY(body.contains(QStringLiteral("Timeframe: 30d")));
        for (const QString& m : picked)
            QVERIFY2(body.contains(m), qPrintable(m));
        // Models outside the filter are not in the request.
        for (const QString& m : m_workspaceModels.mid(2))
            QVERIFY2(!body.contains(m), qPrintable(m));
        QVERIFY(m_panel->previewSummary()->text().contains(QStringLiteral("input tokens")));
        QVERIFY(!m_panel->previewSummary()->text().contains(QStringLiteral("cached")));
        QCOMPARE(m_server->count("POST /v1/messages"), before); // preview sends nothing
        QVERIFY(!visibleText().contains(QString::fromStdString(kKey)));
        m_panel->modelFilter()->setChecked({});
        m_panel->timeframeBox()->setCurrentIndex(
            m_panel->timeframeBox()->findData(QStringLiteral("90d")));
    }

    void generateStreamsFromAnthropic()
    {
        chooseAnthropic();
        m_server->route("POST /v1/messages", [](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = anthropicStream(answerText(), 1500, 300, kModel, 12);
            r.chunkDelayMs = 150;
            return r;
        });
        std::vector<int> whileRunning;
        auto conn = connect(m_panel.get(), &AiAnalysisPanel::streamUpdated, this, [&](int chars) {
            if (m_panel->isGenerating())
                whileRunning.push_back(chars);
        });
        QSignalSpy done(m_panel.get(), &AiAnalysisPanel::generated);
        m_panel->generate();
        QVERIFY(done.wait(60'000));
        disconnect(conn);
        m_streamedReport = done.takeFirst().at(0).toLongLong();
        // The view grew several times before the job ended.
        QVERIFY2(whileRunning.size() >= 3, qPrintable(QString::number(whileRunning.size())));
        QVERIFY(std::is_sorted(whileRunning.begin(), whileRunning.end()));
        QVERIFY(whileRunning.front() < whileRunning.back());
        QVERIFY(whileRunning.back() < int(QString::fromStdString(answerText()).size()) + 1);
        QCOMPARE(m_panel->markdown(), QString::fromStdString(answerText()));
        QVERIFY(m_panel->reportView()->toPlainText().contains(QStringLiteral("naïve retries")));
        const auto& r = m_panel->lastResult();
        QVERIFY(r.has_value());
        QCOMPARE(r->inputTokens.value_or(-1), std::int64_t(1500));
        QCOMPARE(r->outputTokens.value_or(-1), std::int64_t(300));
        QVERIFY(!r->incomplete);
        QVERIFY(m_panel->details()->text().contains(QStringLiteral("1,500 tokens in / 300 out")) ||
                m_panel->details()->text().contains(QStringLiteral("1500 tokens in / 300 out")));
        QVERIFY(m_panel->badges()->text().contains(QString::fromStdString(kModel)));
        const std::string sent = m_server->requests().back().body;
        QVERIFY(Json::parse(sent).at("stream").get<bool>());
        QVERIFY(!visibleText().contains(QString::fromStdString(kKey)));

        // Same request again: answered from the cache, labelled, nothing sent.
        const int before = m_server->count("POST /v1/messages");
        QSignalSpy ready(m_panel.get(), &AiAnalysisPanel::previewReady);
        m_panel->preview();
        QVERIFY(ready.wait(60'000));
        QVERIFY(m_panel->previewSummary()->text().contains(
            QStringLiteral("cached — nothing will be sent")));
        QSignalSpy again(m_panel.get(), &AiAnalysisPanel::generated);
        m_panel->generate();
        QVERIFY(again.wait(60'000));
        QCOMPARE(m_server->count("POST /v1/messages"), before);
        QVERIFY(m_panel->badges()->text().contains(QStringLiteral("Cached — nothing was sent")));
        QCOMPARE(m_panel->markdown(), QString::fromStdString(answerText()));
    }

    void cancelKeepsPartialTextMarkedIncomplete()
    {
        chooseAnthropic();
        m_panel->cacheBox()->setChecked(false);
        m_server->route("POST /v1/messages", [](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = anthropicStream(answerText(), 1500, 300, kModel, 30);
            r.chunkDelayMs = 300;
            return r;
        });
        QSignalSpy updated(m_panel.get(), &AiAnalysisPanel::streamUpdated);
        QSignalSpy done(m_panel.get(), &AiAnalysisPanel::generated);
        m_panel->generate();
        QVERIFY(updated.wait(30'000));
        QVERIFY(m_panel->isGenerating());
        const QString partial = m_panel->markdown();
        QVERIFY(!partial.isEmpty());
        m_panel->cancelButton()->click();
        QVERIFY(done.wait(30'000));
        const auto& r = m_panel->lastResult();
        QVERIFY(r.has_value());
        QVERIFY(r->incomplete);
        QVERIFY(m_panel->markdown().startsWith(partial));
        QVERIFY(m_panel->markdown().size() <
                int(QString::fromStdString(answerText()).size()) + 200);
        QVERIFY(m_panel->badges()->text().contains(QStringLiteral("Incomplete")));
        m_panel->cacheBox()->setChecked(true);
    }

    void refusedKeyShowsActionableMessageAndOffersBuiltin()
    {
        chooseAnthropic();
        m_panel->cacheBox()->setChecked(false);
        m_server->route("POST /v1/messages", [](const ServedRequest&) {
            ScriptedReply r;
            r.status = 401;
            r.headers = {{"content-type", "application/json"}};
            r.chunks = {
                R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"};
            return r;
        });
        QSignalSpy failed(m_panel.get(), &AiAnalysisPanel::generationFailed);
        m_panel->generate();
        QVERIFY(failed.wait(30'000));
        const QString error = m_panel->errorLabel()->text();
        QVERIFY2(error.contains(QStringLiteral("API key was refused")), qPrintable(error));
        QVERIFY(!error.contains(QString::fromStdString(kKey)));
        QVERIFY(m_panel->errorFrame()->isVisibleTo(m_panel.get()));
        QVERIFY(m_panel->builtinButton()->isEnabled());

        QSignalSpy done(m_panel.get(), &AiAnalysisPanel::generated);
        m_panel->builtinButton()->click();
        QVERIFY(done.wait(120'000));
        QVERIFY(!m_panel->errorFrame()->isVisibleTo(m_panel.get()));
        QVERIFY(m_panel->badges()->text().contains(QStringLiteral("built-in statistical analyst")));
        QVERIFY(m_panel->markdown().contains(QStringLiteral("## System health")));
        QVERIFY(!visibleText().contains(QString::fromStdString(kKey)));
        m_panel->cacheBox()->setChecked(true);
    }

    void consensusShowsEachAnswerAndTheMerge()
    {
        chooseAnthropic();
        m_panel->cacheBox()->setChecked(false);
        m_server->route("POST /v1/messages", [](const ServedRequest&) {
            ScriptedReply r;
            r.chunks = anthropicStream(answerText(), 1200, 250, kModel, 6);
            r.chunkDelayMs = 50;
            return r;
        });
        m_panel->consensusBox()->setChecked(true);
        m_panel->consensusModel(0)->setChoice({"builtin", ""});
        const ai::AnalysisRequest req = m_panel->request();
        QCOMPARE(req.models.size(), std::size_t(2));
        QVERIFY(!req.synthesis.has_value());
        QSignalSpy done(m_panel.get(), &AiAnalysisPanel::generated);
        m_panel->generate();
        QVERIFY(done.wait(120'000));
        const auto& r = m_panel->lastResult();
        QVERIFY(r.has_value());
        QCOMPARE(r->answers.size(), std::size_t(2));
        QVERIFY(!r->consensus.empty());
        QVERIFY(m_panel->markdown().contains(QString::fromStdString(r->consensus)));
        QVERIFY(m_panel->markdown().contains(QStringLiteral("naïve retries")));
        QVERIFY2(m_panel->badges()->text().contains(QStringLiteral("Consensus of 2 models")),
                 qPrintable(m_panel->badges()->text()));
        m_panel->consensusBox()->setChecked(false);
        m_panel->cacheBox()->setChecked(true);
    }

    void historyReopensComparesAndExports()
    {
        ReportHistoryView* history = m_panel->history();
        QSignalSpy listed(history, &ReportHistoryView::listed);
        history->refresh();
        QVERIFY(listed.wait(30'000));
        // Built-in, streamed, cached, cancelled-incomplete, fallback built-in.
        QVERIFY2(history->reports().size() >= 4,
                 qPrintable(QString::number(history->reports().size())));
        QCOMPARE(history->table()->rowCount(), int(history->reports().size()));

        // Text filter: only reports naming the served model.
        history->textFilter()->setText(QString::fromStdString(kModel));
        QVERIFY(listed.wait(30'000));
        QVERIFY(!history->reports().empty());
        for (const auto& r : history->reports()) {
            bool named = false;
            for (const std::string& m : r.models)
                named = named || m.find(kModel) != std::string::npos;
            QVERIFY(named);
        }
        history->textFilter()->clear();
        QVERIFY(listed.wait(30'000));
        // Provider filter.
        history->providerFilter()->setCurrentIndex(
            history->providerFilter()->findData(QStringLiteral("builtin")));
        QVERIFY(listed.wait(30'000));
        QVERIFY(!history->reports().empty());
        for (const auto& r : history->reports())
            QCOMPARE(r.provider, std::string("builtin"));
        history->providerFilter()->setCurrentIndex(0);
        QVERIFY(listed.wait(30'000));

        std::optional<ai::StoredReport> builtin, streamed;
        {
            workspace::Database db = workspace::Workspace::connect(m_path.toStdString());
            ai::ReportStore store(db);
            builtin = store.get(m_builtinReport);
            streamed = store.get(m_streamedReport);
        }
        QVERIFY(builtin && streamed);

        QSignalSpy opened(history, &ReportHistoryView::reportOpened);
        history->open(m_streamedReport);
        QVERIFY(opened.wait(30'000));
        QCOMPARE(m_panel->markdown(), QString::fromStdString(streamed->content));
        QVERIFY(m_panel->badges()->text().contains(
            QStringLiteral("Stored report #%1").arg(m_streamedReport)));
        QVERIFY(m_panel->details()->text().contains(QString::fromStdString(kModel)));

        QSignalSpy exported(history, &ReportHistoryView::exported);
        const QString md = m_dir.filePath(QStringLiteral("report.md"));
        history->exportMarkdown(m_builtinReport, md);
        QVERIFY(exported.wait(30'000));
        QCOMPARE(exported.takeFirst().at(1).toString(), QString());
        QCOMPARE(readAll(md), QString::fromStdString(ai::reportMarkdown(*builtin)));
        QVERIFY(readAll(md).contains(QString::fromStdString(builtin->content)));

        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        history->exportPdf(m_builtinReport, pdf);
        QVERIFY(exported.wait(60'000));
        QCOMPARE(exported.takeFirst().at(1).toString(), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 2'000);
        QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));

        QSignalSpy compared(history, &ReportHistoryView::compareReady);
        history->compare(m_builtinReport, m_streamedReport);
        QVERIFY(compared.wait(30'000));
        QVERIFY(m_panel->compareView(0)->toPlainText().contains(QStringLiteral("System health")));
        QVERIFY(m_panel->compareView(1)->toPlainText().contains(QStringLiteral("naïve retries")));
        QVERIFY(!m_panel->compareView(0)->toPlainText().contains(QStringLiteral("naïve retries")));
        QVERIFY(
            m_panel->compareTitle(0)->text().contains(QStringLiteral("#%1").arg(m_builtinReport)));
        QVERIFY(
            m_panel->compareTitle(1)->text().contains(QStringLiteral("#%1").arg(m_streamedReport)));
    }

    // The Overview tile sums the ledger's daily totals; the ledger's own
    // spend() over the month is the independent figure it must match.
    void spendTileShowsThisMonthsLedgerSpend()
    {
        const EpochMs now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count();
        double expected = 0;
        std::int64_t sent = 0;
        {
            workspace::Database db = workspace::Workspace::connect(m_path.toStdString());
            ai::UsageLedger ledger(db);
            expected = ledger.spend(ai::monthStart(now), now + 60'000);
            sent = ledger.requestsSent(ai::monthStart(now), now + 60'000);
        }
        QVERIFY(expected > 0); // the streamed answer was priced
        QVERIFY(sent >= 2);
        AiSpendTile tile;
        tile.setReferenceTime(now + 60'000);
        QSignalSpy updated(&tile, &AiSpendTile::updated);
        tile.setContext(m_path, m_runner.get());
        QVERIFY(updated.wait(30'000));
        QCOMPARE(tile.value(), QString::fromStdString(ai::usd(expected)));
        QVERIFY2(tile.detail().contains(QStringLiteral("from cache")), qPrintable(tile.detail()));
        QCOMPARE(tile.trend().size(), 30);
        double trendSum = 0;
        for (double v : tile.trend())
            trendSum += v;
        QVERIFY(std::abs(trendSum - expected) < 1e-9);
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_runner->cancelAll();
        m_runner->waitForDone();
    }
};

QTEST_MAIN(TestAiPanel)
#include "TestAiPanel.moc"
