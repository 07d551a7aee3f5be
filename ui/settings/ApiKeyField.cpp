#include "ui/settings/ApiKeyField.h"

#include "core/secrets/KeySource.h"
#include "core/net/Redaction.h"
#include "core/common/Error.h"
#include "core/jobs/JobRunner.h"
#include "core/secrets/KeychainKeySource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kestrel::ui {

namespace {

struct KeyOutcome
{
    bool ok = false;
    bool present = false;
    QString where; // backend name, or the error
};

QString describeBackend(const std::string& backend, const QString& file)
{
    if (backend == "keychain")
        return QCoreApplication::translate("ApiKeyField", "the OS keychain");
    return QCoreApplication::translate("ApiKeyField", "the encrypted file %1").arg(file);
}

// Runs `action` on the store (it returns whether a key is present) and says
// where keys are kept, or why it failed.
template <typename Action>
KeyOutcome keyOutcome(const std::shared_ptr<secrets::SecretStore>& store, Action action)
{
    KeyOutcome out;
    try {
        out.present = action();
        out.ok = true;
        out.where = describeBackend(store->backendName(), store->filePath());
    } catch (const std::exception& e) {
        out.where = QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace

ApiKeyField::ApiKeyField(std::string provider, std::shared_ptr<secrets::SecretStore> store,
                         jobs::JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_provider(std::move(provider)), m_store(std::move(store)), m_runner(runner)
{
    const QString id = QString::fromStdString(m_provider);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(id + QStringLiteral("Key"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    m_save = new QPushButton(tr("Save key"), this);
    m_save->setObjectName(id + QStringLiteral("SaveKey"));
    m_save->setEnabled(false);
    m_remove = new QPushButton(tr("Remove saved key"), this);
    m_remove->setObjectName(id + QStringLiteral("RemoveKey"));
    m_status = new QLabel(this);
    m_status->setObjectName(id + QStringLiteral("KeyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_save);
    row->addWidget(m_remove);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_status);

    const std::string variable = secrets::keyEnvironmentVariable(m_provider);
    m_fromEnvironment = secrets::KeychainKeySource::environmentKey(m_provider).has_value();
    if (m_fromEnvironment) {
        m_edit->setEnabled(false);
        m_edit->setPlaceholderText(
            tr("from environment variable %1").arg(QString::fromStdString(variable)));
        m_save->setEnabled(false);
        m_remove->setEnabled(false);
        setStatus(tr("Using the key from environment variable %1; it is not stored. Unset it to "
                     "use a saved key.")
                      .arg(QString::fromStdString(variable)));
    } else {
        m_edit->setPlaceholderText(tr("Paste a key to save it"));
        showSavedState();
    }

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_save->setEnabled(!m_edit->text().isEmpty() && m_busy == 0);
        emit edited();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &ApiKeyField::saveTypedKey);
    connect(m_save, &QPushButton::clicked, this, &ApiKeyField::saveTypedKey);
    connect(m_remove, &QPushButton::clicked, this, &ApiKeyField::removeSavedKey);
}

std::string ApiKeyField::typedKey() const
{
    return m_fromEnvironment ? std::string() : m_edit->text().trimmed().toStdString();
}

bool ApiKeyField::hasUnsavedKey() const
{
    return !typedKey().empty();
}

QString ApiKeyField::statusText() const
{
    return m_status->text();
}

void ApiKeyField::setStatus(const QString& text)
{
    // Whatever a store or provider said, a key never reaches the screen.
    m_status->setText(QString::fromStdString(net::Redaction::redact(text.toStdString())));
}

void ApiKeyField::finishWork()
{
    --m_busy;
    m_save->setEnabled(!m_edit->text().isEmpty() && m_busy == 0 && !m_fromEnvironment);
    // Nothing to remove when the look-up found no key.
    m_remove->setEnabled(m_busy == 0 && !m_fromEnvironment && m_store && m_hasSaved.value_or(true));
    m_remove->setToolTip(m_hasSaved == false ? tr("No key is saved for this provider.")
                                             : QString());
    if (m_busy == 0)
        emit idle();
}

void ApiKeyField::showSavedState()
{
    if (!m_store) {
        setStatus(tr("No key store is available."));
        return;
    }
    if (m_store->needsPassphrase()) {
        // Without the passphrase the file cannot be read; without the file there is no key.
        if (!QFileInfo::exists(m_store->filePath())) {
            m_hasSaved = false;
            m_remove->setEnabled(false);
            m_remove->setToolTip(tr("No key is saved for this provider."));
        }
        setStatus(tr("Keys are kept in the encrypted file %1; its passphrase is asked when a key "
                     "is needed.")
                      .arg(m_store->filePath()));
        return;
    }
    ++m_busy;
    m_remove->setEnabled(false);
    setStatus(tr("Looking for a saved key…"));
    auto store = m_store;
    const std::string provider = m_provider;
    m_runner->submit<KeyOutcome>(
        tr("Look for a saved key"), jobs::JobOptions::view(),
        [store, provider](jobs::JobContext&) {
            return keyOutcome(store, [&] {
                return store->read(secrets::KeychainKeySource::entryName(provider)).has_value();
            });
        },
        this,
        [this](KeyOutcome out) {
            if (out.ok)
                m_hasSaved = out.present;
            if (!out.ok)
                setStatus(tr("Could not look for a saved key: %1").arg(out.where));
            else if (out.present)
                setStatus(tr("A key is saved in %1.").arg(out.where));
            else
                setStatus(tr("No key is saved; keys are kept in %1.").arg(out.where));
            finishWork();
        });
}

void ApiKeyField::saveTypedKey()
{
    const std::string key = typedKey();
    if (key.empty() || m_busy > 0 || !m_store)
        return;
    net::Redaction::registerSecret(key);
    ++m_busy;
    m_save->setEnabled(false);
    m_remove->setEnabled(false);
    setStatus(tr("Saving the key…"));
    auto store = m_store;
    const std::string provider = m_provider;
    m_runner->submit<KeyOutcome>(
        tr("Save a key"), jobs::JobOptions::view(),
        [store, provider, key](jobs::JobContext&) {
            return keyOutcome(store, [&] {
                secrets::KeychainKeySource(store).save(provider, key);
                return false;
            });
        },
        this,
        [this](KeyOutcome out) {
            if (out.ok) {
                m_hasSaved = true;
                m_edit->clear();
                setStatus(tr("Key saved in %1.").arg(out.where));
            } else {
                setStatus(tr("The key was not saved: %1").arg(out.where));
            }
            finishWork();
            emit saved(out.ok);
            emit edited();
        });
}

void ApiKeyField::removeSavedKey()
{
    if (m_busy > 0 || !m_store || m_fromEnvironment)
        return;
    ++m_busy;
    m_save->setEnabled(false);
    m_remove->setEnabled(false);
    auto store = m_store;
    const std::string provider = m_provider;
    m_runner->submit<KeyOutcome>(
        tr("Remove a saved key"), jobs::JobOptions::view(),
        [store, provider](jobs::JobContext&) {
            return keyOutcome(store, [&] {
                secrets::KeychainKeySource(store).forget(provider);
                return false;
            });
        },
        this,
        [this](KeyOutcome out) {
            if (out.ok)
                m_hasSaved = false;
            setStatus(out.ok ? tr("No key is saved any more in %1.").arg(out.where)
                             : tr("The key was not removed: %1").arg(out.where));
            finishWork();
        });
}

} // namespace kestrel::ui
