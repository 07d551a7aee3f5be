// File › Open team workspace: the dialog checks the URL as it is typed and
// refuses one carrying a password.
#include "ui/TeamWorkspaceDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace kestrel;

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void theDialogChecksTheUrlAsItIsTyped()
    {
        ui::TeamWorkspaceDialog dialog;
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
        ui::TeamWorkspaceDialog dialog(nullptr, "postgresql://ana@db.example:5433/desk");
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
};

QTEST_MAIN(TestTeamWorkspace)
#include "TestTeamWorkspace.moc"
