#include "ui/settings/SessionSecrets.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QThread>

#include <mutex>

namespace kestrel::ui {

namespace {

std::optional<std::string> askOnGuiThread(const secrets::PassphraseRequest& request)
{
    QWidget* parent = QApplication::activeWindow();
    const QString title = QCoreApplication::translate("Secrets", "Passphrase for API keys");
    const QString file = QString::fromStdString(request.filePath);
    bool ok = false;
    if (!request.creating) {
        const QString text = QInputDialog::getText(
            parent, title,
            QCoreApplication::translate(
                "Secrets", "No keychain service is running, so API keys are kept in the "
                           "encrypted file %1.\nPassphrase:")
                .arg(file),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text.toStdString();
    }
    for (;;) {
        const QString first = QInputDialog::getText(
            parent, title,
            QCoreApplication::translate(
                "Secrets", "No keychain service is running, so API keys will be kept in the "
                           "encrypted file %1.\nChoose a passphrase (asked once per session):")
                .arg(file),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        const QString second = QInputDialog::getText(
            parent, title, QCoreApplication::translate("Secrets", "The same passphrase again:"),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        if (first == second)
            return first.toStdString();
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate(
                                 "Secrets", "The two passphrases differ; please try again."));
    }
}

} // namespace

secrets::PassphrasePrompt guiPassphrasePrompt()
{
    return [](const secrets::PassphraseRequest& request) -> std::optional<std::string> {
        QCoreApplication* app = QCoreApplication::instance();
        if (!app)
            return std::nullopt;
        if (QThread::currentThread() == app->thread())
            return askOnGuiThread(request);
        std::optional<std::string> answer;
        QMetaObject::invokeMethod(
            app, [&] { answer = askOnGuiThread(request); }, Qt::BlockingQueuedConnection);
        return answer;
    };
}

std::shared_ptr<secrets::SecretStore> sessionSecretStore()
{
    static std::once_flag once;
    static std::shared_ptr<secrets::SecretStore> store;
    std::call_once(once, [] {
        secrets::SecretStoreOptions options;
        options.passphrase = guiPassphrasePrompt();
        store = std::make_shared<secrets::SecretStore>(std::move(options));
    });
    return store;
}

std::shared_ptr<secrets::WorkspacePasswords> sessionWorkspacePasswords()
{
    static const auto passwords =
        std::make_shared<secrets::WorkspacePasswords>(sessionSecretStore());
    return passwords;
}

} // namespace kestrel::ui
