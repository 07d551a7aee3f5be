#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace kestrel::ui {

// Installs Kestrel's translation and Qt's own (standard dialogs and buttons)
// for `language` ("de", "en"; empty: the system's language) on the running
// QCoreApplication, and makes that locale the default, so numbers and dates
// read as the language expects ("1.234,5" in German). Returns the locale used.
// Call once, before any window is built; the translators live as long as the
// application.
QLocale installTranslations(const QString& language);

// Where Kestrel's .qm files are looked for, first found first: the installed
// <prefix>/share/kestrel/translations next to the binary, then the copies
// built into the binary (:/i18n).
QStringList translationDirectories();

} // namespace kestrel::ui
