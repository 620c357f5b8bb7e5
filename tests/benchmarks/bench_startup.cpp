// Start-up and peak memory of the real `hearth` program, measured, never asserted: the machines
// are shared and noisy, so each figure is reported beside the raw cost of the same thing.
//
//   start-up     a fresh `hearth` process, through its real main() and Startup, unlocked by
//                HEARTH_PASSPHRASE (no dialog), to a usable caseload: the window shown and
//                painted, the table filled with every person, the search field holding the
//                focus (HEARTH_BENCHMARK=startup, app/gui/benchmarkprobe.h). Launch and usable
//                are read on the same monotonic clock: here just before QProcess::start, there
//                once the table's first paint is done. Unlocking (Startup::obtainStore: the
//                Argon2id derivation, then opening the store) is timed inside `hearth` and taken
//                out: it waits for the practitioner's passphrase, and is on its own row.
//                raw: a fresh hearth_bench_window process (a QMainWindow holding one empty
//                QTableView, the same size) to its first paint, timed the same way.
//   unlocking    that unlocking, on its own.
//                raw: the Argon2id derivation alone (KeyFile::unwrap of the same key file, in
//                this process).
//   peak memory  the peak resident memory (VmHWM) of `hearth`: once usable; and after a search
//                for one person, their full assessment opened and both printouts made and shown
//                (HEARTH_BENCHMARK=<their NHS number>). Megabytes of 10^6 bytes.
//                raw: the minimal window's peak once painted.
//
//   hearth_bench_startup [RUNS] [PEOPLE] [MEMORY_RUNS]
//
// 10,000 people by default, and the largest sample case, whose assessment is opened. The runs
// of `hearth` and of the raw window alternate, after one unmeasured run of each. The children
// run on the offscreen platform unless QT_QPA_PLATFORM says otherwise, with their own
// settings folder. It fails (non-zero, with the reason) if a run does not reach a usable
// caseload with every person listed.
#include "caseload.h"
#include "core/casefile.h"
#include "figures.h"
#include "storage/keyfile.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

using namespace hearth;
using namespace hearth::benchcaseload;
using namespace hearth::benchfigures;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 120000;

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The largest sample case: the fullest assessment to open and print.
std::optional<Case> largestSample()
{
    const QDir cases(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    QString largest;
    qint64 size = -1;
    const QFileInfoList files = cases.entryInfoList({u"adult-*.json"_s}, QDir::Files);
    for (const QFileInfo &info : files) {
        if (info.size() > size) {
            size = info.size();
            largest = info.filePath();
        }
    }
    QFile in(largest);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    Result<Case> read = CaseFile::read(in.readAll());
    if (!read) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(largest), qPrintable(read.error()));
        return std::nullopt;
    }
    return std::move(read).value();
}

// One run of a child process: what it reported ("hearth-benchmark: EVENT VALUE"), with the
// moment it was launched.
struct Run
{
    qint64 launchedNs = 0;
    QHash<QString, QString> events;
    QString failure; // empty when the run reached a usable window and exited cleanly

    double msFromLaunch(const QString &event) const
    {
        return double(events.value(event).toLongLong() - launchedNs) / 1e6;
    }
    double msBetween(const QString &from, const QString &to) const
    {
        return double(events.value(to).toLongLong() - events.value(from).toLongLong()) / 1e6;
    }
    double peakMb(const QString &event = u"peak-kb"_s) const
    {
        return double(events.value(event).toLongLong()) * 1024 / 1e6;
    }
};

Run launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(env);
    run.launchedNs = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.failure = u"%1 did not finish: %2"_s.arg(program, process.errorString());
        return run;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        static const QByteArray prefix = "hearth-benchmark: ";
        if (!line.startsWith(prefix))
            continue;
        const QString rest = QString::fromUtf8(line.mid(prefix.size()));
        run.events.insert(rest.section(u' ', 0, 0), rest.section(u' ', 1));
    }
    if (run.events.contains(u"error"_s))
        run.failure = run.events.value(u"error"_s);
    else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        run.failure = u"%1 exited with %2: %3"_s.arg(program)
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    else if (!run.events.contains(u"usable"_s) || !run.events.contains(u"peak-kb"_s))
        run.failure = u"%1 never reported a usable window"_s.arg(program);
    return run;
}

bool failed(const Run &run)
{
    if (run.failure.isEmpty())
        return false;
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(run.failure));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = std::max(1, args.value(1, u"20"_s).toInt());
    const int people = std::max(1, args.value(2, u"10000"_s).toInt());
    const int memoryRuns = std::max(1, args.value(3, u"3"_s).toInt());

    QTemporaryDir dir;
    const QByteArray passphrase = "benchmark passphrase 2026";
    const QString path = dir.filePath(u"hearth.db"_s);
    const std::optional<Case> sample = largestSample();
    if (!sample)
        return 1;
    {
        auto created = Store::create(path, passphrase, u"Sam Okafor"_s);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error()));
            return 1;
        }
        if (!fill(**created, people) || !CaseRepository(**created).importCase(*sample))
            return 1;
    }
    // The sample is found by its NHS number, which none of the generated people has.
    const QString search
        = sample->person.nhsNumber.isEmpty() ? sample->person.fullName() : sample->person.nhsNumber;
    const int listed = people + 1;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Not the practitioner's own settings (language, review intervals): the same for every run.
    const QString settings = dir.filePath(u"config"_s);
    QDir().mkpath(settings);
    env.insert(u"XDG_CONFIG_HOME"_s, settings);
    env.insert(u"HEARTH_PASSPHRASE"_s, QString::fromUtf8(passphrase));
    QProcessEnvironment startupEnv = env;
    startupEnv.insert(u"HEARTH_BENCHMARK"_s, u"startup"_s);
    QProcessEnvironment workEnv = env;
    workEnv.insert(u"HEARTH_BENCHMARK"_s, search);
    const QStringList hearthArgs = {u"--db"_s, path};

    const auto startHearth
        = [&] { return launch(QStringLiteral(HEARTH_PROGRAM), hearthArgs, startupEnv); };
    const auto startWindow = [&] { return launch(QStringLiteral(HEARTH_WINDOW_PROGRAM), {}, env); };

    // One of each unmeasured: the libraries and the store into the page cache.
    if (failed(startHearth()) || failed(startWindow()))
        return 1;

    QList<double> startup, unlock, rawStartup, unlockPeak, startupPeak, rawPeak;
    for (int i = 0; i < runs; ++i) {
        const Run hearth = startHearth();
        if (failed(hearth))
            return 1;
        if (hearth.events.value(u"rows"_s).toInt() != listed
            || hearth.events.value(u"search-focused"_s) != u"1"_s) {
            std::fprintf(stderr,
                "bench_startup: hearth listed %s of %d people; search focused: %s\n",
                qPrintable(hearth.events.value(u"rows"_s)), listed,
                qPrintable(hearth.events.value(u"search-focused"_s)));
            return 1;
        }
        const double unlocking = hearth.msBetween(u"unlocking"_s, u"unlocked"_s);
        unlock.append(unlocking);
        startup.append(hearth.msFromLaunch(u"usable"_s) - unlocking);
        unlockPeak.append(hearth.peakMb(u"unlocked-peak-kb"_s));
        startupPeak.append(hearth.peakMb());

        const Run raw = startWindow();
        if (failed(raw))
            return 1;
        rawStartup.append(raw.msFromLaunch(u"usable"_s));
        rawPeak.append(raw.peakMb());
    }

    QList<double> workPeak;
    for (int i = 0; i < memoryRuns; ++i) {
        const Run hearth = launch(QStringLiteral(HEARTH_PROGRAM), hearthArgs, workEnv);
        if (failed(hearth))
            return 1;
        const QUuid opened = QUuid::fromString(hearth.events.value(u"opened"_s));
        if (opened != sample->person.id) {
            std::fprintf(stderr, "bench_startup: searching for %s opened %s, not %s\n",
                qPrintable(search), qPrintable(opened.toString()),
                qPrintable(sample->person.id.toString()));
            return 1;
        }
        workPeak.append(hearth.peakMb());
    }

    // The derivation alone, with the key file's own parameters.
    QList<double> argon;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        if (!KeyFile::unwrap(Store::keyFilePath(path), passphrase))
            return 1;
        argon.append(double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("Start-up of hearth with %d people in the store, %d runs each, milliseconds, from "
                "launch; unlocking is timed inside hearth and taken out of start-up.\n\n",
        listed, runs);
    printHeader();
    printRow("Start-up to a usable caseload, after unlocking", figuresOf(startup),
        figuresOf(rawStartup), "≤ 3× raw");
    printRow("Unlocking: Argon2id, then opening the store", figuresOf(unlock), figuresOf(argon),
        "not start-up");
    std::printf("\nPeak resident memory of the same, megabytes; runs with the printouts: %d.\n\n",
        memoryRuns);
    std::printf("| Work | Hearth p50 | Hearth max | Raw p50 | Raw max | Ratio (p50) | Target |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
    const auto peak = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return Figures {values.at(values.size() / 2), values.constLast()};
    };
    printRow("Peak memory, just unlocked (Argon2id's work area in it)", peak(unlockPeak),
        peak(rawPeak), "–");
    printRow("Peak memory, started", peak(startupPeak), peak(rawPeak), "–");
    printRow("Peak memory, started, then a search, a full assessment, both printouts",
        peak(workPeak), peak(rawPeak), "≤ 120 MB");
    return 0;
}
