#pragma once

#include "sync/synckeys.h"

#include <QUuid>

#include <cstddef>
#include <cstdint>

namespace hearth::fuzz {

// The fuzz target's fixed keys, derived from fixed seeds so that make_seeds can write bundles
// the target opens. Test keys only: they are public in this file's source.
const sync::OfficeKeys &fixedOfficeKeys();
const sync::DeviceKeys &fixedDeviceKeys(); // the one laptop the fixed office has enrolled
QUuid fixedDeviceId();
// Deterministic keys from a seed string, for the seeds that must be refused (another office,
// another laptop).
sync::OfficeKeys officeKeysFrom(const QByteArray &seed);
sync::DeviceKeys deviceKeysFrom(const QUuid &deviceId, const QByteArray &seed);

// The first byte of a fuzz input says what the rest is.
enum class Mode : std::uint8_t {
    Envelope = 0, // a whole bundle, opened with the fixed office keys
    Payload = 1, // the payload JSON, read directly
    SealedPayload = 2, // the payload JSON, sealed and signed here, then opened and read
};
constexpr int kModes = 3;

enum class Outcome {
    NotOpened, // refused by the envelope
    Refused, // opened (or not sealed), refused by the payload reader
    Read, // read successfully
};

// What LLVMFuzzerTestOneInput does, with what happened. Aborts when an invariant of the
// reader is broken; never writes a file.
Outcome runBundle(const std::uint8_t *data, std::size_t size);

} // namespace hearth::fuzz
