#include "bundleenvelope.h"

#include <QtEndian>

#include <sodium.h>

namespace hearth::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("HEARTHBUNDLE");
constexpr qsizetype kFingerprintBytes = 16;
constexpr qsizetype kHeaderBytes = 12 + 2 + kFingerprintBytes;
constexpr qsizetype kDeviceIdBytes = 16;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

QByteArray header(quint16 version, const QByteArray &fingerprint)
{
    QByteArray out = kMagic;
    char be[2];
    qToBigEndian(version, be);
    out.append(be, 2);
    out.append(fingerprint);
    return out;
}

// What the laptop signs: a BLAKE2b-512 digest of the header, the device id and the contents,
// with a domain label. Ed25519 would hash a large message twice (SHA-512); hashing it once
// with BLAKE2b first makes signing a day's PDFs several times cheaper and is as strong.
QByteArray signedDigest(
    const QByteArray &head, const QByteArray &deviceId, const QByteArray &payload)
{
    static const QByteArray label = QByteArrayLiteral("hearth-bundle-signature-v1");
    crypto_generichash_state state;
    QByteArray digest(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash_init(&state, nullptr, 0, std::size_t(digest.size()));
    for (const QByteArray *part : {&label, &head, &deviceId, &payload})
        crypto_generichash_update(&state, bytes(*part), std::size_t(part->size()));
    crypto_generichash_final(&state, bytes(digest), std::size_t(digest.size()));
    return digest;
}

} // namespace

Result<QByteArray> BundleEnvelope::seal(
    const QByteArray &payload, const DeviceKeys &device, const QByteArray &officePublicKey)
{
    if (!initSodium())
        return Error {tr("The encryption library could not start.")};
    if (officePublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return Error {tr("The office key is not a Hearth office key.")};
    if (device.secretKey.size() != crypto_sign_SECRETKEYBYTES || device.deviceId.isNull())
        return Error {tr("This laptop is not enrolled: it has no signing key.")};

    const QByteArray head = header(kFormatVersion, OfficeKeys::fingerprint(officePublicKey));
    const QByteArray deviceId = device.deviceId.toRfc4122();
    const QByteArray digest = signedDigest(head, deviceId, payload);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(digest), std::size_t(digest.size()),
        device.secretKey.data());

    const QByteArray inner = deviceId + signature + payload;
    QByteArray sealed(inner.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(
            bytes(sealed), bytes(inner), std::size_t(inner.size()), bytes(officePublicKey))
        != 0)
        return Error {tr("The bundle could not be encrypted.")};
    return head + sealed;
}

Result<BundleEnvelope::Opened> BundleEnvelope::open(
    const QByteArray &bundle, const OfficeKeys &office, const EnrolledDevices &enrolled)
{
    if (!initSodium())
        return Error {tr("The encryption library could not start.")};
    if (!bundle.startsWith(kMagic))
        return Error {tr("This is not a Hearth sync bundle.")};
    if (bundle.size() < kHeaderBytes)
        return Error {tr("The bundle is truncated: it ends inside its header.")};
    const quint16 version = qFromBigEndian<quint16>(bundle.constData() + kMagic.size());
    if (version != kFormatVersion)
        return Error {tr("The bundle is in format version %1; this office reads version %2.")
                          .arg(version)
                          .arg(kFormatVersion)};
    const QByteArray fingerprint = bundle.mid(kMagic.size() + 2, kFingerprintBytes);
    if (fingerprint != OfficeKeys::fingerprint(office.publicKey))
        return Error {tr("The bundle was encrypted for another office's key, not this one.")};

    const QByteArray sealed = bundle.mid(kHeaderBytes);
    const qsizetype innerSize = sealed.size() - qsizetype(crypto_box_SEALBYTES);
    if (innerSize < kDeviceIdBytes + qsizetype(crypto_sign_BYTES))
        return Error {tr("The bundle is truncated: it is too short to hold its contents.")};
    SecretBytes inner {static_cast<std::size_t>(innerSize)};
    if (inner.isNull())
        return Error {tr("There is not enough memory to open the bundle.")};
    if (crypto_box_seal_open(inner.data(), bytes(sealed), std::size_t(sealed.size()),
            bytes(office.publicKey), office.secretKey.data())
        != 0)
        return Error {tr("The bundle cannot be decrypted: it is damaged or truncated.")};

    const auto *at = reinterpret_cast<const char *>(inner.data());
    const QUuid deviceId = QUuid::fromRfc4122(QByteArrayView(at, kDeviceIdBytes));
    const QByteArray signature(at + kDeviceIdBytes, crypto_sign_BYTES);
    const qsizetype payloadStart = kDeviceIdBytes + qsizetype(crypto_sign_BYTES);
    const QByteArray payload(at + payloadStart, innerSize - payloadStart);

    const std::optional<QByteArray> devicePublicKey = enrolled ? enrolled(deviceId) : std::nullopt;
    if (!devicePublicKey)
        return Error {tr("The bundle comes from a laptop that is not enrolled with this office "
                         "(device %1).")
                          .arg(deviceId.toString(QUuid::WithoutBraces))};
    const QByteArray digest
        = signedDigest(bundle.left(kHeaderBytes), deviceId.toRfc4122(), payload);
    if (devicePublicKey->size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_verify_detached(
               bytes(signature), bytes(digest), std::size_t(digest.size()), bytes(*devicePublicKey))
            != 0)
        return Error {tr("The bundle's signature does not match the laptop that sent it.")};
    return Opened {deviceId, payload};
}

} // namespace hearth::sync
