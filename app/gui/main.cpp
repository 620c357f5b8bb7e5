#include "gui/startup.h"

int main(int argc, char *argv[])
{
    return hearth::runHearth(argc, argv);
}
