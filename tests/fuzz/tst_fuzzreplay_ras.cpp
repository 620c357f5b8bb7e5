// Replays tests/fuzz/corpus/ras through fuzz_ras's entry function (replaytest.h).

#include "fuzz_ras.h"
#include "replaytest.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    return hearth::fuzz::replayMain(argc, argv, u"ras"_s, &hearth::fuzz::runRas);
}
