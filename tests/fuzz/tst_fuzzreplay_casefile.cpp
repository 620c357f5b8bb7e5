// Replays tests/fuzz/corpus/casefile through fuzz_casefile's entry function (replaytest.h).

#include "fuzz_casefile.h"
#include "replaytest.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    return hearth::fuzz::replayMain(argc, argv, u"casefile"_s, &hearth::fuzz::runCaseFile);
}
