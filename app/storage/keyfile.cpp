#include "keyfile.h"

#include "core/wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace hearth {

namespace {

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;
// Refuse parameters that would make opening the store hang or exhaust memory (a damaged or
// hostile key file); generous enough for any sensible future increase.
constexpr unsigned long long kMaxOpsLimit = 64;
constexpr std::size_t kMaxMemLimit = std::size_t(2) * 1024 * 1024 * 1024;

QString damaged(const QString &path, const QString &why)
{
    return KeyFile::tr("The key file %1 is damaged (%2).").arg(QDir::toNativeSeparators(path), why);
}

Result<SecretBytes> deriveKek(const QByteArray &passphrase, const QByteArray &salt,
    unsigned long long opsLimit, std::size_t memLimit)
{
    SecretBytes kek(crypto_secretbox_KEYBYTES);
    if (kek.isNull())
        return Error {KeyFile::tr("There is not enough memory to hold a key.")};
    if (crypto_pwhash(kek.data(), kek.size(), passphrase.constData(),
            static_cast<unsigned long long>(passphrase.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), opsLimit, memLimit,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error {
            KeyFile::tr("There is not enough memory to derive the key from the passphrase.")};
    }
    return kek;
}

} // namespace

unsigned long long KeyFile::defaultOpsLimit()
{
    return crypto_pwhash_OPSLIMIT_INTERACTIVE;
}
std::size_t KeyFile::defaultMemLimit()
{
    return crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

KeyFile::Purpose KeyFile::storePurpose()
{
    return {u"hearth-store-keys"_s, kDataKeyBytes,
        KeyFile::tr("The passphrase is not right for this store."),
        KeyFile::tr("The key file %1 is missing. The store cannot be opened without it: "
                    "put it back beside the store, or ask the office to recover it.")};
}

Status KeyFile::write(const QString &path, const SecretBytes &dataKey, const QByteArray &passphrase,
    const Purpose &purpose)
{
    if (!initSodium() || dataKey.size() != purpose.secretBytes)
        return Error {KeyFile::tr("The encryption library could not start.")};

    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), std::size_t(nonce.size()));

    const unsigned long long opsLimit = defaultOpsLimit();
    const std::size_t memLimit = defaultMemLimit();
    Result<SecretBytes> kek = deriveKek(passphrase, salt, opsLimit, memLimit);
    if (!kek)
        return Error {kek.error()};

    QByteArray cipherText(qsizetype(crypto_secretbox_MACBYTES + dataKey.size()), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(cipherText.data()), dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char *>(nonce.constData()), kek->data());

    QJsonObject json;
    json.insert(u"format"_s, purpose.format);
    json.insert(u"version"_s, kFormatVersion);
    json.insert(u"kdf"_s, u"argon2id13"_s);
    json.insert(u"salt"_s, QString::fromLatin1(salt.toBase64()));
    json.insert(u"opslimit"_s, double(opsLimit));
    json.insert(u"memlimit"_s, double(memLimit));
    json.insert(u"cipher"_s, u"xsalsa20poly1305"_s);
    json.insert(u"nonce"_s, QString::fromLatin1(nonce.toBase64()));
    json.insert(u"ciphertext"_s, QString::fromLatin1(cipherText.toBase64()));

    if (Status written = writeWholeFile(path, QJsonDocument(json).toJson(QJsonDocument::Indented));
        !written) {
        return Error {KeyFile::tr("The key file %1 could not be written: %2")
                          .arg(QDir::toNativeSeparators(path), written.error())};
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<SecretBytes> KeyFile::unwrap(
    const QString &path, const QByteArray &passphrase, const Purpose &purpose)
{
    if (!initSodium())
        return Error {KeyFile::tr("The encryption library could not start.")};
    QFile file(path);
    if (!file.exists()) {
        return Error {purpose.missing.arg(QDir::toNativeSeparators(path))};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {KeyFile::tr("The key file %1 could not be read: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (file.size() > kMaxKeyFileBytes)
        return Error {damaged(path, KeyFile::tr("too large"))};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error {damaged(path, KeyFile::tr("not JSON"))};
    const QJsonObject json = doc.object();
    if (json.value(u"format"_s).toString() != purpose.format)
        return Error {damaged(path, KeyFile::tr("not a Hearth key file"))};
    if (json.value(u"version"_s).toInt() != kFormatVersion) {
        return Error {KeyFile::tr("The key file %1 was made by a newer version of Hearth (key file "
                                  "version %2). Update Hearth to open it.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(json.value(u"version"_s).toInt())};
    }
    if (json.value(u"kdf"_s).toString() != u"argon2id13"_s
        || json.value(u"cipher"_s).toString(u"xsalsa20poly1305"_s) != u"xsalsa20poly1305"_s) {
        return Error {damaged(path, KeyFile::tr("unknown algorithm"))};
    }
    const QByteArray salt = QByteArray::fromBase64(json.value(u"salt"_s).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(json.value(u"nonce"_s).toString().toLatin1());
    const QByteArray cipherText
        = QByteArray::fromBase64(json.value(u"ciphertext"_s).toString().toLatin1());
    const double ops = json.value(u"opslimit"_s).toDouble(-1);
    const double mem = json.value(u"memlimit"_s).toDouble(-1);
    if (salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES
        || cipherText.size() != qsizetype(crypto_secretbox_MACBYTES + purpose.secretBytes)) {
        return Error {damaged(path, KeyFile::tr("wrong field sizes"))};
    }
    if (ops < double(crypto_pwhash_OPSLIMIT_MIN) || ops > double(kMaxOpsLimit)
        || mem < double(crypto_pwhash_MEMLIMIT_MIN) || mem > double(kMaxMemLimit)) {
        return Error {damaged(path, KeyFile::tr("key derivation limits out of range"))};
    }

    Result<SecretBytes> kek
        = deriveKek(passphrase, salt, static_cast<unsigned long long>(ops), std::size_t(mem));
    if (!kek)
        return Error {kek.error()};
    SecretBytes dataKey(purpose.secretBytes);
    if (dataKey.isNull())
        return Error {KeyFile::tr("There is not enough memory to hold a key.")};
    if (crypto_secretbox_open_easy(dataKey.data(),
            reinterpret_cast<const unsigned char *>(cipherText.constData()),
            static_cast<unsigned long long>(cipherText.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()), kek->data())
        != 0) {
        return Error {purpose.wrongPassphrase};
    }
    return dataKey;
}

} // namespace hearth
