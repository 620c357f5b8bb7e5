// Replays tests/fuzz/corpus/receipt through fuzz_receipt's entry function (replaytest.h).

#include "fuzz_receipt.h"
#include "replaytest.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    return hearth::fuzz::replayMain(argc, argv, u"receipt"_s, &hearth::fuzz::runReceipt);
}
