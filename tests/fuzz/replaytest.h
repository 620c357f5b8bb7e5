#pragma once

// The corpus replay test every fuzz target has in the normal build (docs/fuzzing.md): each
// file of tests/fuzz/corpus/NAME goes through the target's own entry function, so CI runs
// the seeds and every crash input kept there, without clang. A file named valid-* must read;
// refused-* must not. An input that breaks one of the target's invariants aborts the test as
// it would the fuzzer.

#include "fuzzcommon.h"

#include <QDir>
#include <QObject>

namespace hearth::fuzz {

using EntryFunction = Outcome (*)(const std::uint8_t *data, std::size_t size);

class ReplayTest : public QObject
{
    Q_OBJECT

public:
    ReplayTest(const QString &corpus, EntryFunction run);

private slots:
    void corpusHasBothKinds();
    void replay_data();
    void replay();

private:
    QDir m_dir;
    EntryFunction m_run;
};

// main() of tst_fuzzreplay_NAME: replays tests/fuzz/corpus/NAME through `run`.
int replayMain(int argc, char **argv, const QString &corpus, EntryFunction run);

} // namespace hearth::fuzz
