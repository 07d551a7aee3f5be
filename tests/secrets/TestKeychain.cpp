// Runs under tests/secrets/run-with-keyring.sh: a private D-Bus session with an
// unlocked gnome-keyring-daemon, so the real QtKeychain path is exercised.
#include "core/common/Error.h"
#include "core/secrets/KeychainKeySource.h"
#include "core/secrets/SecretStore.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kestrel;
using namespace kestrel::secrets;

namespace {

const std::string kKey = "sk-ant-api03-keychainTEST-c0ffee00c0ffee00";

// What the Secret Service holds, asked through libsecret's own tool rather
// than through our code. QtKeychain files entries under server=<service>, user=<key>.
QString lookedUp(const QString& entry)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Kestrel"),
             QStringLiteral("user"), entry});
    if (!p.waitForFinished(20'000))
        return QStringLiteral("<secret-tool timed out>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/secrets/run-with-keyring.sh");
        qunsetenv("ANTHROPIC_API_KEY");
        QVERIFY(m_dir.isValid());
    }

    void roundTripThroughTheKeychain()
    {
        const QString file = m_dir.filePath("never-written.json");
        auto store = std::make_shared<SecretStore>(
            SecretStoreOptions{.filePath = file,
                               .keychainTimeoutMs = 20'000,
                               .passphrase = [](const PassphraseRequest&) {
                                   return std::optional<std::string>("should not be asked");
                               }});
        KeychainKeySource source(store);
        QVERIFY(!source.key("anthropic")); // entry not found reads as nothing
        QCOMPARE(store->backend(), SecretBackend::Keychain);

        source.save("anthropic", kKey);
        const auto key = source.key("anthropic");
        QVERIFY(key);
        QCOMPARE(key->value, kKey);
        QCOMPARE(key->origin, std::string("keychain"));
        QCOMPARE(lookedUp(QStringLiteral("api-key/anthropic")), QString::fromStdString(kKey));
        QVERIFY(!QFileInfo::exists(file)); // the fallback file was never needed

        source.forget("anthropic");
        QVERIFY(!source.key("anthropic"));
        QVERIFY(lookedUp(QStringLiteral("api-key/anthropic")).isEmpty());
        source.forget("anthropic"); // removing what is gone is fine
    }

    void usableFromAWorkerThread()
    {
        auto store = std::make_shared<SecretStore>(
            SecretStoreOptions{.filePath = m_dir.filePath("unused.json"),
                               .keychainTimeoutMs = 20'000,
                               .passphrase = {}});
        std::string readBack;
        std::string origin;
        QString failure;
        QThread* worker = QThread::create([&] {
            try {
                KeychainKeySource source(store);
                source.save("openai", kKey + "-openai");
                const auto key = source.key("openai");
                readBack = key ? key->value : "";
                origin = key ? key->origin : "";
                source.forget("openai");
            } catch (const Error& e) {
                failure = QString::fromUtf8(e.what());
            }
        });
        worker->start();
        QVERIFY(worker->wait(60'000));
        delete worker;
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(readBack, kKey + "-openai");
        QCOMPARE(origin, std::string("keychain"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
