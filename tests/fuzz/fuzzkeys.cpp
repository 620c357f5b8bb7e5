#include "fuzzkeys.h"

#include "fuzzcommon.h"

#include <sodium.h>

namespace hearth::fuzz {

namespace {

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

QByteArray seedFrom(const QByteArray &text)
{
    QByteArray seed(crypto_box_SEEDBYTES, Qt::Uninitialized);
    static_assert(crypto_box_SEEDBYTES == crypto_sign_SEEDBYTES);
    crypto_generichash(bytes(seed), std::size_t(seed.size()),
        reinterpret_cast<const unsigned char *>(text.constData()), std::size_t(text.size()),
        nullptr, 0);
    return seed;
}

} // namespace

QUuid fixedDeviceId()
{
    return QUuid(0x3f1c2a9e, 0x1d4b, 0x4e7a, 0x9c, 0x55, 0x0b, 0x6d, 0x8e, 0x2f, 0x7a, 0x41);
}

sync::OfficeKeys officeKeysFrom(const QByteArray &seed)
{
    require(initSodium(), "libsodium starts");
    sync::OfficeKeys keys;
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    keys.signPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.signSecretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    require(!keys.secretKey.isNull() && !keys.signSecretKey.isNull(), "memory for the keys");
    QByteArray boxSeed = seedFrom(seed + "/box");
    QByteArray signSeed = seedFrom(seed + "/sign");
    crypto_box_seed_keypair(bytes(keys.publicKey), keys.secretKey.data(), bytes(boxSeed));
    crypto_sign_seed_keypair(bytes(keys.signPublicKey), keys.signSecretKey.data(), bytes(signSeed));
    return keys;
}

sync::DeviceKeys deviceKeysFrom(const QUuid &deviceId, const QByteArray &seed)
{
    require(initSodium(), "libsodium starts");
    sync::DeviceKeys keys;
    keys.deviceId = deviceId;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    require(!keys.secretKey.isNull(), "memory for the key");
    QByteArray signSeed = seedFrom(seed + "/sign");
    crypto_sign_seed_keypair(bytes(keys.publicKey), keys.secretKey.data(), bytes(signSeed));
    return keys;
}

const sync::OfficeKeys &fixedOfficeKeys()
{
    static const sync::OfficeKeys keys = officeKeysFrom(QByteArrayLiteral("hearth-fuzz-office"));
    return keys;
}

const sync::DeviceKeys &fixedDeviceKeys()
{
    static const sync::DeviceKeys keys
        = deviceKeysFrom(fixedDeviceId(), QByteArrayLiteral("hearth-fuzz-laptop"));
    return keys;
}

} // namespace hearth::fuzz
