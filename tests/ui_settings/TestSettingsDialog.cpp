#include "AnthropicTestServer.h"

#include "core/ai/PriceTable.h"
#include "core/ai/Settings.h"
#include "core/jobs/JobRunner.h"
#include "core/secrets/KeychainKeySource.h"
#include "core/secrets/SecretStore.h"
#include "core/workspace/Workspace.h"
#include "ui/Settings.h"
#include "ui/settings/AiProvidersPage.h"
#include "ui/settings/GeneralSettings.h"
#include "ui/settings/LimitsPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

// Shaped like a real key so the redaction rules apply as they would.
const QString kKey = QStringLiteral("sk-ant-api03-dialogTEST-7e7e7e7e7e7e7e7e7e7e");

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

// Everything a person can read in the dialog.
QString visibleText(QWidget* dialog)
{
    QStringList texts;
    for (const QLabel* l : dialog->findChildren<QLabel*>())
        texts << l->text();
    for (const QLineEdit* e : dialog->findChildren<QLineEdit*>())
        if (e->echoMode() == QLineEdit::Normal)
            texts << e->text() << e->placeholderText();
    return texts.join('\n');
}

// With KESTREL_SCREENSHOT_DIR set, keeps a picture of the dialog for review.
void saveScreenshot(SettingsDialog& dialog, int page, const char* name)
{
    const QString dir = qEnvironmentVariable("KESTREL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    dialog.showPage(page);
    dialog.show();
    QCoreApplication::processEvents();
    dialog.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_settings_dialog"));
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws.kestrel"));
        workspace::Workspace::create(m_workspace.toStdString());
        QVERIFY(m_server.start());
    }

    void init()
    {
        QSettings().clear();
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("OPENAI_API_KEY");
        m_asked = 0;
        // No keychain in this test: the passphrase store, with a scripted passphrase.
        m_store = std::make_shared<secrets::SecretStore>(secrets::SecretStoreOptions{
            .filePath = m_dir.filePath(QStringLiteral("keys-%1.json").arg(++m_counter)),
            .useKeychain = false,
            .passphrase = [this](const secrets::PassphraseRequest&) -> std::optional<std::string> {
                ++m_asked;
                return std::string("dialog test passphrase");
            }});
    }

    // The dialog reads and stores the workspace's settings in jobs through
    // ai::SettingsService (issue 9 §4): while another process holds the
    // workspace's write lock, Apply returns at once and the window stays
    // responsive; the store lands when the lock goes, and applied() follows.
    void storesOffTheUiThreadWhileTheWorkspaceIsLocked()
    {
        SettingsDialog dialog(m_workspace, m_store);
        QVERIFY(dialog.isLoading()); // read in a job, not in the constructor
        auto* daily = child<QDoubleSpinBox>(&dialog, "ai.budget.daily_usd");
        QVERIFY(!daily->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        QVERIFY(daily->isEnabled());

        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        auto other = workspace::Workspace::connect(m_workspace.toStdString());
        other.exec("BEGIN IMMEDIATE");
        daily->setValue(7.75);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(dialog.isBusy());
        QCOMPARE(applied.count(), 0);
        QTest::qWait(300); // the event loop runs while the store waits for the lock
        other.exec("COMMIT");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15'000);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(ai::AiSettings::load(other).dailyBudgetUsd, 7.75);
    }

    void applyEnabledOnlyAfterAChange()
    {
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        QPushButton* apply = dialog.buttons()->button(QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled());

        auto* threads = child<QSpinBox>(&dialog, "workerThreads");
        const int before = threads->value();
        threads->setFocus();
        QTest::keyClick(threads, Qt::Key_Up);
        QCOMPARE(threads->value(), before + 1);
        QVERIFY(apply->isEnabled());
        QTest::keyClick(threads, Qt::Key_Down); // undone: nothing to apply
        QVERIFY(!apply->isEnabled());

        QTest::keyClick(threads, Qt::Key_Up);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); // stored in a job
        QVERIFY(!apply->isEnabled());
        QCOMPARE(settings::workerThreads.value(), before + 1);

        // A workspace page behaves the same.
        auto* daily = child<QDoubleSpinBox>(&dialog, "ai.budget.daily_usd");
        daily->setValue(12.5);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); // stored in a job
        QVERIFY(!apply->isEnabled());
        auto db = workspace::Workspace::connect(m_workspace.toStdString());
        QCOMPARE(ai::AiSettings::load(db).dailyBudgetUsd, 12.5);
    }

    void restoreDefaults()
    {
        settings::workerThreads.setValue(settings::workerThreads.defaultValue() + 3);
        settings::theme.setValue(QStringLiteral("dark"));
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        QPushButton* apply = dialog.buttons()->button(QDialogButtonBox::Apply);
        QPushButton* restore = dialog.buttons()->button(QDialogButtonBox::RestoreDefaults);
        auto* threads = child<QSpinBox>(&dialog, "workerThreads");
        auto* theme = child<QComboBox>(&dialog, "theme");
        QCOMPARE(threads->value(), settings::workerThreads.defaultValue() + 3);
        QCOMPARE(theme->currentData().toString(), QStringLiteral("dark"));

        dialog.showPage(0);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(threads->value(), settings::workerThreads.defaultValue());
        QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
        QVERIFY(apply->isEnabled()); // restored, not yet stored
        QCOMPARE(settings::workerThreads.value(), settings::workerThreads.defaultValue() + 3);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); // stored in a job
        QCOMPARE(settings::workerThreads.value(), settings::workerThreads.defaultValue());
        QCOMPARE(settings::theme.value(), QStringLiteral("system"));

        // The AI providers page: back to the AiSettings defaults.
        auto* url = child<QLineEdit>(&dialog, "anthropicBaseUrl");
        auto* maxTokens = child<QDoubleSpinBox>(&dialog, "ai.max_tokens");
        url->setText(QStringLiteral("https://gateway.example.internal"));
        maxTokens->setValue(512);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); // stored in a job
        auto db = workspace::Workspace::connect(m_workspace.toStdString());
        QCOMPARE(ai::AiSettings::load(db).anthropicBaseUrl,
                 std::string("https://gateway.example.internal"));
        QCOMPARE(ai::AiSettings::load(db).maxTokens, 512);
        dialog.showPage(1);
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(url->text().isEmpty());
        QCOMPARE(maxTokens->value(), double(ai::AiSettings().maxTokens));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); // stored in a job
        QCOMPARE(ai::AiSettings::load(db).anthropicBaseUrl, std::string());
        QCOMPARE(ai::AiSettings::load(db).maxTokens, ai::AiSettings().maxTokens);
    }

    void pricesEditedAndValidated()
    {
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        auto* table = child<QTableWidget>(&dialog, "prices");
        QPushButton* apply = dialog.buttons()->button(QDialogButtonBox::Apply);
        QVERIFY(table->rowCount() > 0);
        QCOMPARE(int(ai::PriceTable::defaults().entries().size()), table->rowCount());
        QVERIFY(!apply->isEnabled());

        table->item(0, 2)->setText(QStringLiteral("4.25"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); // stored in a job
        auto db = workspace::Workspace::connect(m_workspace.toStdString());
        const ai::ModelPrice first = ai::PriceTable::load(db).entries().front();
        QCOMPARE(first.inputPerMTok, 4.25);

        table->item(1, 3)->setText(QStringLiteral("lots"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); // stored in a job
        auto* error = child<QLabel>(&dialog, "pricesError");
        QVERIFY2(error->text().contains("Row 2") && error->text().contains("lots"),
                 qPrintable(error->text()));
        QVERIFY(apply->isEnabled()); // still to apply
        QCOMPARE(ai::PriceTable::load(db).entries().front().inputPerMTok,
                 4.25); // nothing half-written

        dialog.showPage(2);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults),
                          Qt::LeftButton);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000); // stored in a job
        QVERIFY(!apply->isEnabled());
        QCOMPARE(ai::PriceTable::load(db).toJson(), ai::PriceTable::defaults().toJson());
    }

    void keySavedAndReadBack()
    {
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        auto* key = child<QLineEdit>(&dialog, "anthropicKey");
        auto* save = child<QPushButton>(&dialog, "anthropicSaveKey");
        auto* status = child<QLabel>(&dialog, "anthropicKeyStatus");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTRY_VERIFY(status->text().contains("No key is saved"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(key, kKey);
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.buttons()
                    ->button(QDialogButtonBox::Apply)
                    ->isEnabled()); // an unsaved key counts
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("Key saved"), 20'000);
        QVERIFY2(status->text().contains("encrypted file"), qPrintable(status->text()));
        QVERIFY(key->text().isEmpty());
        QCOMPARE(m_asked, 1);

        const auto stored = secrets::KeychainKeySource(m_store).key("anthropic");
        QVERIFY(stored);
        QCOMPARE(QString::fromStdString(stored->value), kKey);
        QCOMPARE(stored->origin, std::string("encrypted file"));
        QFile file(m_store->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kKey.toUtf8()));
        QVERIFY(!visibleText(&dialog).contains(kKey));

        // A new dialog in the same session sees the saved key without asking again.
        SettingsDialog again(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!again.isLoading(), 10'000);
        auto* status2 = child<QLabel>(&again, "anthropicKeyStatus");
        QTRY_VERIFY(status2->text().contains("A key is saved"));
        QCOMPARE(m_asked, 1);
    }

    // Key saves run on the runner the main window gives the dialog, in its
    // Interactive lane, and stay out of the Jobs dock's list.
    void keyWorkRunsOnTheGivenRunner()
    {
        jobs::JobRunner runner;
        QSignalSpy added(&runner, &jobs::JobRunner::jobAdded);
        QList<jobs::JobInfo> seen;
        connect(&runner, &jobs::JobRunner::jobAdded, this,
                [&](int id) { seen.append(runner.job(id)); });
        SettingsDialog dialog(m_workspace, m_store, nullptr, &runner);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        auto* key = child<QLineEdit>(&dialog, "anthropicKey");
        auto* save = child<QPushButton>(&dialog, "anthropicSaveKey");
        auto* status = child<QLabel>(&dialog, "anthropicKeyStatus");
        QTRY_VERIFY(status->text().contains("No key is saved"));
        const qsizetype before = added.count();
        QVERIFY(before >= 1); // the look for a saved key
        QTest::keyClicks(key, kKey);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("Key saved"), 20'000);
        QCOMPARE(added.count(), before + 1);
        for (const jobs::JobInfo& info : seen) {
            QVERIFY(info.lane == jobs::Lane::Interactive);
            QVERIFY(!info.listed);
        }
        QVERIFY(runner.waitForDone(5000));
        QCOMPARE(runner.jobs().size(), 0);
    }

    void environmentKeyShownAndNotStored()
    {
        qputenv("ANTHROPIC_API_KEY", kKey.toUtf8());
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        auto* key = child<QLineEdit>(&dialog, "anthropicKey");
        QVERIFY(!key->isEnabled());
        QCOMPARE(key->placeholderText(),
                 QStringLiteral("from environment variable ANTHROPIC_API_KEY"));
        QVERIFY(child<QLabel>(&dialog, "anthropicKeyStatus")
                    ->text()
                    .contains("environment variable ANTHROPIC_API_KEY"));
        QVERIFY(!child<QPushButton>(&dialog, "anthropicSaveKey")->isEnabled());
        QVERIFY(!visibleText(&dialog).contains(kKey));
        QVERIFY(!QFile::exists(m_store->filePath()));
    }

    void testConnectionSucceeds()
    {
        m_server.setMode(AnthropicTestServer::Mode::Answer);
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        child<QLineEdit>(&dialog, "anthropicBaseUrl")->setText(m_server.baseUrl());
        child<QComboBox>(&dialog, "anthropicModel")
            ->setCurrentText(QStringLiteral("claude-test-small"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "anthropicKey"), kKey);
        auto* status = child<QLabel>(&dialog, "anthropicTestStatus");
        const int before = m_server.requests();
        QTest::mouseClick(child<QPushButton>(&dialog, "anthropicTestConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !status->text().startsWith("Testing"),
                                 20'000);
        QVERIFY2(status->text().startsWith("Connected") && status->text().contains(" ms ") &&
                     status->text().contains("claude-test-small") &&
                     status->text().contains("ready"),
                 qPrintable(status->text()));
        qInfo("shown: %s", qPrintable(status->text()));
        saveScreenshot(dialog, 1, "settings-ai-providers.png");
        saveScreenshot(dialog, 2, "settings-prices.png");
        saveScreenshot(dialog, 3, "settings-budgets.png");
        QCOMPARE(m_server.requests(), before + 1);
        QCOMPARE(m_server.lastPath(), QByteArray("/v1/messages"));
        QCOMPARE(m_server.lastHeader("x-api-key"), kKey.toUtf8());
        QCOMPARE(m_server.lastHeader("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!visibleText(&dialog).contains(kKey));
    }

    void testConnectionReportsRefusedKey()
    {
        m_server.setMode(AnthropicTestServer::Mode::RefuseKey);
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        child<QLineEdit>(&dialog, "anthropicBaseUrl")->setText(m_server.baseUrl());
        child<QComboBox>(&dialog, "anthropicModel")
            ->setCurrentText(QStringLiteral("claude-test-small"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "anthropicKey"), kKey);
        auto* status = child<QLabel>(&dialog, "anthropicTestStatus");
        QTest::mouseClick(child<QPushButton>(&dialog, "anthropicTestConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !status->text().startsWith("Testing"),
                                 20'000);
        QVERIFY2(status->text().startsWith("Failed") && status->text().contains("401") &&
                     status->text().contains("refused"),
                 qPrintable(status->text()));
        qInfo("shown: %s", qPrintable(status->text()));
        QCOMPARE(m_server.lastHeader("x-api-key"), kKey.toUtf8());
        QVERIFY(!visibleText(&dialog).contains(kKey));
        m_server.setMode(AnthropicTestServer::Mode::Answer);
    }

    void testConnectionReportsUnreachableHost()
    {
        // A port that was just listening and is now closed: the connection is refused.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        child<QLineEdit>(&dialog, "anthropicBaseUrl")
            ->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
        child<QComboBox>(&dialog, "anthropicModel")
            ->setCurrentText(QStringLiteral("claude-test-small"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "anthropicKey"), kKey);
        auto* status = child<QLabel>(&dialog, "anthropicTestStatus");
        QTest::mouseClick(child<QPushButton>(&dialog, "anthropicTestConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !status->text().startsWith("Testing"),
                                 20'000);
        QVERIFY2(status->text().startsWith("Failed") &&
                     status->text().contains("could not be reached"),
                 qPrintable(status->text()));
        qInfo("shown: %s", qPrintable(status->text()));
        QVERIFY(!visibleText(&dialog).contains(kKey));
    }

    void testConnectionToALocalOpenAiCompatibleServer()
    {
        m_server.setMode(AnthropicTestServer::Mode::Answer);
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        child<QLineEdit>(&dialog, "openaiBaseUrl")->setText(m_server.baseUrl());
        child<QComboBox>(&dialog, "openaiModel")->setCurrentText(QStringLiteral("local-model"));
        auto* status = child<QLabel>(&dialog, "openaiTestStatus");
        QTest::mouseClick(child<QPushButton>(&dialog, "openaiTestConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !status->text().startsWith("Testing"),
                                 20'000);
        QVERIFY2(status->text().startsWith("Connected") && status->text().contains("local-model") &&
                     status->text().contains("ready"),
                 qPrintable(status->text()));
        QCOMPARE(m_server.lastPath(), QByteArray("/v1/chat/completions"));
        QVERIFY(m_server.lastHeader("authorization").isEmpty()); // no key: none sent
    }

    void testConnectionWithoutKeySaysSo()
    {
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        child<QLineEdit>(&dialog, "anthropicBaseUrl")->setText(m_server.baseUrl());
        auto* status = child<QLabel>(&dialog, "anthropicTestStatus");
        const int before = m_server.requests();
        QTest::mouseClick(child<QPushButton>(&dialog, "anthropicTestConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !status->text().startsWith("Testing"),
                                 20'000);
        QVERIFY2(status->text().contains("No Anthropic API key"), qPrintable(status->text()));
        QCOMPARE(m_server.requests(), before); // nothing was sent
    }

    void modelsComeFromTheApi()
    {
        m_server.setMode(AnthropicTestServer::Mode::Answer);
        SettingsDialog dialog(m_workspace, m_store);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 10'000);
        child<QLineEdit>(&dialog, "anthropicBaseUrl")->setText(m_server.baseUrl());
        QTest::keyClicks(child<QLineEdit>(&dialog, "anthropicKey"), kKey);
        auto* model = child<QComboBox>(&dialog, "anthropicModel");
        auto* note = child<QLabel>(&dialog, "anthropicModelNote");
        QTest::mouseClick(child<QPushButton>(&dialog, "anthropicRefreshModels"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->count() == 2, 20'000);
        QCOMPARE(model->itemText(0), QStringLiteral("claude-test-large"));
        QCOMPARE(model->itemText(1), QStringLiteral("claude-test-small"));
        QCOMPARE(model->currentText(), QStringLiteral("claude-test-large"));
        QVERIFY2(note->text().contains("2 model"), qPrintable(note->text()));
        QVERIFY(m_server.lastPath().startsWith("/v1/models"));

        // Chosen and applied, it is the workspace's default model.
        model->setCurrentIndex(1);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20'000); // stored in a job
        auto db = workspace::Workspace::connect(m_workspace.toStdString());
        QCOMPARE(ai::AiSettings::load(db).anthropicModel, std::string("claude-test-small"));
        // Apply also saved the typed key.
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&dialog, "anthropicKeyStatus")->text().contains("Key saved"), 20'000);
    }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    AnthropicTestServer m_server;
    std::shared_ptr<secrets::SecretStore> m_store;
    int m_asked = 0;
    int m_counter = 0;
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
