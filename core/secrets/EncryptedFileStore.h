#pragma once

#include "core/secrets/Passphrase.h"

#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::secrets {

// Secrets in one file encrypted under a passphrase, for machines where no
// keychain service runs. The key is derived with Argon2id (libsodium
// crypto_pwhash, interactive limits, random salt) and the entries are sealed
// with XSalsa20-Poly1305 (crypto_secretbox_easy, a fresh random nonce per
// write). The file is JSON holding the KDF parameters, salt, nonce and
// ciphertext in base64; no entry is ever written in plain text. The derived
// key is kept in locked memory for the store's lifetime, so the passphrase is
// asked once per session. A wrong passphrase is refused with a clear message
// and leaves the file as it was. Not thread-safe: SecretStore serialises calls.
class EncryptedFileStore
{
public:
    EncryptedFileStore(QString path, PassphrasePrompt prompt);
    ~EncryptedFileStore();
    EncryptedFileStore(const EncryptedFileStore&) = delete;
    EncryptedFileStore& operator=(const EncryptedFileStore&) = delete;

    // Nothing when the file or the entry does not exist (no passphrase asked
    // when there is no file).
    std::optional<std::string> read(const std::string& name);
    void write(const std::string& name, const std::string& value);
    void remove(const std::string& name);

    const QString& path() const { return m_path; }
    bool exists() const;
    // True once the passphrase has been given (or the file created) this session.
    bool isUnlocked() const { return m_key != nullptr; }
    // Forgets the derived key: the next access asks for the passphrase again.
    void lock();

private:
    struct Header
    {
        std::uint64_t opsLimit = 0;
        std::uint64_t memLimit = 0;
        std::vector<unsigned char> salt;
        std::vector<unsigned char> nonce;
        std::vector<unsigned char> cipher;
    };

    Header readHeader() const;
    std::map<std::string, std::string> load();
    void save(const std::map<std::string, std::string>& entries);
    void deriveKey(const std::string& passphrase, const std::vector<unsigned char>& salt,
                   std::uint64_t opsLimit, std::uint64_t memLimit);
    std::string askPassphrase(bool creating);

    QString m_path;
    PassphrasePrompt m_prompt;
    unsigned char* m_key = nullptr; // sodium_malloc'd, crypto_secretbox_KEYBYTES
    std::vector<unsigned char> m_salt;
    std::uint64_t m_opsLimit = 0;
    std::uint64_t m_memLimit = 0;
};

} // namespace kestrel::secrets
