#pragma once

#include "core/result.h"
#include "storage/secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace hearth::sync {

// The public half of the office's keys, as `office.pub` carries it to each laptop: the
// X25519 key bundles are sealed to, and the Ed25519 key that signs the office's receipts.
struct OfficePublicKey
{
    QByteArray encryptionKey;
    QByteArray signingKey;

    QByteArray fingerprint() const;
    QByteArray toFile() const;
    static Result<OfficePublicKey> fromFile(const QByteArray &bytes, const QString &name);
    static Result<OfficePublicKey> read(const QString &path);
};

// The office's key pairs (DESIGN 4, "nothing readable in transit"): bundles are sealed to the
// X25519 public key and only the office can open them; receipts are signed with the Ed25519
// key so a laptop only forgets records the office really has.
struct OfficeKeys
{
    Q_DECLARE_TR_FUNCTIONS(hearth::sync::OfficeKeys)

public:
    QByteArray publicKey; // X25519
    SecretBytes secretKey;
    QByteArray signPublicKey; // Ed25519
    SecretBytes signSecretKey;

    static Result<OfficeKeys> generate();
    // 16 bytes that name an encryption public key: a bundle says which office it was sealed
    // to, so one sealed to another office is refused as that, not as damage.
    static QByteArray fingerprint(const QByteArray &publicKey);
    // "3f2a 9c1b …": how a fingerprint is shown, by the office and by the laptop, in groups
    // the eye can follow when the two are compared over the phone.
    static QString readable(const QByteArray &fingerprint);
    OfficePublicKey publicHalf() const;

    // DIR/office.pub, and DIR/office.key: both private keys wrapped under the passphrase
    // (Argon2id, XSalsa20-Poly1305, as the laptop's store key). Refuses to overwrite either.
    Status save(const QString &dir, const QByteArray &passphrase) const;
    static Result<OfficeKeys> load(const QString &dir, const QByteArray &passphrase);
    static QString publicKeyPath(const QString &dir);
    static QString privateKeyPath(const QString &dir);
};

// What the office knows of a laptop: `device.pub`, written at enrolment.
struct DevicePublicKey
{
    QUuid deviceId;
    QString practitioner;
    QByteArray signingKey; // Ed25519
    QByteArray officeFingerprint; // the office the laptop enrolled with

    QByteArray toFile() const;
    static Result<DevicePublicKey> fromFile(const QByteArray &bytes, const QString &name);
    static Result<DevicePublicKey> read(const QString &path);
};

// A laptop's signing key pair (Ed25519), enrolled with the office: the office knows which
// laptop wrote a bundle.
struct DeviceKeys
{
    QUuid deviceId;
    QByteArray publicKey;
    SecretBytes secretKey;

    static Result<DeviceKeys> generate(const QUuid &deviceId);
};

} // namespace hearth::sync
