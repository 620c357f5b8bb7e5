#pragma once

#include "core/result.h"
#include "storage/secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hearth {

// The sidecar key file `<store>.keys` (docs/storage.md): the store's random data key,
// wrapped (crypto_secretbox, XSalsa20-Poly1305) under a key derived from the practitioner's
// passphrase with Argon2id (crypto_pwhash). The KDF parameters are stored beside the salt so
// they can be raised later without breaking files written today.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(hearth::KeyFile)

public:
    static constexpr std::size_t kDataKeyBytes = 32;
    static constexpr int kFormatVersion = 1;

    // Argon2id parameters for new key files. They are stored in the file.
    static unsigned long long defaultOpsLimit();
    static std::size_t defaultMemLimit();

    // What a key file holds and how its problems are told: the store's data key by default,
    // or another secret (the office's private keys, app/sync) with its own words.
    struct Purpose
    {
        QString format; // the file's "format" field
        std::size_t secretBytes = kDataKeyBytes;
        QString wrongPassphrase;
        QString missing; // %1 is the file's path
    };
    static Purpose storePurpose();

    // Wraps `secret` under `passphrase` and writes the file atomically (QSaveFile), readable
    // by its owner only.
    static Status write(const QString &path, const SecretBytes &secret,
        const QByteArray &passphrase, const Purpose &purpose = storePurpose());
    // Reads the file and unwraps the secret. A wrong passphrase fails with the purpose's
    // message ("The passphrase is not right for this store.") and touches nothing.
    static Result<SecretBytes> unwrap(
        const QString &path, const QByteArray &passphrase, const Purpose &purpose = storePurpose());
};

} // namespace hearth
