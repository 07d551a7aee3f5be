#include "app/Cli.h"
#include "ui/Application.h"
#include "ui/widgets/Format.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kestrel"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QString workspace;
    QTranslator translator;
    {
        // Sub-commands run headless; only the GUI needs a QApplication.
        bool wantsGui = true;
        for (int i = 1; i < argc; ++i) {
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
            if (translator.load(QLocale(), QStringLiteral("kestrel"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")))
                QCoreApplication::installTranslator(&translator);
            return kestrel::app::runCli(arguments, workspace);
        }
        kestrel::app::runCli(arguments, workspace);
    }

    QApplication app(argc, argv);
    return kestrel::ui::runGui(app, workspace.isEmpty() ? kestrel::app::defaultWorkspacePath()
                                                        : workspace);
}
