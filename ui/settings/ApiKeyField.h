#pragma once

#include "core/secrets/SecretStore.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <string>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kestrel::jobs {
class JobRunner;
}

namespace kestrel::ui {

// A provider's API key: a password field with Save and Remove. A key in the
// environment (ANTHROPIC_API_KEY, OPENAI_API_KEY) is shown as coming from
// there and the field is disabled: that key is never stored. Saving and
// reading go to the SecretStore on a worker thread (the store may ask for its
// passphrase). The key itself never appears in the status line.
class ApiKeyField : public QWidget
{
    Q_OBJECT

public:
    // Keychain reads and writes run on `runner`'s Interactive lane.
    ApiKeyField(std::string provider, std::shared_ptr<secrets::SecretStore> store,
                jobs::JobRunner* runner, QWidget* parent = nullptr);

    // What was typed and not saved yet (empty when nothing).
    std::string typedKey() const;
    bool hasUnsavedKey() const;
    bool fromEnvironment() const { return m_fromEnvironment; }
    bool isBusy() const { return m_busy > 0; }
    QString statusText() const;

    // Saves the typed key; `saved` follows on the GUI thread.
    void saveTypedKey();
    void removeSavedKey();

signals:
    void edited();
    void saved(bool ok);
    void idle();

private:
    void showSavedState();
    void setStatus(const QString& text);
    void finishWork();

    std::string m_provider;
    std::shared_ptr<secrets::SecretStore> m_store;
    jobs::JobRunner* m_runner;
    bool m_fromEnvironment = false;
    int m_busy = 0;
    // Whether a key is saved, once looked up (unknown for a passphrase file).
    std::optional<bool> m_hasSaved;
    QLineEdit* m_edit;
    QPushButton* m_save;
    QPushButton* m_remove;
    QLabel* m_status;
};

} // namespace kestrel::ui
