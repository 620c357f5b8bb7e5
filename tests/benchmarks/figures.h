#pragma once

// What every benchmark reports: the median and the 99th percentile of its runs, in
// milliseconds, beside those of the raw work, as one row of a Markdown table that
// tests/benchmarks/run gathers into the README's table.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

namespace hearth::benchfigures {

struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double totalMs = 0; // all the runs together
};

// The figures of `ms`, one entry per run; zeros when there were no runs.
inline Figures figuresOf(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size())));
    };
    return {at(0.50), at(0.99), std::accumulate(ms.begin(), ms.end(), 0.0)};
}

// Runs work(i) `runs` times after `warmup` unmeasured runs (the first loads fonts, pictures
// and pages: not what a practitioner waits for twice), i counting on across both; `tidy`, if
// given, runs after each and is not timed.
inline Figures measure(int runs, int warmup, const std::function<void(int)> &work,
    const std::function<void()> &tidy = {})
{
    for (int i = 0; i < warmup; ++i) {
        work(i);
        if (tidy)
            tidy();
    }
    QList<double> ms;
    ms.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work(warmup + i);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (tidy)
            tidy();
    }
    return figuresOf(ms);
}

inline double ratio(const Figures &hearth, const Figures &raw)
{
    return raw.p50 > 0 ? hearth.p50 / raw.p50 : 0.0;
}

inline void printHeader()
{
    std::printf("| Work | Hearth p50 | Hearth p99 | Raw p50 | Raw p99 | Ratio (p50) | Target |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
}

// One row; `decimals` for work measured in fractions of a millisecond.
inline void printRow(const char *work, const Figures &hearth, const Figures &raw,
    const char *target, int decimals = 1)
{
    std::printf("| %s | %.*f | %.*f | %.*f | %.*f | %.1f× | %s |\n", work, decimals, hearth.p50,
        decimals, hearth.p99, decimals, raw.p50, decimals, raw.p99, ratio(hearth, raw), target);
}

} // namespace hearth::benchfigures
