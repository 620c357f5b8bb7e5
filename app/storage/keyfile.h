#pragma once

#include "core/result.h"
#include "storage/secret.h"

#include <QByteArray>
#include <QString>

namespace hearth {

// The sidecar key file `<store>.keys` (docs/storage.md): the store's random data key,
// wrapped (crypto_secretbox, XSalsa20-Poly1305) under a key derived from the practitioner's
// passphrase with Argon2id (crypto_pwhash). The KDF parameters are stored beside the salt so
// they can be raised later without breaking files written today.
class KeyFile
{
public:
    static constexpr std::size_t kDataKeyBytes = 32;
    static constexpr int kFormatVersion = 1;

    // Argon2id parameters for new key files. They are stored in the file.
    static unsigned long long defaultOpsLimit();
    static std::size_t defaultMemLimit();

    // Wraps `dataKey` under `passphrase` and writes the file atomically (QSaveFile).
    static Status write(
        const QString &path, const SecretBytes &dataKey, const QByteArray &passphrase);
    // Reads the file and unwraps the data key. A wrong passphrase fails with
    // "The passphrase is not right for this store." and touches nothing.
    static Result<SecretBytes> unwrap(const QString &path, const QByteArray &passphrase);
};

} // namespace hearth
