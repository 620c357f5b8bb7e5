#pragma once

#include "fuzzcommon.h"
#include "fuzzkeys.h"

namespace hearth::fuzz {

// The first byte of a fuzz_bundle input says what the rest is.
enum class Mode : std::uint8_t {
    Envelope = 0, // a whole bundle, opened with the fixed office keys
    Payload = 1, // the payload JSON, read directly
    SealedPayload = 2, // the payload JSON, sealed and signed here, then opened and read
};
constexpr int kModes = 3;

// What LLVMFuzzerTestOneInput does, with what happened. Aborts when an invariant of the
// reader is broken; never writes a file.
Outcome runBundle(const std::uint8_t *data, std::size_t size);

} // namespace hearth::fuzz
