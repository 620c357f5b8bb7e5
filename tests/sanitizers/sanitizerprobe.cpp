// Does one thing the asan preset must catch, named on the command line, so tst_sanitizers can
// check that the build really is instrumented and that a report really ends the process. The
// values come from argc, through volatile variables, so the optimiser cannot fold the bad
// operation away at -O2.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

volatile int g_sink;
void *volatile g_pointer;

[[gnu::noinline]] int heapOverflow(int argc)
{
    char *buffer = new char[8];
    std::memset(buffer, 0, 8);
    volatile int past = 6 + argc - 1; // argc is 3: one past the end
    const int value = buffer[past];
    delete[] buffer;
    return value;
}

[[gnu::noinline]] int useAfterFree(int argc)
{
    int *value = new int(argc);
    delete value;
    return *value;
}

[[gnu::noinline]] void leak(int argc)
{
    g_pointer = std::malloc(std::size_t(40 + argc));
    g_pointer = nullptr; // nothing holds it now
}

[[gnu::noinline]] int signedOverflow(int argc)
{
    volatile int big = INT_MAX;
    return big + argc;
}

[[gnu::noinline]] int floatCastOverflow(int argc)
{
    volatile double huge = 1e30 * argc;
    return int(huge);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr,
            "usage: %s probe clean|heap-overflow|use-after-free|leak|"
            "signed-overflow|float-cast-overflow\n",
            argv[0]);
        return 2;
    }
    const char *what = argv[2];
    if (std::strcmp(what, "clean") == 0)
        g_sink = argc;
    else if (std::strcmp(what, "heap-overflow") == 0)
        g_sink = heapOverflow(argc);
    else if (std::strcmp(what, "use-after-free") == 0)
        g_sink = useAfterFree(argc);
    else if (std::strcmp(what, "leak") == 0)
        leak(argc);
    else if (std::strcmp(what, "signed-overflow") == 0)
        g_sink = signedOverflow(argc);
    else if (std::strcmp(what, "float-cast-overflow") == 0)
        g_sink = floatCastOverflow(argc);
    else
        return 2;
    // Reached only when nothing was caught.
    std::printf("survived %s\n", what);
    return 0;
}
