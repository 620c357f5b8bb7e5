#pragma once

#include "fuzzcommon.h"

namespace hearth::fuzz {

// What LLVMFuzzerTestOneInput of fuzz_ras does: the input is a RAS table as a council loads
// it. Aborts when an invariant of the reader or the calculation is broken; never writes a
// file.
Outcome runRas(const std::uint8_t *data, std::size_t size);

} // namespace hearth::fuzz
