#include "app/Cli.h"
#include "ui/Application.h"
#include "ui/i18n/Translation.h"
#include "ui/widgets/Format.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kestrel"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // A file manager opens a workspace as `kestrel FILE.kestrel` (the .desktop file's %f).
    if (arguments.size() == 2 && arguments[1].endsWith(QStringLiteral(".kestrel")) &&
        !arguments[1].startsWith(QLatin1Char('-')))
        arguments.insert(1, QStringLiteral("--workspace"));

    QString workspace;
    {
        // Sub-commands run headless; only the GUI needs a QApplication.
        bool wantsGui = true;
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString a = arguments[i];
            if (a == "--workspace" || a == "-w") {
                ++i;
                continue;
            }
            if (!a.startsWith("--workspace=")) {
                wantsGui = false;
                break;
            }
        }
        if (!wantsGui) {
            QCoreApplication core(argc, argv);
            kestrel::ui::Format::installPluralFallback();
            // The command line speaks the language of its environment (LANG, LC_ALL).
            kestrel::ui::installTranslations(QString());
            return kestrel::app::runCli(arguments, workspace);
        }
        kestrel::app::runCli(arguments, workspace);
    }

    QApplication app(argc, argv);
    return kestrel::ui::runGui(app, workspace.isEmpty() ? kestrel::app::defaultWorkspacePath()
                                                        : workspace);
}
