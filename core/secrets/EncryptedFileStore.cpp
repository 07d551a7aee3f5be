#include "core/secrets/EncryptedFileStore.h"

#include "core/common/Error.h"
#include "core/common/OutputFile.h"
#include "core/common/Json.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>

#include <cstring>

namespace kestrel::secrets {

namespace {

constexpr const char* kFormat = "kestrel-secrets";
constexpr int kVersion = 1;
constexpr const char* kKdf = "argon2id13";

std::string toBase64(const unsigned char* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))
        .toBase64()
        .toStdString();
}

std::vector<unsigned char> fromBase64(const Json& value, const char* field, const std::string& path)
{
    if (!value.is_string())
        throw Error("The key file " + path + " is damaged: field \"" + field +
                    "\" is missing or not text.");
    const auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromStdString(value.get<std::string>()),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw Error("The key file " + path + " is damaged: field \"" + field +
                    "\" is not valid base64.");
    return {decoded.decoded.begin(), decoded.decoded.end()};
}

} // namespace

EncryptedFileStore::EncryptedFileStore(QString path, PassphrasePrompt prompt)
    : m_path(std::move(path)), m_prompt(std::move(prompt))
{
    if (sodium_init() < 0)
        throw Error("libsodium could not be initialised; the encrypted key file cannot be used.");
}

EncryptedFileStore::~EncryptedFileStore()
{
    lock();
}

void EncryptedFileStore::lock()
{
    if (m_key) {
        sodium_free(m_key); // zeroes the memory first
        m_key = nullptr;
    }
    m_salt.clear();
}

bool EncryptedFileStore::exists() const
{
    return QFileInfo::exists(m_path);
}

std::string EncryptedFileStore::askPassphrase(bool creating)
{
    if (!m_prompt)
        throw Error("The key file " + m_path.toStdString() +
                    " needs a passphrase and none can be asked for here.");
    const std::optional<std::string> passphrase = m_prompt({m_path.toStdString(), creating});
    if (!passphrase)
        throw Error("No passphrase was given, so the key file " + m_path.toStdString() +
                    " was neither read nor changed.");
    if (passphrase->empty())
        throw Error(
            "An empty passphrase cannot protect API keys; choose one with a few words in it.");
    return *passphrase;
}

void EncryptedFileStore::deriveKey(const std::string& passphrase,
                                   const std::vector<unsigned char>& salt, std::uint64_t opsLimit,
                                   std::uint64_t memLimit)
{
    auto* key = static_cast<unsigned char*>(sodium_malloc(crypto_secretbox_KEYBYTES));
    if (!key)
        throw Error("Out of memory while deriving the key file's encryption key.");
    if (crypto_pwhash(key, crypto_secretbox_KEYBYTES, passphrase.data(), passphrase.size(),
                      salt.data(), opsLimit, static_cast<std::size_t>(memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        sodium_free(key);
        throw Error("Deriving the key from the passphrase ran out of memory (Argon2id needs " +
                    std::to_string(memLimit / (1024 * 1024)) + " MiB).");
    }
    lock();
    m_key = key;
    m_salt = salt;
    m_opsLimit = opsLimit;
    m_memLimit = memLimit;
}

EncryptedFileStore::Header EncryptedFileStore::readHeader() const
{
    const std::string path = m_path.toStdString();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("Cannot read the key file " + path + ": " + file.errorString().toStdString());
    const QByteArray bytes = file.readAll();
    Json doc = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        throw Error("The key file " + path + " is damaged: it is not a JSON object.");
    if (doc.value("format", "") != kFormat)
        throw Error("The file " + path +
                    " is not a Kestrel key file (no \"format\": \"kestrel-secrets\").");
    if (doc.value("version", 0) != kVersion)
        throw Error("The key file " + path + " has version " +
                    dumpJson(doc.value("version", Json())) + "; this Kestrel reads version " +
                    std::to_string(kVersion) + ".");
    if (doc.value("kdf", "") != kKdf)
        throw Error("The key file " + path + " uses the key derivation \"" + doc.value("kdf", "") +
                    "\"; only \"" + kKdf + "\" is known.");
    Header h;
    if (!doc["opslimit"].is_number_unsigned() || !doc["memlimit"].is_number_unsigned())
        throw Error("The key file " + path +
                    " is damaged: \"opslimit\"/\"memlimit\" are not numbers.");
    h.opsLimit = doc["opslimit"].get<std::uint64_t>();
    h.memLimit = doc["memlimit"].get<std::uint64_t>();
    h.salt = fromBase64(doc["salt"], "salt", path);
    h.nonce = fromBase64(doc["nonce"], "nonce", path);
    h.cipher = fromBase64(doc["ciphertext"], "ciphertext", path);
    if (h.salt.size() != crypto_pwhash_SALTBYTES || h.nonce.size() != crypto_secretbox_NONCEBYTES ||
        h.cipher.size() < crypto_secretbox_MACBYTES)
        throw Error("The key file " + path +
                    " is damaged: salt, nonce or ciphertext has the wrong length.");
    if (h.opsLimit < crypto_pwhash_OPSLIMIT_MIN || h.opsLimit > crypto_pwhash_OPSLIMIT_MAX ||
        h.memLimit < crypto_pwhash_MEMLIMIT_MIN || h.memLimit > 4ull * 1024 * 1024 * 1024)
        throw Error("The key file " + path + " is damaged: its Argon2id limits are out of range.");
    return h;
}

std::map<std::string, std::string> EncryptedFileStore::load()
{
    if (!exists())
        return {};
    const Header h = readHeader();
    if (!m_key || m_salt != h.salt || m_opsLimit != h.opsLimit || m_memLimit != h.memLimit)
        deriveKey(askPassphrase(false), h.salt, h.opsLimit, h.memLimit);

    std::string plain(h.cipher.size() - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), h.cipher.data(),
                                   h.cipher.size(), h.nonce.data(), m_key) != 0) {
        lock(); // the next attempt asks again
        throw Error("The passphrase is wrong: it does not open the key file " +
                    m_path.toStdString() + ". Nothing was changed.");
    }
    Json entries = Json::parse(plain, nullptr, false);
    sodium_memzero(plain.data(), plain.size());
    if (entries.is_discarded() || !entries.is_object())
        throw Error("The key file " + m_path.toStdString() +
                    " opened but its contents are damaged.");
    std::map<std::string, std::string> result;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        if (it.value().is_string())
            result[it.key()] = it.value().get<std::string>();
    return result;
}

void EncryptedFileStore::save(const std::map<std::string, std::string>& entries)
{
    if (!m_key) {
        // A new file: random salt, interactive Argon2id limits.
        std::vector<unsigned char> salt(crypto_pwhash_SALTBYTES);
        randombytes_buf(salt.data(), salt.size());
        deriveKey(askPassphrase(true), salt, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                  crypto_pwhash_MEMLIMIT_INTERACTIVE);
    }
    Json object = Json::object();
    for (const auto& [name, value] : entries)
        object[name] = value;
    std::string plain = dumpJson(object);

    std::vector<unsigned char> nonce(crypto_secretbox_NONCEBYTES);
    randombytes_buf(nonce.data(), nonce.size());
    std::vector<unsigned char> cipher(plain.size() + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(cipher.data(), reinterpret_cast<const unsigned char*>(plain.data()),
                          plain.size(), nonce.data(), m_key);
    sodium_memzero(plain.data(), plain.size());

    const Json doc = {{"format", kFormat},
                      {"version", kVersion},
                      {"kdf", kKdf},
                      {"opslimit", m_opsLimit},
                      {"memlimit", m_memLimit},
                      {"salt", toBase64(m_salt.data(), m_salt.size())},
                      {"nonce", toBase64(nonce.data(), nonce.size())},
                      {"ciphertext", toBase64(cipher.data(), cipher.size())}};

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error("Cannot create the folder " + info.absolutePath().toStdString() +
                    " for the key file.");
    // Owner-only, also when an older file had wider permissions.
    writeOutputFile(m_path.toStdString(), dumpJson(doc, 2) + "\n",
                    {.mode = 0600, .forceMode = true});
}

std::optional<std::string> EncryptedFileStore::read(const std::string& name)
{
    const auto entries = load();
    const auto it = entries.find(name);
    if (it == entries.end())
        return std::nullopt;
    return it->second;
}

void EncryptedFileStore::write(const std::string& name, const std::string& value)
{
    auto entries = load();
    entries[name] = value;
    save(entries);
}

void EncryptedFileStore::remove(const std::string& name)
{
    if (!exists())
        return;
    auto entries = load();
    if (entries.erase(name) > 0)
        save(entries);
}

} // namespace kestrel::secrets
