#include "synckeys.h"

#include "core/wholefile.h"
#include "storage/keyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace hearth::sync {

namespace {

constexpr qsizetype kFingerprintBytes = 16;
constexpr qint64 kMaxPublicKeyFileBytes = 16 * 1024;
constexpr int kKeyFileVersion = 1;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

QString b64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

KeyFile::Purpose officePurpose()
{
    return {u"hearth-office-keys"_s, crypto_box_SECRETKEYBYTES + crypto_sign_SECRETKEYBYTES,
        OfficeKeys::tr("The passphrase is not right for this office key."),
        OfficeKeys::tr("The office's private key %1 is missing. Make the office keys with "
                       "'hearth-office keygen', or point --keys at the folder that holds them.")};
}

// A small JSON key file: read whole, checked for its format and version, every field named
// when it is wrong.
Result<QJsonObject> readKeyJson(
    const QByteArray &data, const QString &name, const QString &format, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error {OfficeKeys::tr("%1 is not %2: it is not JSON.").arg(name, what)};
    const QJsonObject json = doc.object();
    if (json.value(u"format"_s).toString() != format)
        return Error {OfficeKeys::tr("%1 is not %2.").arg(name, what)};
    if (json.value(u"formatVersion"_s).toInt() != kKeyFileVersion)
        return Error {OfficeKeys::tr("%1 was made by a newer version of Hearth (format version "
                                     "%2). Update Hearth to read it.")
                          .arg(name)
                          .arg(json.value(u"formatVersion"_s).toVariant().toString())};
    return json;
}

Result<QByteArray> keyField(const QJsonObject &json, const QString &key, qsizetype size,
    const QString &name, const QString &what)
{
    const QByteArray out = QByteArray::fromBase64(json.value(key).toString().toLatin1());
    if (out.size() != size)
        return Error {OfficeKeys::tr("%1 is not %2: its %3 is missing or the wrong size.")
                          .arg(name, what, key)};
    return out;
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error {OfficeKeys::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))};
    if (!file.open(QIODevice::ReadOnly))
        return Error {OfficeKeys::tr("%1 could not be read: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() > kMaxPublicKeyFileBytes)
        return Error {OfficeKeys::tr("%1 is too large to be a key file.")
                          .arg(QDir::toNativeSeparators(path))};
    return file.readAll();
}

Status writeNewFile(const QString &path, const QByteArray &data)
{
    if (QFileInfo::exists(path))
        return Error {OfficeKeys::tr("%1 already exists; it was left as it is.")
                          .arg(QDir::toNativeSeparators(path))};
    if (Status written = writeWholeFile(path, data); !written)
        return Error {OfficeKeys::tr("%1 could not be written: %2")
                          .arg(QDir::toNativeSeparators(path), written.error())};
    return {};
}

} // namespace

// --- OfficePublicKey ----------------------------------------------------------------------

QByteArray OfficePublicKey::fingerprint() const
{
    return OfficeKeys::fingerprint(encryptionKey);
}

QByteArray OfficePublicKey::toFile() const
{
    const QJsonObject json {{u"format"_s, u"hearth-office-public-key"_s},
        {u"formatVersion"_s, kKeyFileVersion}, {u"encryptionKey"_s, b64(encryptionKey)},
        {u"signingKey"_s, b64(signingKey)},
        {u"fingerprint"_s, QString::fromLatin1(fingerprint().toHex())}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<OfficePublicKey> OfficePublicKey::fromFile(const QByteArray &data, const QString &name)
{
    const QString what = OfficeKeys::tr("an office public key");
    Result<QJsonObject> json = readKeyJson(data, name, u"hearth-office-public-key"_s, what);
    if (!json)
        return Error {json.error()};
    Result<QByteArray> encryption
        = keyField(*json, u"encryptionKey"_s, crypto_box_PUBLICKEYBYTES, name, what);
    if (!encryption)
        return Error {encryption.error()};
    Result<QByteArray> signing
        = keyField(*json, u"signingKey"_s, crypto_sign_PUBLICKEYBYTES, name, what);
    if (!signing)
        return Error {signing.error()};
    return OfficePublicKey {*encryption, *signing};
}

Result<OfficePublicKey> OfficePublicKey::read(const QString &path)
{
    Result<QByteArray> data = readSmallFile(path);
    if (!data)
        return Error {data.error()};
    return fromFile(*data, QDir::toNativeSeparators(path));
}

// --- OfficeKeys -----------------------------------------------------------------------------

Result<OfficeKeys> OfficeKeys::generate()
{
    if (!initSodium())
        return Error {tr("The encryption library could not start.")};
    OfficeKeys keys;
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    keys.signPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.signSecretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    if (keys.secretKey.isNull() || keys.signSecretKey.isNull())
        return Error {tr("There is not enough memory to hold a key.")};
    crypto_box_keypair(bytes(keys.publicKey), keys.secretKey.data());
    crypto_sign_keypair(bytes(keys.signPublicKey), keys.signSecretKey.data());
    return keys;
}

QByteArray OfficeKeys::fingerprint(const QByteArray &publicKey)
{
    QByteArray out(kFingerprintBytes, Qt::Uninitialized);
    crypto_generichash(bytes(out), std::size_t(out.size()), bytes(publicKey),
        std::size_t(publicKey.size()), nullptr, 0);
    return out;
}

QString OfficeKeys::readable(const QByteArray &fingerprint)
{
    const QString hex = QString::fromLatin1(fingerprint.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u' ');
}

OfficePublicKey OfficeKeys::publicHalf() const
{
    return {publicKey, signPublicKey};
}

QString OfficeKeys::publicKeyPath(const QString &dir)
{
    return QDir(dir).filePath(u"office.pub"_s);
}

QString OfficeKeys::privateKeyPath(const QString &dir)
{
    return QDir(dir).filePath(u"office.key"_s);
}

Status OfficeKeys::save(const QString &dir, const QByteArray &passphrase) const
{
    if (!QDir().mkpath(dir))
        return Error {tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(dir))};
    for (const QString &path : {publicKeyPath(dir), privateKeyPath(dir)}) {
        if (QFileInfo::exists(path))
            return Error {tr("%1 already exists; the office keys were left as they are.")
                              .arg(QDir::toNativeSeparators(path))};
    }
    SecretBytes both(secretKey.size() + signSecretKey.size());
    if (both.isNull())
        return Error {tr("There is not enough memory to hold a key.")};
    std::memcpy(both.data(), secretKey.data(), secretKey.size());
    std::memcpy(both.data() + secretKey.size(), signSecretKey.data(), signSecretKey.size());
    // The private key first: a public key without its private half would be a trap.
    if (Status s = KeyFile::write(privateKeyPath(dir), both, passphrase, officePurpose()); !s)
        return s;
    if (Status s = writeNewFile(publicKeyPath(dir), publicHalf().toFile()); !s) {
        QFile::remove(privateKeyPath(dir));
        return s;
    }
    return {};
}

Result<OfficeKeys> OfficeKeys::load(const QString &dir, const QByteArray &passphrase)
{
    if (!initSodium())
        return Error {tr("The encryption library could not start.")};
    Result<OfficePublicKey> pub = OfficePublicKey::read(publicKeyPath(dir));
    if (!pub)
        return Error {pub.error()};
    Result<SecretBytes> both = KeyFile::unwrap(privateKeyPath(dir), passphrase, officePurpose());
    if (!both)
        return Error {both.error()};
    OfficeKeys keys;
    keys.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    keys.signSecretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    if (keys.secretKey.isNull() || keys.signSecretKey.isNull())
        return Error {tr("There is not enough memory to hold a key.")};
    std::memcpy(keys.secretKey.data(), both->data(), keys.secretKey.size());
    std::memcpy(
        keys.signSecretKey.data(), both->data() + keys.secretKey.size(), keys.signSecretKey.size());
    // The public halves follow from the private keys: check office.pub belongs with them.
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_scalarmult_base(bytes(keys.publicKey), keys.secretKey.data());
    keys.signPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(bytes(keys.signPublicKey), keys.signSecretKey.data());
    if (keys.publicKey != pub->encryptionKey || keys.signPublicKey != pub->signingKey)
        return Error {tr("%1 does not belong with the private key %2.")
                          .arg(QDir::toNativeSeparators(publicKeyPath(dir)),
                              QDir::toNativeSeparators(privateKeyPath(dir)))};
    return keys;
}

// --- DevicePublicKey ------------------------------------------------------------------------

QByteArray DevicePublicKey::toFile() const
{
    const QJsonObject json {{u"format"_s, u"hearth-device-public-key"_s},
        {u"formatVersion"_s, kKeyFileVersion},
        {u"deviceId"_s, deviceId.toString(QUuid::WithoutBraces)}, {u"practitioner"_s, practitioner},
        {u"signingKey"_s, b64(signingKey)},
        {u"office"_s, QString::fromLatin1(officeFingerprint.toHex())}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<DevicePublicKey> DevicePublicKey::fromFile(const QByteArray &data, const QString &name)
{
    const QString what = OfficeKeys::tr("a laptop's public key");
    Result<QJsonObject> json = readKeyJson(data, name, u"hearth-device-public-key"_s, what);
    if (!json)
        return Error {json.error()};
    DevicePublicKey out;
    out.deviceId = QUuid::fromString(json->value(u"deviceId"_s).toString());
    if (out.deviceId.isNull())
        return Error {OfficeKeys::tr("%1 is not %2: its deviceId is missing.").arg(name, what)};
    out.practitioner = json->value(u"practitioner"_s).toString();
    Result<QByteArray> signing
        = keyField(*json, u"signingKey"_s, crypto_sign_PUBLICKEYBYTES, name, what);
    if (!signing)
        return Error {signing.error()};
    out.signingKey = *signing;
    out.officeFingerprint = QByteArray::fromHex(json->value(u"office"_s).toString().toLatin1());
    if (out.officeFingerprint.size() != kFingerprintBytes)
        return Error {OfficeKeys::tr("%1 is not %2: it does not say which office it enrolled with.")
                          .arg(name, what)};
    return out;
}

Result<DevicePublicKey> DevicePublicKey::read(const QString &path)
{
    Result<QByteArray> data = readSmallFile(path);
    if (!data)
        return Error {data.error()};
    return fromFile(*data, QDir::toNativeSeparators(path));
}

// --- DeviceKeys -----------------------------------------------------------------------------

Result<DeviceKeys> DeviceKeys::generate(const QUuid &deviceId)
{
    if (!initSodium())
        return Error {OfficeKeys::tr("The encryption library could not start.")};
    DeviceKeys keys;
    keys.deviceId = deviceId;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    if (keys.secretKey.isNull())
        return Error {OfficeKeys::tr("There is not enough memory to hold a key.")};
    crypto_sign_keypair(bytes(keys.publicKey), keys.secretKey.data());
    return keys;
}

} // namespace hearth::sync
