// Help › User guide shows docs/user-guide.md rendered, with every screenshot
// it names loaded and a section for every panel; Help › About names the
// version, the build, Qt and the libraries with their licences.
#include "../ui_views/ViewsTestSupport.h"

#include "core/Version.h"
#include "ui/MainWindow.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/UserGuideViewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QScrollBar>

#include <sqlite3.h>

using namespace kestrel;
using namespace kestrel::ui;

namespace {

QAction* helpAction(MainWindow& w, const QString& name)
{
    for (QAction* a : w.menuBar()->actions()) {
        if (!a->menu() || a->text().remove(QLatin1Char('&')) != QStringLiteral("Help"))
            continue;
        for (QAction* item : a->menu()->actions())
            if (item->objectName() == name)
                return item;
    }
    return nullptr;
}

// The names of the images the document shows.
QStringList imageNames(QTextDocument* doc)
{
    QStringList names;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                names << it.fragment().charFormat().toImageFormat().name();
    return names;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-ui-help"));
    }

    void userGuideOpensRenderedWithItsScreenshots()
    {
        MainWindow w;
        w.show();
        QAction* guide = helpAction(w, QStringLiteral("userGuideAction"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        auto* viewer = w.findChild<UserGuideViewer*>();
        QVERIFY(viewer);
        QVERIFY(viewer->isVisible());
        QTextDocument* doc = viewer->browser()->document();
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Kestrel user guide")), qPrintable(viewer->source()));
        // Rendered, not shown as source: no Markdown heading marks remain.
        QVERIFY(!text.contains(QStringLiteral("\n## ")));
        // A section for every panel of the window, and the other chapters.
        for (int i = 0; i < w.panels()->count(); ++i)
            QVERIFY2(text.contains(w.panels()->tabText(i).remove(QLatin1Char('&'))),
                     qPrintable(w.panels()->tabText(i)));
        for (const char* chapter :
             {"Your first analysis", "The command line", "Settings", "Troubleshooting", "Keyboard"})
            QVERIFY2(text.contains(QLatin1String(chapter)), chapter);
        // Every screenshot it names is found and loads.
        const QStringList images = imageNames(doc);
        QVERIFY2(images.size() >= 6, qPrintable(images.join(QLatin1Char(' '))));
        for (const QString& name : images) {
            const QVariant image = doc->resource(QTextDocument::ImageResource, QUrl(name));
            QVERIFY2(image.isValid() && !image.value<QImage>().isNull(), qPrintable(name));
        }
        // Screenshots fit the window's width: no sideways scrolling to see one.
        QTest::qWait(50);
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat())
                    QVERIFY(it.fragment().charFormat().toImageFormat().width() <=
                            viewer->browser()->viewport()->width());
        QCOMPARE(viewer->browser()->horizontalScrollBar()->maximum(), 0);
        // F1 again raises the same window.
        guide->trigger();
        QCOMPARE(w.findChildren<UserGuideViewer*>().size(), qsizetype(1));
    }

    void aboutNamesVersionBuildAndLibraries()
    {
        MainWindow w;
        QAction* about = helpAction(w, QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        auto* dialog = w.findChild<AboutDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString text = dialog->text()->toPlainText();
        for (const QString& expected :
             {QStringLiteral("Kestrel %1").arg(QString::fromUtf8(version())),
              QString::fromStdString(buildDescription()), QString::fromLatin1(qVersion()),
              QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
              QStringLiteral("libpq"), QStringLiteral("nlohmann/json"), QStringLiteral("libsodium"),
              QStringLiteral("QtKeychain"), QStringLiteral("QCustomPlot"), QStringLiteral("Eigen"),
              QStringLiteral("dlib"), QStringLiteral("LGPL-3.0"), QStringLiteral("MIT"),
              QStringLiteral("copyright")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" in:\n") + text));
        auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyAbout"));
        QVERIFY(copy);
        copy->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QString::fromLatin1(sqlite3_libversion())), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("Kestrel %1").arg(QString::fromUtf8(version()))));
    }
};

QTEST_MAIN(TestHelp)
#include "TestHelp.moc"
