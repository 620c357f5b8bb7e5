#pragma once

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace hearth {

class MainWindow;

// How tests/benchmarks/bench_startup times the real `hearth` and weighs its memory, through
// the real main() and Startup. Without HEARTH_BENCHMARK in the environment there is no probe
// and Hearth behaves as ever. With it, `hearth` writes lines "hearth-benchmark: EVENT VALUE"
// to stdout and quits by itself:
//   HEARTH_BENCHMARK=startup  quits as soon as the caseload is usable: the window shown and
//                             painted, the table filled, the search field holding the focus.
//   HEARTH_BENCHMARK=TEXT     then types TEXT into the search and Enter twice (the first
//                             person found opens), makes the plan and the easy read as
//                             File > Print does, shows each for half a second, and quits.
// Times are nanoseconds on the monotonic clock (CLOCK_MONOTONIC), which the benchmark also
// reads as it launches the process; memory is the peak resident set so far (VmHWM, kB), once
// unlocked and again on the last line.
class BenchmarkProbe : public QObject
{
    Q_OBJECT

public:
    // Null unless HEARTH_BENCHMARK is set.
    static std::unique_ptr<BenchmarkProbe> fromEnvironment(const QProcessEnvironment &env);

    // Around Startup::obtainStore: the passphrase's key derivation and opening the store,
    // which the benchmark reports apart from start-up.
    void unlocking();
    void unlocked();
    // Call after window.show(); reports when the caseload is usable, then goes on.
    void watch(MainWindow &window);

    // The peak resident memory of this process so far (VmHWM), in kilobytes; -1 if unknown.
    static qint64 peakResidentKb();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit BenchmarkProbe(const QString &search);
    void report(const char *event, const QString &value = {});
    void reportTime(const char *event);
    void usable();
    void openPerson();
    void printPlan();
    void printEasyRead();
    void whenPrintoutShown(void (BenchmarkProbe::*next)());
    void finish();
    void fail(const QString &why);

    QString m_search; // empty: start-up only
    QPointer<MainWindow> m_window;
    QObject *m_painted = nullptr; // the table's viewport, until its first paint
};

} // namespace hearth
