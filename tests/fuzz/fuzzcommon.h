#pragma once

// What every fuzz target shares (docs/fuzzing.md): what an input came to, and how a broken
// invariant stops the fuzzer.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace hearth::fuzz {

enum class Outcome {
    NotOpened, // refused by the outer layer (a bundle's envelope, a receipt's signature)
    Refused, // refused by the reader, with a message
    Read, // read successfully
};

// An invariant of the reader: when it does not hold, stop as a crash does, so libFuzzer keeps
// the input and the replay test fails on it.
inline void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "hearth fuzz target: invariant broken: %s\n", what);
    std::abort();
}

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace hearth::fuzz
