#pragma once

#include "fuzzcommon.h"
#include "fuzzkeys.h"

#include <QJsonObject>

namespace hearth::fuzz {

// The first byte of a fuzz_receipt input says what the rest is.
enum class ReceiptMode : std::uint8_t {
    File = 0, // a whole receipt, read with the fixed office's public key
    Signed = 1, // the receipt object alone, signed here with the fixed office's key, then read
};
constexpr int kReceiptModes = 2;

// The receipt a mode-1 input stands for: `receipt` signed with the fixed office key as
// ImportReceipt::write signs, in a receipt file. make_seeds turns crash inputs into fixtures
// with it.
QByteArray signedReceipt(const QJsonObject &receipt);

// What LLVMFuzzerTestOneInput of fuzz_receipt does, with what happened: NotOpened when a
// mode-1 input is not a JSON object (nothing to sign), otherwise Refused or Read. Aborts when an
// invariant of the reader is broken; never writes a file.
Outcome runReceipt(const std::uint8_t *data, std::size_t size);

} // namespace hearth::fuzz
