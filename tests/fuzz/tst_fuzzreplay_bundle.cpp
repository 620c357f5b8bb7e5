// Replays tests/fuzz/corpus/bundle through fuzz_bundle's entry function (replaytest.h).

#include "fuzz_bundle.h"
#include "replaytest.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    return hearth::fuzz::replayMain(argc, argv, u"bundle"_s, &hearth::fuzz::runBundle);
}
