#include "ui/i18n/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace kestrel::ui {

QStringList translationDirectories()
{
    return {QDir(QCoreApplication::applicationDirPath())
                .filePath(QStringLiteral("../share/kestrel/translations")),
            QStringLiteral(":/i18n")};
}

QLocale installTranslations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto* app = QCoreApplication::instance();
    auto* kestrel = new QTranslator(app);
    bool found = false;
    for (const QString& dir : translationDirectories()) {
        if (kestrel->load(locale, QStringLiteral("kestrel"), QStringLiteral("_"), dir)) {
            found = true;
            break;
        }
    }
    if (found)
        QCoreApplication::installTranslator(kestrel);
    else
        delete kestrel;

    // Qt's own strings (file dialogs, Cancel and OK buttons), when the
    // system has them (Debian: qt6-translations-l10n).
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace kestrel::ui
