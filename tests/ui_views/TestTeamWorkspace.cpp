// File › Open team workspace: the dialog checks the URL as it is typed,
// refuses one carrying a password and forgets a saved one on request.
#include "core/secrets/SecretStore.h"
#include "core/secrets/WorkspacePasswords.h"
#include "ui/TeamWorkspaceDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {
constexpr const char* kAna = "postgresql://ana@db.example:5433/desk";
}

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // No keychain in this test: the encrypted file, with a fixed passphrase,
    // a new one per test.
    std::shared_ptr<secrets::WorkspacePasswords> passwords()
    {
        auto store = std::make_shared<secrets::SecretStore>(secrets::SecretStoreOptions{
            .filePath = m_dir.filePath(QStringLiteral("keys-%1.json").arg(++m_counter)),
            .useKeychain = false,
            .passphrase = [](const secrets::PassphraseRequest&) -> std::optional<std::string> {
                return std::string("team dialog test passphrase");
            }});
        return std::make_shared<secrets::WorkspacePasswords>(store);
    }

private slots:
    void theDialogChecksTheUrlAsItIsTyped()
    {
        ui::TeamWorkspaceDialog dialog(nullptr, {}, passwords());
        dialog.show();
        auto* url = dialog.findChild<QLineEdit*>("teamUrl");
        auto* status = dialog.findChild<QLabel*>("teamStatus");
        auto* open = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
        QVERIFY(url && status && open);
        QVERIFY(!open->isEnabled());

        QTest::keyClicks(url, "/tmp/file.kestrel");
        QVERIFY(!open->isEnabled());
        QVERIFY(status->text().contains("postgresql://"));

        url->clear();
        QTest::keyClicks(url, "postgresql://ana:hunter2@db.example:5433/desk?schema=team");
        QVERIFY(!open->isEnabled());
        QVERIFY2(status->text().contains("password"), qPrintable(status->text()));
        QVERIFY(!status->text().contains("hunter2"));

        url->clear();
        QTest::keyClicks(url, "postgresql://ana@db.example:5433/desk?schema=team");
        QVERIFY(open->isEnabled());
        QVERIFY(status->isHidden());
        QCOMPARE(dialog.url(), QString("postgresql://ana@db.example:5433/desk?schema=team"));
        QCOMPARE(dialog.credentialName(), QString("postgresql://ana@db.example:5433/desk"));
    }

    void rememberingNeedsAPassword()
    {
        ui::TeamWorkspaceDialog dialog(nullptr, kAna, passwords());
        auto* password = dialog.findChild<QLineEdit*>("teamPassword");
        auto* remember = dialog.findChild<QCheckBox*>("teamRemember");
        QVERIFY(!remember->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, "s3cret");
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        QVERIFY(dialog.rememberPassword());
        QCOMPARE(dialog.password(), QString("s3cret"));
    }

    void forgettingRemovesTheSavedPassword()
    {
        const auto saved = passwords();
        saved->set(kAna, "s3cret", true);
        QVERIFY(saved->isRemembered(kAna));
        ui::TeamWorkspaceDialog dialog(nullptr, QString(kAna) + "?schema=team", saved);
        dialog.show();
        auto* forget = dialog.findChild<QPushButton*>("teamForgetPassword");
        auto* status = dialog.findChild<QLabel*>("teamStatus");
        QVERIFY(forget && status);
        QTRY_VERIFY_WITH_TIMEOUT(forget->isEnabled(), 5000);

        QTest::mouseClick(forget, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 5000);
        QVERIFY2(status->text().contains("removed"), qPrintable(status->text()));
        QVERIFY(status->text().contains(kAna));
        QVERIFY(!forget->isEnabled());
        QVERIFY(!saved->isRemembered(kAna));
        QVERIFY(!saved->find(kAna).has_value()); // gone for this session too
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->isEnabled());
    }

    void forgettingIsDisabledWithoutASavedPassword()
    {
        const auto saved = passwords();
        saved->set("postgresql://bea@db.example:5433/desk", "other", true);
        saved->set(kAna, "typed only", false); // kept for the session, not saved
        ui::TeamWorkspaceDialog dialog(nullptr, kAna, saved);
        dialog.show();
        auto* forget = dialog.findChild<QPushButton*>("teamForgetPassword");
        QVERIFY(forget);
        QTest::qWait(800); // past the look-up delay and its job
        QVERIFY(!forget->isEnabled());

        // Another login with a saved password enables it; an unparsable URL does not.
        auto* url = dialog.findChild<QLineEdit*>("teamUrl");
        url->setText("postgresql://bea@db.example:5433/desk?schema=team");
        QTRY_VERIFY_WITH_TIMEOUT(forget->isEnabled(), 5000);
        url->setText("postgresql://bea:pw@db.example:5433/desk");
        QVERIFY(!forget->isEnabled());
        QTest::qWait(800);
        QVERIFY(!forget->isEnabled());
    }
};

QTEST_MAIN(TestTeamWorkspace)
#include "TestTeamWorkspace.moc"
