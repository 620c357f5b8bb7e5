#pragma once

// The fuzz targets' fixed keys, derived from fixed seeds so that make_seeds can write bundles
// and receipts the targets open. Test keys only: they are public in this file's source.

#include "sync/synckeys.h"

#include <QUuid>

namespace hearth::fuzz {

const sync::OfficeKeys &fixedOfficeKeys();
const sync::DeviceKeys &fixedDeviceKeys(); // the one laptop the fixed office has enrolled
QUuid fixedDeviceId();
// Deterministic keys from a seed string, for the seeds that must be refused (another office,
// another laptop).
sync::OfficeKeys officeKeysFrom(const QByteArray &seed);
sync::DeviceKeys deviceKeysFrom(const QUuid &deviceId, const QByteArray &seed);

} // namespace hearth::fuzz
