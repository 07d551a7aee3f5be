#include "core/net/Redaction.h"
#include "core/common/Error.h"
#include "core/secrets/EncryptedFileStore.h"
#include "core/secrets/KeychainKeySource.h"
#include "core/secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kestrel;
using namespace kestrel::secrets;

namespace {

// A key shaped like a real one, distinct per test so a leak is unambiguous.
const std::string kAnthropicKey = "sk-ant-api03-kestrelTEST-9f8e7d6c5b4a39281706";
const std::string kOpenAiKey = "sk-proj-kestrelTEST-0123456789abcdefABCDEF";

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// A prompt that answers `passphrase` and counts how often it was asked.
PassphrasePrompt counting(std::string passphrase, int& asked)
{
    return [passphrase, &asked](const PassphraseRequest&) -> std::optional<std::string> {
        ++asked;
        return passphrase;
    };
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("OPENAI_API_KEY");
        qunsetenv(kPassphraseVariable);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("keys-%1.json").arg(++m_counter));
    }

    void passphraseRoundTrip()
    {
        int asked = 0;
        {
            EncryptedFileStore store(m_path, counting("correct horse battery", asked));
            QVERIFY(!store.read("api-key/anthropic")); // no file: nothing, and no question
            QCOMPARE(asked, 0);
            store.write("api-key/anthropic", kAnthropicKey);
            store.write("api-key/openai", kOpenAiKey);
            QCOMPARE(store.read("api-key/anthropic").value_or(""), kAnthropicKey);
            QCOMPARE(asked, 1); // once per session
        }
        // A new session reads what the last one wrote, after asking once.
        EncryptedFileStore again(m_path, counting("correct horse battery", asked));
        QCOMPARE(again.read("api-key/openai").value_or(""), kOpenAiKey);
        QCOMPARE(again.read("api-key/anthropic").value_or(""), kAnthropicKey);
        QVERIFY(!again.read("api-key/none"));
        QCOMPARE(asked, 2);
        again.remove("api-key/openai");
        QVERIFY(!again.read("api-key/openai"));
        QCOMPARE(again.read("api-key/anthropic").value_or(""), kAnthropicKey);
    }

    void wrongPassphraseRefusedAndFileUntouched()
    {
        int asked = 0;
        {
            EncryptedFileStore store(m_path, counting("the right one", asked));
            store.write("api-key/anthropic", kAnthropicKey);
        }
        const QByteArray before = fileBytes(m_path);
        QVERIFY(!before.isEmpty());

        EncryptedFileStore wrong(m_path, counting("the wrong one", asked));
        const QString readError = errorOf([&] { wrong.read("api-key/anthropic"); });
        QVERIFY2(readError.contains("passphrase is wrong"), qPrintable(readError));
        QVERIFY(readError.contains(m_path));
        const QString writeError =
            errorOf([&] { wrong.write("api-key/anthropic", "sk-ant-replaced-by-attacker-000"); });
        QVERIFY2(writeError.contains("passphrase is wrong"), qPrintable(writeError));
        const QString removeError = errorOf([&] { wrong.remove("api-key/anthropic"); });
        QVERIFY2(removeError.contains("passphrase is wrong"), qPrintable(removeError));
        QCOMPARE(fileBytes(m_path), before);
        QVERIFY(!readError.contains(QString::fromStdString(kAnthropicKey)));

        // The right passphrase still opens it.
        EncryptedFileStore right(m_path, counting("the right one", asked));
        QCOMPARE(right.read("api-key/anthropic").value_or(""), kAnthropicKey);
    }

    void declinedOrEmptyPassphraseRefused()
    {
        EncryptedFileStore declined(
            m_path, [](const PassphraseRequest&) { return std::optional<std::string>(); });
        QVERIFY(errorOf([&] {
                    declined.write("api-key/anthropic", kAnthropicKey);
                }).contains("No passphrase"));
        EncryptedFileStore empty(
            m_path, [](const PassphraseRequest&) { return std::optional<std::string>(""); });
        QVERIFY(errorOf([&] {
                    empty.write("api-key/anthropic", kAnthropicKey);
                }).contains("empty passphrase"));
        QVERIFY(!QFileInfo::exists(m_path));
    }

    void storedFileHoldsNoPlainKey()
    {
        int asked = 0;
        bool creating = false;
        EncryptedFileStore store(m_path,
                                 [&](const PassphraseRequest& r) -> std::optional<std::string> {
                                     ++asked;
                                     creating = r.creating;
                                     return std::string("a passphrase");
                                 });
        store.write("api-key/anthropic", kAnthropicKey);
        QVERIFY(creating);
        const QByteArray bytes = fileBytes(m_path);
        const QByteArray key = QByteArray::fromStdString(kAnthropicKey);
        QVERIFY(!bytes.contains(key));
        QVERIFY(!bytes.contains(key.mid(8, 16)));      // no fragment either
        QVERIFY(!bytes.contains(key.toBase64()));      // nor an encoding of it
        QVERIFY(!bytes.contains("api-key/anthropic")); // entry names are sealed too
        QVERIFY(!bytes.contains("a passphrase"));
        QVERIFY(bytes.contains("\"kdf\": \"argon2id13\""));
        QCOMPARE(QFileInfo(m_path).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Each write uses a fresh nonce: the same contents never give the same file.
        store.write("api-key/anthropic", kAnthropicKey);
        QVERIFY(fileBytes(m_path) != bytes);
        QCOMPARE(asked, 1);
    }

    void damagedFileNamed()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"kestrel-secrets\", \"version\": 1, \"kdf\": \"argon2id13\", "
                "\"opslimit\": 2, "
                "\"memlimit\": 67108864, \"salt\": \"!!\", \"nonce\": \"\", \"ciphertext\": \"\"}");
        f.close();
        EncryptedFileStore store(
            m_path, [](const PassphraseRequest&) { return std::optional<std::string>("x"); });
        const QString error = errorOf([&] { store.read("api-key/anthropic"); });
        QVERIFY2(error.contains("damaged") && error.contains("salt") && error.contains(m_path),
                 qPrintable(error));
    }

    void environmentKeyWinsAndIsNeverStored()
    {
        int asked = 0;
        auto store = std::make_shared<SecretStore>(
            SecretStoreOptions{.filePath = m_path,
                               .useKeychain = false,
                               .passphrase = counting("pass phrase", asked)});
        KeychainKeySource source(store);

        QVERIFY(!source.key("anthropic"));
        const std::string envKey = "sk-ant-api03-fromTheEnvironment-55aa55aa55";
        qputenv("ANTHROPIC_API_KEY", QByteArray::fromStdString(envKey));
        auto key = source.key("anthropic");
        QVERIFY(key);
        QCOMPARE(key->value, envKey);
        QCOMPARE(key->origin, std::string("environment variable ANTHROPIC_API_KEY"));
        QVERIFY(!QFileInfo::exists(m_path)); // reading it stored nothing
        QCOMPARE(asked, 0);

        // A saved key exists, the environment still wins, and the file never holds the env key.
        source.save("anthropic", kAnthropicKey);
        key = source.key("anthropic");
        QCOMPARE(key->value, envKey);
        QVERIFY(!fileBytes(m_path).contains(QByteArray::fromStdString(envKey)));
        QCOMPARE(store->read(KeychainKeySource::entryName("anthropic")).value_or(""),
                 kAnthropicKey);

        qunsetenv("ANTHROPIC_API_KEY");
        key = source.key("anthropic");
        QCOMPARE(key->value, kAnthropicKey);
        QCOMPARE(key->origin, std::string("encrypted file"));
        // What the source hands out is redacted from messages.
        QVERIFY(!QString::fromStdString(net::Redaction::redact("key " + kAnthropicKey))
                     .contains("kestrelTEST"));
        QVERIFY(errorOf([&] { source.save("anthropic", ""); }).contains("empty"));
    }

    void fallsBackWhenNoKeychainRuns()
    {
        // CTest points D-Bus at a socket that does not exist (see CMakeLists.txt).
        int asked = 0;
        SecretStore store(SecretStoreOptions{.filePath = m_path,
                                             .keychainTimeoutMs = 20'000,
                                             .passphrase = counting("fallback pass", asked)});
        QCOMPARE(store.backend(), SecretBackend::Undecided);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!store.read("api-key/anthropic"));
        QCOMPARE(store.backend(), SecretBackend::EncryptedFile);
        QVERIFY(timer.elapsed() < 10'000);
        QVERIFY(!store.fallbackReason().empty());
        QCOMPARE(store.backendName(), std::string("encrypted file"));
        store.write("api-key/anthropic", kAnthropicKey);
        QVERIFY(QFileInfo::exists(m_path));
        QCOMPARE(store.read("api-key/anthropic").value_or(""), kAnthropicKey);
        QCOMPARE(asked, 1);
    }

    void commandLinePassphrase()
    {
        const PassphrasePrompt prompt = environmentPassphrase();
        const QString refusal = errorOf([&] { prompt({m_path.toStdString(), false}); });
        QVERIFY2(refusal.contains("KESTREL_PASSPHRASE") && refusal.contains(m_path),
                 qPrintable(refusal));
        qputenv(kPassphraseVariable, "from the shell");
        QCOMPARE(prompt({m_path.toStdString(), false}).value_or(""), std::string("from the shell"));

        SecretStore store(
            SecretStoreOptions{.filePath = m_path, .useKeychain = false, .passphrase = prompt});
        store.write("api-key/openai", kOpenAiKey);
        qputenv(kPassphraseVariable, "not the one");
        SecretStore other(
            SecretStoreOptions{.filePath = m_path, .useKeychain = false, .passphrase = prompt});
        QVERIFY(errorOf([&] { other.read("api-key/openai"); }).contains("passphrase is wrong"));
    }

    void defaultPathIsPerMachine()
    {
        const QString path = SecretStore::defaultFilePath();
        QVERIFY2(path.endsWith("/api-keys.json"), qPrintable(path));
        QVERIFY(path.startsWith(QDir::homePath()) ||
                path.startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
