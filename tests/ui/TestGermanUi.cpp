// The interface in German: the language setting loads the translation, menus,
// panels and the Jobs dock read in German, every string the window asks for
// is found in the .qm, numbers and dates follow the German locale, and the
// command line speaks the language of its environment.
#include "../ui_views/ViewsTestSupport.h"

#include "common/TestSupport.h"
#include "core/jobs/JobRunner.h"
#include "core/secrets/SecretStore.h"
#include "ui/JobsDock.h"
#include "ui/MainWindow.h"
#include "ui/i18n/Translation.h"
#include "ui/panels/overview/OverviewPanel.h"
#include "ui/settings/GeneralSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/Format.h"

#include <QAction>
#include <QDate>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

// Installed after the real translators, so it is asked first: notes every
// lookup and answers nothing, so the lookup goes on to Kestrel's translation.
class LookupRecorder : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QMutexLocker lock(&m_mutex);
        m_seen.insert({QString::fromUtf8(context), QString::fromUtf8(source)});
        return {};
    }
    bool isEmpty() const override { return false; }

    QSet<std::pair<QString, QString>> seen() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_seen;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<std::pair<QString, QString>> m_seen;
};

QStringList menuTitles(QMainWindow& w)
{
    QStringList titles;
    for (QAction* a : w.menuBar()->actions())
        if (a->menu())
            titles << a->text().remove(QLatin1Char('&'));
    return titles;
}

} // namespace

class TestGermanUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    LookupRecorder m_recorder;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-german"));
        // As a user who chose Deutsch in Settings › General and started again.
        settings::language.setValue(QStringLiteral("de"));
        const QLocale locale = installTranslations(settings::language.value());
        QCOMPARE(locale.language(), QLocale::German);
        QCoreApplication::installTranslator(&m_recorder);
        m_demo = m_dir.filePath(QStringLiteral("demo.kestrel"));
        test::makeDemo(m_demo, 2000);
    }

    void cleanupTestCase() { settings::language.reset(); }

    void menusPanelsAndDockAreGerman()
    {
        MainWindow w;
        QVERIFY(w.openWorkspace(m_demo));
        QStringList tabs;
        for (int i = 0; i < w.panels()->count(); ++i)
            tabs << w.panels()->tabText(i).remove(QLatin1Char('&'));
        QCOMPARE(tabs.mid(0, 4),
                 (QStringList{QStringLiteral("Übersicht"), QStringLiteral("Laufhistorie"),
                              QStringLiteral("Anomalieprüfung"), QStringLiteral("KI-Analyse")}));
        const QStringList menus = menuTitles(w);
        for (const QString& title :
             {QStringLiteral("Datei"), QStringLiteral("Ansicht"), QStringLiteral("Anomalieprüfung"),
              QStringLiteral("Einstellungen"), QStringLiteral("Hilfe")})
            QVERIFY2(menus.contains(title), qPrintable(menus.join(QStringLiteral(", "))));
        QVERIFY(!menus.contains(QStringLiteral("File")));
        QCOMPARE(w.jobsDock()->windowTitle(), QStringLiteral("Aufträge"));
        // Qt's own buttons too (qtbase_de.qm from qt6-translations-l10n).
        QDialogButtonBox box(QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Schließen"));
        // Every panel shown once, so its views are built and filled in German.
        for (int i = 0; i < w.panels()->count(); ++i) {
            w.panels()->setCurrentIndex(i);
            QVERIFY(test::waitFor([&] {
                return !w.isBusy() && !w.overview()->isBusy() && w.jobRunner()->runningCount() == 0;
            }));
        }
        // No keychain here: the encrypted file, with a fixed passphrase.
        auto store = std::make_shared<secrets::SecretStore>(secrets::SecretStoreOptions{
            .filePath = m_dir.filePath(QStringLiteral("keys.json")),
            .useKeychain = false,
            .passphrase = [](const secrets::PassphraseRequest&) -> std::optional<std::string> {
                return std::string("german test passphrase");
            }});
        SettingsDialog dialog(m_demo, store, &w);
        dialog.show();
        QCoreApplication::processEvents();
    }

    // The strings the window and the Settings dialog asked for: each is in the
    // German translation under the context it was asked with (a string
    // outside tr(), or under a context lupdate does not see, fails here).
    void everyStringAskedForIsTranslated()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/kestrel_de.qm")));
        static const QRegularExpression qtContext(QStringLiteral("^Q[A-Z]"));
        QStringList missing;
        int asked = 0;
        for (const auto& [context, source] : m_recorder.seen()) {
            if (qtContext.match(context).hasMatch() && context != QLatin1String("QObject"))
                continue; // Qt's own strings, translated by qtbase_de.qm
            ++asked;
            if (german.translate(context.toUtf8().constData(), source.toUtf8().constData())
                    .isEmpty())
                missing << QStringLiteral("[%1] %2").arg(context, source);
        }
        QVERIFY2(asked > 150, qPrintable(QString::number(asked)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void numbersAndDatesFollowTheLocale()
    {
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(Format::count(12345), QStringLiteral("12.345"));
        QCOMPARE(Format::percent(0.972), QStringLiteral("97,2 %"));
        QCOMPARE(Format::duration(12.4), QStringLiteral("12,4 s"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 1), QLocale::ShortFormat),
                 QStringLiteral("01.11.26"));
    }

    void commandLineSpeaksTheEnvironmentsLanguage()
    {
        auto help = [](const QString& lcAll) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), lcAll);
            p.setProcessEnvironment(env);
            p.start(test::kestrelBinary(),
                    {QStringLiteral("demo"), QStringLiteral("--runs"), QStringLiteral("many")});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardError());
        };
        const QString german = help(QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(german.contains(QStringLiteral("muss eine ganze Zahl von 0 bis")),
                 qPrintable(german));
        const QString english = help(QStringLiteral("C.UTF-8"));
        QVERIFY2(english.contains(QStringLiteral("must be a whole number from 0 to")),
                 qPrintable(english));
    }
};

QTEST_MAIN(TestGermanUi)
#include "TestGermanUi.moc"
