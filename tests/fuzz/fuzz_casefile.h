#pragma once

#include "fuzzcommon.h"

namespace hearth::fuzz {

// What LLVMFuzzerTestOneInput of fuzz_casefile does: the input is a whole case file. Aborts
// when an invariant of the reader is broken; never writes a file.
Outcome runCaseFile(const std::uint8_t *data, std::size_t size);

} // namespace hearth::fuzz
