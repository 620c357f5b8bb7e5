#pragma once

#include "core/result.h"
#include "sync/synckeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

#include <functional>
#include <optional>

namespace hearth::sync {

// The outside of a sync bundle: the payload (manifest and records) signed by the laptop's
// key, then sealed to the office's key (libsodium crypto_sign, crypto_box_seal).
//
//   "HEARTHBUNDLE" | format version (2 bytes, big-endian) | office fingerprint (16)
//   | sealed( device id (16) | signature (64) | payload )
//
// The signature (Ed25519 over a BLAKE2b-512 digest) covers the header, the device id and the
// payload, so no byte can change unnoticed. Opening checks everything before it returns anything,
// and says which check failed.
class BundleEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(hearth::sync::BundleEnvelope)

public:
    static constexpr quint16 kFormatVersion = 1;

    static Result<QByteArray> seal(
        const QByteArray &payload, const DeviceKeys &device, const QByteArray &officePublicKey);

    struct Opened
    {
        QUuid deviceId;
        QByteArray payload;
    };
    // `enrolled` gives the public key of an enrolled device, or nothing for an unknown one.
    using EnrolledDevices = std::function<std::optional<QByteArray>(const QUuid &deviceId)>;
    static Result<Opened> open(
        const QByteArray &bundle, const OfficeKeys &office, const EnrolledDevices &enrolled);
};

} // namespace hearth::sync
